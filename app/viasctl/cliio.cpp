// Terminal helpers for viasctl (see cliio.h).
#include "app/viasctl/cliio.h"

#include <QCoreApplication>

#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace vias::cli {

void writeStderr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printError(const QString &message)
{
    writeStderr(QStringLiteral("viasctl: %1\n").arg(message));
}

void printWarning(const QString &message)
{
    writeStderr(QCoreApplication::translate("viasctl", "viasctl: warning: %1\n").arg(message));
}

bool stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

std::optional<QByteArray> promptPassword(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    writeStderr(prompt);
    termios saved{};
    const bool haveTermios = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTermios) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL; // the user still sees the line end
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    bool ok = false;
    for (;;) {
        const int c = std::fgetc(stdin);
        if (c == EOF)
            break;
        if (c == '\n') {
            ok = true;
            break;
        }
        line.push_back(char(c));
    }
    if (haveTermios)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    if (!ok && line.empty())
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QByteArray password(line.data(), qsizetype(line.size()));
    // Do not leave a copy of the password in the std::string's buffer.
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

} // namespace vias::cli
