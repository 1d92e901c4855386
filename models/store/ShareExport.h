#pragma once

#include <QCoreApplication>
#include <QStringList>

class ProjectStore;

// "Export for sharing": a clean copy of the project to send to someone else, and the
// fingerprint (SHA-256 of the file's bytes) that sender and receiver read to each other to
// know the file arrived as it was sent.
//
// The copy is made with VACUUM INTO, so nothing deleted earlier lingers in free pages. An
// evaluator package (a non-empty `evaluatorUuids`) then keeps only the chosen evaluators'
// scores and evidence, on the copy with secure_delete on, and is vacuumed again, so other
// evaluators' rationales and quotes are gone from the bytes, not just from the tables:
//  - removed: other evaluators, their scores and the evidence of those scores; every
//    consensus value (the lead's verdict over everyone's scores, which a package is an input
//    to, not a carrier of); and the change-log rows of all these records (scores and
//    evidence are attributed through the score's evaluator, also for records deleted since,
//    whose logged row says whose they were; what cannot be attributed is left out).
//  - kept: everything else, including the change log of the kept records and of the project
//    (policies, weights, tracking), which merging needs as the identities of changes, and the
//    chosen evaluators even when they have no scores.
// A full export (empty `evaluatorUuids`) keeps everything, consensus included.
class ShareExport
{
    Q_DECLARE_TR_FUNCTIONS(ShareExport)

public:
    // Writes the copy to `target` through a temporary file in its folder and an atomic
    // rename: on failure nothing is left behind and an existing `target` is untouched. The
    // store's own file is never written. `fingerprint` gets the lowercase hex SHA-256.
    static bool exportForSharing(const ProjectStore &store, const QString &target,
                                 const QStringList &evaluatorUuids, QString *fingerprint,
                                 QString *error);

    // Lowercase hex SHA-256 of the file's bytes; empty with `error` when it cannot be read.
    static QString fingerprintOf(const QString &path, QString *error = nullptr);
    // The hex in blocks of four for reading aloud: "3f2a 9c01 …".
    static QString readable(const QString &hex);

private:
    static bool keepOnly(const QString &path, const QStringList &evaluatorUuids, QString *error);
};
