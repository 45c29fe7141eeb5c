// The RFC 7208 test suite (openspf.org, release 2014.04) against SpfCheck, through an in-memory
// resolver built from the suite's own zone data. The suite is read at test time from Debian's
// python3-spf package (/usr/share/doc/python3-spf/rfc7208-tests.yml.gz; POSTACI_SPF_SUITE
// overrides the path) and turned into JSON by /usr/bin/python3 with python3-yaml; it is not
// copied into this repository. Every case must give one of the results the suite accepts, and
// every explanation the suite names must come out exactly (docs/deliverability.md, "RFC 7208
// test suite"). The counts are printed.
#include "memoryresolver.h"

#include "deliverability/spfcheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace Postaci;
using Postaci::Test::MemoryResolver;

namespace {

QString suitePath()
{
    const QString overridden = qEnvironmentVariable("POSTACI_SPF_SUITE");
    return overridden.isEmpty() ? u"/usr/share/doc/python3-spf/rfc7208-tests.yml.gz"_s : overridden;
}

struct CaseResult
{
    QString result;
    QString explanation;
};

} // namespace

class TestSpfSuite : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(suitePath()),
                 qPrintable(u"%1 is missing: install Debian's python3-spf (scripts/test does)"_s.arg(suitePath())));
        QProcess python;
        const QString script = uR"(
import gzip, json, sys, yaml
path = sys.argv[1]
opener = gzip.open if path.endswith('.gz') else open
with opener(path, 'rt', encoding='utf-8') as f:
    print(json.dumps([d for d in yaml.safe_load_all(f) if d], default=str))
)"_s;
        python.start(u"/usr/bin/python3"_s, {u"-c"_s, script, suitePath()});
        QVERIFY2(python.waitForFinished(60000), "python3 did not finish in 60 s");
        QVERIFY2(python.exitCode() == 0, qPrintable(u"reading the suite failed (python3-yaml?): "_s
                                                    + QString::fromUtf8(python.readAllStandardError())));
        m_scenarios = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QVERIFY(m_scenarios.size() > 10);
    }

    void suite()
    {
        int total = 0;
        int passed = 0;
        int explanationsChecked = 0;
        int explanationsMatched = 0;
        QStringList unexpected;
        QStringList explanationMismatches;
        for (const QJsonValue &scenarioValue : std::as_const(m_scenarios)) {
            const QJsonObject scenario = scenarioValue.toObject();
            MemoryResolver resolver;
            resolver.loadSuiteZone(scenario.value("zonedata"_L1).toObject());
            const QJsonObject tests = scenario.value("tests"_L1).toObject();
            for (auto it = tests.begin(); it != tests.end(); ++it) {
                const QJsonObject test = it.value().toObject();
                ++total;
                const CaseResult got = run(&resolver, test);
                QStringList accepted;
                const QJsonValue expected = test.value("result"_L1);
                if (expected.isArray()) {
                    for (const QJsonValue &value : expected.toArray())
                        accepted.append(value.toString());
                } else {
                    accepted.append(expected.toString());
                }
                if (!accepted.contains(got.result)) {
                    unexpected.append(u"%1 (%2): expected %3, got %4"_s.arg(it.key(), test.value("spec"_L1).toString(),
                                                                            accepted.join(u" or "_s), got.result));
                    continue;
                }
                ++passed;
                // An explanation the suite names (other than its driver's "DEFAULT") must match.
                const QString explanation = test.value("explanation"_L1).toString();
                if (got.result == "fail"_L1 && !explanation.isEmpty() && explanation != "DEFAULT"_L1) {
                    ++explanationsChecked;
                    if (got.explanation == explanation)
                        ++explanationsMatched;
                    else
                        explanationMismatches.append(
                                u"%1: expected \"%2\", got \"%3\""_s.arg(it.key(), explanation, got.explanation));
                }
            }
        }
        qInfo().noquote()
                << u"RFC 7208 test suite: %1 of %2 cases give an accepted result; explanations: %3 of %4 match"_s
                           .arg(passed)
                           .arg(total)
                           .arg(explanationsMatched)
                           .arg(explanationsChecked);
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u"\n"_s)));
        QVERIFY2(explanationMismatches.isEmpty(), qPrintable(explanationMismatches.join(u"\n"_s)));
        QCOMPARE(passed, total);
        QVERIFY(total >= 200); // the whole suite was read (release 2014.04 has 203 cases)
    }

private:
    CaseResult run(MemoryResolver *resolver, const QJsonObject &test)
    {
        const QString mailFrom = test.value("mailfrom"_L1).toString();
        const QString helo = test.value("helo"_L1).toString();
        SpfCheck::Request request;
        request.ip = QHostAddress(test.value("host"_L1).toString());
        request.helo = helo;
        request.sender = mailFrom;
        const qsizetype at = mailFrom.lastIndexOf(QLatin1Char('@'));
        request.domain = mailFrom.isEmpty() ? helo : mailFrom.mid(at + 1);
        auto *check = new SpfCheck(resolver, request);
        QSignalSpy spy(check, &SpfCheck::finished);
        check->start();
        if (!spy.wait(10000))
            return {u"(no answer in 10 s)"_s, {}};
        const SpfOutcome outcome = spy.first().first().value<SpfOutcome>();
        return {spfResultName(outcome.result), outcome.explanation};
    }

    QJsonArray m_scenarios;
};

QTEST_GUILESS_MAIN(TestSpfSuite)
#include "tst_spfsuite.moc"
