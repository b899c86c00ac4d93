// Internal to the simulator: builds one realistic task (names, states,
// cameras, outputs, face-extraction config, ROI) as compact JSON text.
#pragma once

#include "simulator/dataset.h"

#include <QRandomGenerator>

namespace vias::sim {

struct GeneratorContext
{
    GeneratorOptions options;
    qint64 referenceSecs = 0; // epoch seconds of options.referenceTime
    QList<QByteArray> edgePools;
    QList<QByteArray> resourceOrders;
    bool edgeService = true; // cloud services have no edge_pool_id and read from VIS
    bool faceService = true; // other services get a short generic config
};

GeneratorContext makeGeneratorContext(const GeneratorOptions &options);

// createdSecs < 0 picks a creation time in the 18 months before the
// reference time; otherwise the task is new (created and updated then).
TaskRecord generateTask(const GeneratorContext &context, QRandomGenerator &rng, int serial,
                        qint64 createdSecs = -1);

// "YYYY-MM-DDTHH:MM:SSZ" for epoch seconds, without QDateTime (fast path).
QByteArray formatUtcSeconds(qint64 secs);
QByteArray randomHex(QRandomGenerator &rng, int digits);
QByteArray randomUuid(QRandomGenerator &rng);
// A state drawn from the realistic mix (mostly RUNNING).
QByteArray randomState(QRandomGenerator &rng);

} // namespace vias::sim
