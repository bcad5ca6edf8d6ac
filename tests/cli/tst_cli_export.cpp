#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// export through the real binary: formats, files written whole, and refusals.
class TestCliExport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TestDatabase m_database{m_dir.filePath(u"export.sqlite"_s)};
    CliRun run(const QStringList &args) { return runCli(m_database.path(), args); }
    QString incident()
    {
        const QString id = run({u"new"_s, u"--title"_s, u"Checkout 503s"_s, u"--started"_s,
                                u"2026-11-24T02:00:00Z"_s})
                               .out.trimmed();
        run({u"log"_s, id, u"--kind"_s, u"assumption"_s, u"--actor"_s, u"Maya"_s, u"--at"_s,
             u"2026-11-24T02:05:00Z"_s, u"<script>alert(1)</script> # not a heading"_s});
        return id;
    }

private slots:
    void markdownToStdoutAndToAFile()
    {
        const QString id = incident();
        const CliRun md = run(
            {u"export"_s, id, u"--format"_s, u"md"_s, u"--timezone"_s, u"America/New_York"_s});
        QCOMPARE(md.code, 0);
        QVERIFY(md.out.startsWith(u"# Postmortem: Checkout 503s"_s));
        QVERIFY(md.out.contains(u"**DRAFT**"_s));
        QVERIFY(md.out.contains(u"Mon 23 Nov 2026 21:00:00 EST (02:00 UTC)"_s));
        QVERIFY(md.out.contains(u"\\<script\\>"_s));
        QVERIFY(!md.out.contains(u"<script>"_s));
        for (int n = 1; n <= 12; ++n)
            QVERIFY2(md.out.contains(u"\n## %1. "_s.arg(n)), qPrintable(QString::number(n)));

        const QString path = m_dir.filePath(u"review.md"_s);
        QCOMPARE(run({u"export"_s, id, u"--format"_s, u"md"_s, u"--output"_s, path}).code, 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("# Postmortem"));
    }

    void htmlAndPdf()
    {
        const QString id = incident();
        const CliRun html = run({u"export"_s, id, u"--format"_s, u"html"_s});
        QCOMPARE(html.code, 0);
        QVERIFY(html.out.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(!html.out.contains(u"<script>"_s));
        QVERIFY(html.err.isEmpty());

        const CliRun noFile = run({u"export"_s, id, u"--format"_s, u"pdf"_s});
        QCOMPARE(noFile.code, 2);
        QVERIFY(noFile.err.contains(u"--output"_s));
        const QString path = m_dir.filePath(u"review.pdf"_s);
        const CliRun pdf = run({u"export"_s, id, u"--format"_s, u"pdf"_s, u"--output"_s, path});
        QCOMPARE(pdf.code, 0);
        QVERIFY(pdf.err.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void jsonHasTheFormatVersion()
    {
        const QString id = incident();
        const CliRun json = run({u"export"_s, id, u"--format"_s, u"json"_s});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"format_version"_s).toInt(), 1);
        QVERIFY(o.value(u"review"_s).isObject());
        QVERIFY(o.value(u"entries"_s).toArray().size() >= 2);
    }

    void importPrintsTheNewId()
    {
        const QString id = incident();
        const QString path = m_dir.filePath(u"incident.json"_s);
        QCOMPARE(run({u"export"_s, id, u"--format"_s, u"json"_s, u"--output"_s, path}).code, 0);
        const CliRun imported = run({u"import"_s, path});
        QCOMPARE(imported.code, 0);
        QVERIFY(imported.out.trimmed().toLongLong() > id.toLongLong());
        const CliRun shown = run({u"show"_s, imported.out.trimmed()});
        QVERIFY(shown.out.contains(u"Checkout 503s"_s));

        const QString notes = m_dir.filePath(u"notes.txt"_s);
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not an export");
        f.close();
        const CliRun refused = run({u"import"_s, notes});
        QCOMPARE(refused.code, 2);
        QVERIFY(refused.err.startsWith(u"incident-bridge: "_s));
        QVERIFY(refused.err.contains(u"Nothing was imported"_s));
        const CliRun missing = run({u"import"_s, m_dir.filePath(u"nope.json"_s)});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(u"cannot read"_s));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no format") << QStringList{u"export"_s, u"1"_s} << 2 << u"--format"_s;
        QTest::newRow("bad format") << QStringList{u"export"_s, u"1"_s, u"--format"_s, u"docx"_s}
                                    << 2 << u"unknown format"_s;
        QTest::newRow("bad zone") << QStringList{u"export"_s, u"1"_s,          u"--format"_s,
                                                 u"md"_s,     u"--timezone"_s, u"Moon/Base"_s}
                                  << 2 << u"time zone"_s;
        QTest::newRow("unknown incident")
            << QStringList{u"export"_s, u"77"_s, u"--format"_s, u"md"_s} << 2 << u"no incident"_s;
        QTest::newRow("unwritable output")
            << QStringList{u"export"_s, u"1"_s,        u"--format"_s,
                           u"md"_s,     u"--output"_s, u"/nonexistent/dir/r.md"_s}
            << 1 << u"cannot write"_s;
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, says);
        incident();
        const CliRun r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.startsWith(u"incident-bridge: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(says, Qt::CaseInsensitive), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cli_export.moc"
