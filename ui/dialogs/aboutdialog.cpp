// AboutDialog: version facts gathered at compile time and run time.
#include "ui/dialogs/aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>
#include <qt6keychain/keychain.h>

#include <xlsxwriter.h>

namespace vias::ui {

namespace {

QString compilerName()
{
#if defined(__clang__)
    return QStringLiteral("Clang %1.%2.%3")
        .arg(__clang_major__)
        .arg(__clang_minor__)
        .arg(__clang_patchlevel__);
#elif defined(__GNUC__)
    return QStringLiteral("GCC %1.%2.%3")
        .arg(__GNUC__)
        .arg(__GNUC_MINOR__)
        .arg(__GNUC_PATCHLEVEL__);
#elif defined(_MSC_VER)
    return QStringLiteral("MSVC %1").arg(_MSC_VER);
#else
    return QStringLiteral("unknown compiler");
#endif
}

QString keychainVersion()
{
    // The header's QTKEYCHAIN_VERSION is not the release number; the build
    // may pass the package version found by CMake (Qt6Keychain_VERSION).
#if defined(VIAS_QTKEYCHAIN_VERSION)
    return QStringLiteral(VIAS_QTKEYCHAIN_VERSION);
#else
    return AboutDialog::tr("unknown");
#endif
}

const char kDocsUrl[] = "https://github.com/vias-console/vias-console/tree/main/docs";

} // namespace

QString AboutDialog::buildInfo()
{
    return tr("VIAS Console %1\nQt %2 (built with %3)\nQtKeychain %4\nlibxlsxwriter %5\n"
              "Compiler: %6")
        .arg(QStringLiteral(VIAS_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(QT_VERSION_STR), keychainVersion(), QString::fromLatin1(LXW_VERSION),
             compilerName());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About VIAS Console"));
    auto *title = new QLabel(tr("<h2>VIAS Console</h2><p>A desktop console for Huawei Cloud VIAS "
                                "video analysis tasks.</p>"),
                             this);
    auto *facts = new QLabel(buildInfo(), this);
    facts->setObjectName(QStringLiteral("buildInfoLabel"));
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *docs = new QLabel(
        tr("Documentation: <a href=\"%1\">%1</a>").arg(QString::fromLatin1(kDocsUrl)), this);
    docs->setObjectName(QStringLiteral("docsLink"));
    docs->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(facts);
    layout->addWidget(docs);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

} // namespace vias::ui
