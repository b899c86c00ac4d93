// Small terminal helpers for viasctl: messages to stderr, the "is this a
// terminal" test that decides about progress output, and the no-echo
// password prompt.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace vias::cli {

// "viasctl: <message>\n" to stderr.
void printError(const QString &message);
// "viasctl: warning: <message>\n" to stderr.
void printWarning(const QString &message);
// Raw text to stderr (progress lines, reports).
void writeStderr(const QString &text);

bool stderrIsTerminal();
bool stdinIsTerminal();

// Prompts on stderr and reads one line from stdin with echo off. nullopt
// when stdin is not a terminal or reading failed.
std::optional<QByteArray> promptPassword(const QString &prompt);

} // namespace vias::cli
