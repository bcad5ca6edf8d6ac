#pragma once

namespace bridge {

// Installs the English plural forms compiled into the binary (":/i18n/incident-bridge_en"),
// so "%n entries" reads "1 entry" and "2 entries" even with no translation loaded. It runs
// by itself when the QCoreApplication is made (every program and test linking the models),
// before any real translation is installed, so those are searched first. Idempotent.
// (The start-up hook sits in vocabulary.cpp: every program links that object file, and a
// static library would drop a file nothing names.)
void installEnglishPlurals();

} // namespace bridge
