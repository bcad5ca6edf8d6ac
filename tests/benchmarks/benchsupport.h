#pragma once

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace bridge::bench {

// The value at fraction p of the sorted values, nearest rank.
double percentile(QList<double> values, double p);
// One JSON object on one line of stdout.
void print(const QJsonObject &object);
// The process's resident-set high-water mark, and a way to start it afresh.
double peakRssMb();
void resetPeakRss();

// A vocabulary of incident-chat words drawn by rank (Zipf): a few words are in most entries,
// most words in few, as on a real bridge.
QString chatWord(int rank);
int chatVocabularySize();

// What the search benchmarks type: common words, rare ones, prefixes being typed, two
// words, a number, and nothing.
QStringList searchQueries();

// One line of bridge chat from that vocabulary: 6 to 12 words, every third with a number.
QByteArray chatLine(QRandomGenerator &random, int i);

struct Seeded
{
    QList<qint64> incidentIds;
    qint64 entries = 0;
};
// Fills a new database with incidents of perIncident entries each, through raw SQLite in one
// transaction per incident: seeding, not measuring. The schema is the application's own.
Seeded seedDatabase(const QString &path, int incidents, int perIncident);

} // namespace bridge::bench
