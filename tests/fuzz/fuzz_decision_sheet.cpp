// libFuzzer: whatever a team's spreadsheet holds, the strict decision sheet reader either refuses
// it with a message naming a line, or reads decisions that write and read back the same.
#include "review/decisionsheet.h"

#include <cstdlib>

using namespace Orphanscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray sheet(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto read = DecisionSheet::read(sheet, QStringLiteral("fuzz.csv"), &error);
    if (!read) {
        if (!error.startsWith(QStringLiteral("fuzz.csv, line ")) || !error.endsWith(QStringLiteral("nothing was imported")))
            std::abort();
        return 0;
    }
    DecisionMap decisions;
    for (const FileDecision &decision : *read) {
        if (decision.publicId.isEmpty() || decisions.contains(resourceKey(decision.type, decision.publicId)))
            std::abort(); // the reader refuses empty and repeated ids
        decisions.insert(resourceKey(decision.type, decision.publicId), decision);
    }
    const auto again = DecisionSheet::read(DecisionSheet::write({}, decisions), QStringLiteral("again.csv"), &error);
    if (!again || again->size() != read->size())
        std::abort();
    for (const FileDecision &decision : *again) {
        const FileDecision original = decisions.value(resourceKey(decision.type, decision.publicId));
        if (original.publicId != decision.publicId || original.decision != decision.decision || original.note != decision.note)
            std::abort();
    }
    return 0;
}
