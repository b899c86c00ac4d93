// JSON and JSON Lines export: each task as the server sent it (its raw bytes,
// unknown fields kept), with secrets masked unless asked for.
#pragma once

#include "models/export/exportoptions.h"
#include "models/task.h"

#include <QByteArray>
#include <QIODevice>

#include <optional>

namespace vias {

// The task's JSON with secret values replaced by "***": header values under
// output (webhook) and input (edgerestful), and username/password anywhere
// under input (VCN). std::nullopt when the task holds no secret, so the caller
// keeps the original bytes. Only the secret values change; every other byte
// stays as sent (bytes the in-place walker rejects are re-serialised through
// QJsonDocument instead, which orders keys alphabetically).
std::optional<QByteArray> maskedTaskJson(const Task &task);

// `json` without the white space between tokens; strings are untouched, so
// key order and number spelling stay exactly as sent.
QByteArray compactJsonBytes(QByteArrayView json);

ExportResult writeJson(const QList<const Task *> &tasks, const ExportOptions &options,
                       QIODevice *out, const ExportProgress &progress);
ExportResult writeJsonLines(const QList<const Task *> &tasks, const ExportOptions &options,
                            QIODevice *out, const ExportProgress &progress);

} // namespace vias
