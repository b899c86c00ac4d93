// The catalogues under translations/ match the sources: lupdate run on a
// temporary copy of each .ts finds no new, vanished or unfinished message,
// and every translation keeps its source's %1..%9 / %n placeholders. Also
// checks that the embedded .qm files load and translate.
#include "ui/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>

namespace {

struct Message
{
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one per numerus form, or one
};

// (context, source, disambiguation comment)
using Key = std::tuple<QString, QString, QString>;
using Catalogue = std::map<Key, Message>;

QString describe(const Key &key)
{
    const auto &[context, source, comment] = key;
    return comment.isEmpty() ? QStringLiteral("%1: \"%2\"").arg(context, source)
                             : QStringLiteral("%1: \"%2\" (%3)").arg(context, source, comment);
}

// The text of the current element; lupdate writes control characters as
// <byte value="xd"/> children.
QString readTsText(QXmlStreamReader &xml)
{
    QString text;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += xml.text();
        } else if (token == QXmlStreamReader::StartElement &&
                   xml.name() == QLatin1StringView("byte")) {
            const QStringView value = xml.attributes().value(QLatin1StringView("value"));
            text += QChar(value.mid(1).toUInt(nullptr, 16));
            xml.skipCurrentElement();
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    return text;
}

Catalogue readCatalogue(const QString &path, QString *language)
{
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1StringView("TS")) {
            if (language)
                *language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (xml.name() == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("message")) {
            Message message;
            message.numerus =
                xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
            QString source;
            QString comment;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1StringView("source")) {
                    source = readTsText(xml);
                } else if (xml.name() == QLatin1StringView("comment")) {
                    comment = readTsText(xml);
                } else if (xml.name() == QLatin1StringView("translation")) {
                    message.type = xml.attributes().value(QLatin1StringView("type")).toString();
                    if (message.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == QLatin1StringView("numerusform"))
                                message.translations.append(readTsText(xml));
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        message.translations.append(readTsText(xml));
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            result[{context, source, comment}] = message;
        }
    }
    return result;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// An lupdate project like the one qt_add_translations generates: every .cpp
// and .h under the translated folders, sorted, and the source root as the
// include path.
bool writeProject(const QString &projectPath, const QString &tsPath)
{
    const QString root = QStringLiteral(VIAS_SOURCE_DIR);
    QStringList sources;
    for (const char *folder : {"models", "api", "ui", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1StringView(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            sources << it.next();
    }
    sources.sort();
    QJsonObject project;
    project.insert(QStringLiteral("projectFile"),
                   QString(root + QStringLiteral("/CMakeLists.txt")));
    project.insert(QStringLiteral("includePaths"), QJsonArray{root});
    project.insert(QStringLiteral("sources"), QJsonArray::fromStringList(sources));
    project.insert(QStringLiteral("translations"), QJsonArray{tsPath});
    QFile file(projectPath);
    return !sources.isEmpty() && file.open(QIODevice::WriteOnly) &&
           file.write(QJsonDocument(project).toJson()) > 0;
}

QString lupdatePath()
{
#ifdef VIAS_LUPDATE
    if (QFile::exists(QStringLiteral(VIAS_LUPDATE)))
        return QStringLiteral(VIAS_LUPDATE);
#endif
    const QString fromQt =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (QFile::exists(fromQt))
        return fromQt;
    return QStringLiteral("/usr/lib/qt6/bin/lupdate");
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();
    void embeddedCataloguesTranslate();
    void setLanguageSwitchesLocale();
};

void TestTranslations::catalogueMatchesSources_data()
{
    QTest::addColumn<QString>("fileName");
    const QDir dir(QStringLiteral(VIAS_SOURCE_DIR "/translations"));
    const QStringList files = dir.entryList({QStringLiteral("vias_*.ts")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 2, "translations/vias_en.ts and vias_zh_CN.ts are expected");
    for (const QString &name : files)
        QTest::newRow(qPrintable(name)) << name;
}

void TestTranslations::catalogueMatchesSources()
{
    QFETCH(QString, fileName);
    const QString committedPath = QStringLiteral(VIAS_SOURCE_DIR "/translations/") + fileName;
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString updatedPath = temp.filePath(fileName);
    QVERIFY(QFile::copy(committedPath, updatedPath));
    QFile::setPermissions(updatedPath, QFile::ReadOwner | QFile::WriteOwner);

    // Same project form (sources plus the include path, so that lupdate
    // resolves namespaces as moc does), folders and options as the
    // update_translations target, but obsolete entries are kept so that they
    // can be reported.
    const QString projectPath = temp.filePath(QStringLiteral("project.json"));
    QVERIFY(writeProject(projectPath, updatedPath));
    QProcess lupdate;
    lupdate.setWorkingDirectory(temp.path());
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(lupdatePath(), {QStringLiteral("-project"), projectPath,
                                  QStringLiteral("-locations"), QStringLiteral("none")});
    QVERIFY2(lupdate.waitForFinished(120'000), "lupdate did not finish");
    const QByteArray log = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             log.constData());

    QString language;
    const Catalogue committed = readCatalogue(committedPath, &language);
    const Catalogue updated = readCatalogue(updatedPath, nullptr);
    QVERIFY(!committed.empty());
    const bool chinese = language.startsWith(QLatin1StringView("zh"));

    QStringList problems;
    for (const auto &[key, message] : updated) {
        if (!committed.count(key))
            problems << QStringLiteral("not in the catalogue (run update_translations): ") +
                            describe(key);
        if (message.type == QLatin1StringView("vanished") ||
            message.type == QLatin1StringView("obsolete"))
            problems << QStringLiteral("no longer in the sources: ") + describe(key);
        else if (message.type == QLatin1StringView("unfinished"))
            problems << QStringLiteral("untranslated: ") + describe(key);
    }
    for (const auto &[key, message] : committed) {
        if (message.type == QLatin1StringView("vanished") ||
            message.type == QLatin1StringView("obsolete") ||
            message.type == QLatin1StringView("unfinished"))
            continue; // reported above from the updated copy
        const QString &source = std::get<1>(key);
        const int forms = message.numerus ? (chinese ? 1 : 2) : 1;
        if (message.translations.size() != forms)
            problems << QStringLiteral("%1 translation form(s) instead of %2: ")
                                .arg(message.translations.size())
                                .arg(forms) +
                            describe(key);
        for (const QString &translation : message.translations) {
            if (translation.isEmpty())
                problems << QStringLiteral("empty translation: ") + describe(key);
            else if (placeholders(translation) != placeholders(source))
                problems << QStringLiteral("placeholders differ in \"%1\": ").arg(translation) +
                                describe(key);
        }
    }
    if (!problems.isEmpty())
        QFAIL(qPrintable(
            QStringLiteral("%1 problem(s) in %2:\n  ").arg(problems.size()).arg(fileName) +
            problems.join(QStringLiteral("\n  "))));
}

void TestTranslations::embeddedCataloguesTranslate()
{
    QTranslator chinese;
    QVERIFY(chinese.load(QStringLiteral(":/i18n/vias_zh_CN.qm")));
    QCOMPARE(chinese.translate("TaskState", "Running"), QStringLiteral("运行中"));
    QCOMPARE(chinese.translate("TaskState", "Lack of resources"), QStringLiteral("资源不足"));
    QCOMPARE(chinese.translate("TaskState", "Scheduling"), QStringLiteral("调度中"));

    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/vias_en.qm")));
    QCoreApplication::installTranslator(&english);
    QCOMPARE(QCoreApplication::translate("vias::TaskTableModel", "%n day(s)", nullptr, 1),
             QStringLiteral("1 day"));
    QCOMPARE(QCoreApplication::translate("vias::TaskTableModel", "%n day(s)", nullptr, 3),
             QStringLiteral("3 days"));
    QCoreApplication::removeTranslator(&english);
}

void TestTranslations::setLanguageSwitchesLocale()
{
    QVERIFY(vias::ui::setLanguage(QStringLiteral("zh_CN")));
    QCOMPARE(vias::ui::currentLanguage(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QCoreApplication::translate("TaskState", "Running"), QStringLiteral("运行中"));
    // Qt's own catalogue (qt6-translations-l10n) is installed as well.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

    QVERIFY(vias::ui::setLanguage(QStringLiteral("en")));
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(QCoreApplication::translate("TaskState", "Running"), QStringLiteral("Running"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));

    QVERIFY(!vias::ui::setLanguage(QStringLiteral("xx")));
    QCOMPARE(vias::ui::currentLanguage(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
