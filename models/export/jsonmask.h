// Masking secrets inside a task's raw JSON bytes without re-serialising it:
// only the secret values change, every other byte stays as the server sent it.
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace vias {

struct JsonMaskResult
{
    bool wellFormed = false; // false: the walker gave up; use a DOM-based masker
    bool changed = false;    // a secret was replaced
    QByteArray bytes;        // the masked JSON, set when changed
};

// Replaces with "***" every member value of a "headers" object anywhere under
// the top-level "input" or "output", and every "username" / "password" value
// anywhere under "input". Everything else is copied byte for byte.
JsonMaskResult maskSecretsInJson(QByteArrayView json);

} // namespace vias
