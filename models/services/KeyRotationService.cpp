#include "KeyRotationService.h"

#include "AuditService.h"
#include "security/Crypto.h"
#include "security/KeyFile.h"
#include "security/PiiCipher.h"
#include "store/ApplicantStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/MetaStore.h"
#include "store/NameIndex.h"
#include "store/ParticipantStore.h"
#include "store/ReferenceListStore.h"
#include "store/RequestOutbox.h"
#include "store/WaveRepository.h"

namespace prakerja {

namespace {

const QString kTarget = QStringLiteral("rotation.target");
const QString kCursor = QStringLiteral("rotation.applicants_cursor");
const QString kPhase = QStringLiteral("rotation.phase"); // absent while re-encrypting, "retire" at the end
const QString kRotationPrefix = QStringLiteral("rotation.");
const QString kCheckPrefix = QStringLiteral("keycheck.");

QVariant metaValue(Database& db, const QString& key)
{
    return MetaStore(db).value(key);
}

Status setMeta(Database& db, const QString& key, const QVariant& value)
{
    return MetaStore(db).set(key, value);
}

} // namespace

int KeyRotationService::targetInProgress(Database& db)
{
    return metaValue(db, kTarget).toInt();
}

Status KeyRotationService::refuseDuringRotation(Database& db)
{
    if (targetInProgress(db) == 0)
        return Status::success();
    return makeError(QStringLiteral("key_rotation_in_progress"),
                     Error::tr("Rotasi kunci sedang berjalan; selesaikan dulu dengan 'prakerjactl key rotate'"));
}

Status KeyRotationService::inject(const Options& options, const char* step)
{
    return options.fault ? options.fault(step) : Status::success();
}

Status KeyRotationService::recordStart(const KeyFile& next, int target, int from)
{
    if (const Status s = m_db.beginImmediate(); !s)
        return s;
    // The audit row first, under the generation every process still uses (a start that is undone
    // must not leave a row sealed with a key that was never saved).
    Status s
        = AuditLog(m_db).append(m_session, QStringLiteral("key.rotate_start"), QStringLiteral("key:%1").arg(target),
                                QStringLiteral("from generation %1").arg(from));
    // A check value left by an earlier start whose key file was never saved is replaced.
    if (s)
        s = setMeta(m_db, QStringLiteral("keycheck.%1").arg(target), next.checkValue(target));
    if (s)
        s = setMeta(m_db, kTarget, target);
    if (s)
        s = setMeta(m_db, kCursor, 0);
    if (s)
        s = m_db.adoptKeys(next);
    if (!s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

Status KeyRotationService::start(const KeyFile& keys, const KeyFile& next, int target, int from,
                                 const QString& keyFilePath, const Options& options)
{
    if (const Status s = recordStart(next, target, from); !s)
        return s;
    Status saved = inject(options, "key_file");
    if (saved)
        saved = next.save(keyFilePath);
    if (!saved)
        abandonStart(keys, target, options);
    return saved;
}

void KeyRotationService::abandonStart(const KeyFile& keys, int target, const Options& options)
{
    // Best effort: if this fails too, the next run repairs the start (see rotate()).
    m_db.adoptKeys(keys);
    if (!inject(options, "restore") || !m_db.beginImmediate())
        return;
    MetaStore meta(m_db);
    Status s = meta.removeWithPrefix(kRotationPrefix);
    if (s)
        s = meta.remove(kCheckPrefix + QString::number(target));
    if (s)
        s = AuditLog(m_db).append(m_session, QStringLiteral("key.rotate_abort"), QStringLiteral("key:%1").arg(target),
                                  QStringLiteral("the key file could not be saved; nothing was changed"));
    if (!s || !m_db.commit())
        m_db.rollback();
}

Status KeyRotationService::checkWriterKeys(Database& db, int activeKeyId)
{
    if (const Status s = refuseDuringRotation(db); !s)
        return s;
    // A rotation that began and finished since the writer loaded its keys retired them.
    if (!metaValue(db, QStringLiteral("keycheck.%1").arg(activeKeyId)).isValid())
        return makeError(QStringLiteral("key_rotation_in_progress"),
                         Error::tr("Kunci telah dirotasi sejak proses ini dimulai; jalankan ulang"));
    return Status::success();
}

Result<RotationResult> KeyRotationService::rotate(const QString& keyFilePath, const Options& options)
{
    if (const Status s = m_session.require(Permission::RotateKeys); !s)
        return s.error();
    // Many seats on one server: a rotation re-encrypts under a key the other seats do not hold yet,
    // so it runs only with them closed, and says which are still open.
    auto seats = m_db.otherSeats();
    if (!seats)
        return seats.error();
    if (!seats->isEmpty())
        return makeError(QStringLiteral("seats_online"),
                         Error::tr("Rotasi kunci memerlukan semua kursi lain tertutup; masih terhubung: %1")
                             .arg(seats->join(QStringLiteral(", "))));
    Result<KeyFile> loaded = KeyFile::load(keyFilePath);
    if (!loaded)
        return loaded.error();
    KeyFile keys = loaded.value();
    RotationResult result;
    int target = targetInProgress(m_db);
    if (target == 0) {
        // The database records the pending generation (with its check value) before the key
        // file holds it: until the file is saved, nothing can encrypt under the new generation,
        // and ingest and import are refused. A failure of the save restores the previous state;
        // a kill in between is repaired by the next run (the branch below).
        result.fromKeyId = keys.activeId();
        KeyFile next = keys;
        target = next.addGeneration();
        if (const Status s = start(keys, next, target, result.fromKeyId, keyFilePath, options); !s)
            return s.error();
        keys = next;
    } else if (!keys.has(target)) {
        // The start was recorded but the key file was never saved (killed or failed in between,
        // and the restore did not run): no process ever held that key, so nothing is encrypted
        // under it. Make it anew and save it; only possible before any row moved.
        const bool untouched = metaValue(m_db, kCursor).toLongLong() == 0 && !metaValue(m_db, kPhase).isValid();
        KeyFile next = keys;
        if (!untouched || next.addGeneration() != target)
            return makeError(QStringLiteral("rotation_key_missing"),
                             Error::tr("Berkas kunci tidak memuat generasi %1 yang sedang dirotasi").arg(target));
        result.fromKeyId = keys.activeId();
        if (const Status s = start(keys, next, target, result.fromKeyId, keyFilePath, options); !s)
            return s.error();
        keys = next;
    } else if (const Status s = m_db.adoptKeys(keys); !s) {
        return s.error();
    }
    result.toKeyId = target;
    PiiCipher cipher(keys);
    if (cipher.activeKeyId() != target)
        return makeError(QStringLiteral("rotation_key_missing"),
                         Error::tr("Generasi aktif berkas kunci bukan %1").arg(target));

    const qint64 total = ApplicantStore(m_db).newestId() + ReferenceListStore(m_db).count();
    qint64 batches = 0;
    auto stopRequested = [&] {
        return (options.cancel && options.cancel->load()) || (options.maxBatches > 0 && batches >= options.maxBatches);
    };
    const bool retiring = metaValue(m_db, kPhase).toString() == u"retire";

    // Applicants, by id past the cursor kept in meta (rows ingested meanwhile have higher ids).
    qint64 cursor = metaValue(m_db, kCursor).toLongLong();
    while (!retiring) {
        if (stopRequested())
            return result;
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
        auto batch = ApplicantStore(m_db).rekeyBatch(cipher, target, cursor, options.batchSize);
        Status s = batch ? ParticipantStore(m_db).setFamilyKeys(batch->familyKeys) : Status(batch.error());
        // The cursor moves in the same transaction as the rows it passed.
        if (s && batch->scanned > 0)
            s = setMeta(m_db, kCursor, batch->cursor);
        if (!s) {
            m_db.rollback();
            return s.error();
        }
        if (const Status c = m_db.commit(); !c)
            return c.error();
        const qint64 count = batch->scanned;
        cursor = batch->cursor;
        result.applicants += batch->moved;
        if (count == 0)
            break;
        ++batches;
        if (options.progress)
            options.progress(cursor, total);
    }

    // Reference lists: the key (list, nik_bi) itself changes, so progress is the key_id column.
    while (!retiring) {
        if (stopRequested())
            return result;
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
        const auto moved = ReferenceListStore(m_db).rekeyBatch(cipher, target, options.batchSize);
        if (!moved) {
            m_db.rollback();
            return moved.error();
        }
        if (const Status c = m_db.commit(); !c)
            return c.error();
        const qint64 count = moved.value();
        if (count == 0)
            break;
        result.references += count;
        ++batches;
        if (options.progress)
            options.progress(cursor + result.references, total);
    }

    // Corrected names in the requests outbox (few rows: agents' requests).
    while (!retiring) {
        if (stopRequested())
            return result;
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
        auto changed = RequestOutbox(m_db).rekeyBatch(cipher, target, options.batchSize);
        if (!changed) {
            m_db.rollback();
            return changed.error();
        }
        if (const Status s = m_db.commit(); !s)
            return s.error();
        if (changed.value() == 0)
            break;
    }

    // The audit chain: proven intact under the old keys first (the proof needs them), then
    // re-chained under the new generation in one transaction together with the retire mark.
    if (!retiring) {
        if (stopRequested())
            return result;
        const Result<AuditVerification> check = AuditService(m_db, m_session).verify();
        if (!check)
            return check.error();
        if (!check->intact)
            return makeError(
                QStringLiteral("audit_chain_broken"),
                Error::tr("Rotasi berhenti sebelum log audit: %1. Kunci lama dipertahankan.").arg(check->describe()));
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
        QByteArray key = keys.subKey(target, "audit");
        const auto rechained = AuditLog(m_db).rechain(key, target);
        Status s = rechained ? Status::success() : Status(rechained.error());
        if (rechained)
            result.auditRows = rechained.value();
        if (s)
            s = WaveRepository(m_db).resealSeeds(target); // wave seeds are sealed under a key-file sub-key
        Crypto::wipe(key);
        if (s)
            s = setMeta(m_db, kPhase, QStringLiteral("retire"));
        if (!s) {
            m_db.rollback();
            return s.error();
        }
        if (const Status c = m_db.commit(); !c)
            return c.error();
    }

    // Retire: nothing in the database uses the old generations any more.
    for (int id : keys.ids())
        if (id != target) {
            if (result.fromKeyId == 0)
                result.fromKeyId = id;
            keys.removeGeneration(id);
        }
    if (const Status s = keys.save(keyFilePath); !s)
        return s.error();
    if (const Status s = m_db.beginImmediate(); !s)
        return s.error();
    MetaStore meta(m_db);
    Status s = meta.removeWithPrefix(kRotationPrefix);
    if (s)
        s = meta.removeWithPrefix(kCheckPrefix, kCheckPrefix + QString::number(target));
    if (s)
        s = m_db.adoptKeys(keys);
    if (s)
        s = AuditLog(m_db).append(m_session, QStringLiteral("key.rotate"), QStringLiteral("key:%1").arg(target),
                                  QStringLiteral("completed; old generations retired"));
    if (!s) {
        m_db.rollback();
        return s.error();
    }
    if (const Status c = m_db.commit(); !c)
        return c.error();
    result.completed = true;
    // Name tokens are keyed hashes: made under the new generation from the start.
    if (const auto rebuilt = NameIndex(m_db).catchUp(keys); !rebuilt)
        return rebuilt.error();
    if (options.progress)
        options.progress(total, total);
    return result;
}

} // namespace prakerja
