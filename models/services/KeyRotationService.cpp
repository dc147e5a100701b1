#include "KeyRotationService.h"

#include "AuditService.h"
#include "security/Crypto.h"
#include "security/KeyFile.h"
#include "security/PiiCipher.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/NameIndex.h"
#include "store/RequestOutbox.h"
#include "store/WaveRepository.h"

#include <QtEndian>

#include <QSqlQuery>

namespace prakerja {

namespace {

const QString kTarget = QStringLiteral("rotation.target");
const QString kCursor = QStringLiteral("rotation.applicants_cursor");
const QString kPhase = QStringLiteral("rotation.phase"); // absent while re-encrypting, "retire" at the end

QVariant metaValue(Database& db, const QString& key)
{
    return db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
}

Status setMeta(Database& db, const QString& key, const QVariant& value)
{
    auto q = db.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), {key, value});
    return q ? Status::success() : Status(q.error());
}

Error corrupt(const QString& what)
{
    return makeError(
        QStringLiteral("rotation_decrypt"),
        QStringLiteral("Nilai tidak dapat didekripsi saat rotasi kunci: %1; tidak ada yang diubah pada batch ini")
            .arg(what),
        QStringLiteral("A value could not be decrypted during key rotation: %1; this batch was not changed").arg(what));
}

// Re-encrypts one optional field of an applicant: decrypt with the old row binding, index and
// encrypt under the target generation with the new binding.
struct Field
{
    QVariant bi, ct;
};

Result<Field> rekey(PiiCipher& cipher, PiiField field, const QVariant& ct, const QByteArray& oldBinding,
                    const QByteArray& newBinding, int target)
{
    if (ct.isNull() || ct.toByteArray().isEmpty())
        return Field{QVariant(QMetaType(QMetaType::QByteArray)), QVariant(QMetaType(QMetaType::QByteArray))};
    Result<QByteArray> plain = cipher.decrypt(field, ct.toByteArray(), oldBinding);
    if (!plain)
        return plain.error();
    QByteArray normalised;
    switch (field) {
    case PiiField::Email:
        normalised = PiiCipher::normaliseEmail(QString::fromUtf8(plain.value()));
        break;
    case PiiField::Phone:
        normalised = PiiCipher::normalisePhone(QString::fromUtf8(plain.value()));
        break;
    case PiiField::Nik:
    case PiiField::Kk:
        normalised = PiiCipher::normaliseDigits(QString::fromUtf8(plain.value()));
        break;
    case PiiField::Name:
        normalised = plain.value(); // no blind index: names are found by tokens (store/NameIndex)
        break;
    }
    Field f{cipher.blindIndex(field, normalised, target), cipher.encrypt(field, plain.value(), newBinding)};
    Crypto::wipe(plain.value());
    Crypto::wipe(normalised);
    return f;
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
                     QStringLiteral("Rotasi kunci sedang berjalan; selesaikan dulu dengan 'prakerjactl key rotate'"),
                     QStringLiteral("A key rotation is in progress; finish it with 'prakerjactl key rotate'"));
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

void KeyRotationService::abandonStart(const KeyFile& keys, int target, const Options& options)
{
    // Best effort: if this fails too, the next run repairs the start (see rotate()).
    m_db.adoptKeys(keys);
    if (!inject(options, "restore") || !m_db.beginImmediate())
        return;
    auto cleared = m_db.exec(QStringLiteral("DELETE FROM meta WHERE key LIKE 'rotation.%' OR key = ?"),
                             {QStringLiteral("keycheck.%1").arg(target)});
    Status s = cleared ? Status::success() : Status(cleared.error());
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
                         QStringLiteral("Kunci telah dirotasi sejak proses ini dimulai; jalankan ulang"),
                         QStringLiteral("The keys were rotated since this process started; run it again"));
    return Status::success();
}

Result<RotationResult> KeyRotationService::rotate(const QString& keyFilePath, const Options& options)
{
    if (const Status s = m_session.require(Permission::RotateKeys); !s)
        return s.error();
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
        if (const Status s = recordStart(next, target, result.fromKeyId); !s)
            return s.error();
        Status saved = inject(options, "key_file");
        if (saved)
            saved = next.save(keyFilePath);
        if (!saved) {
            abandonStart(keys, target, options);
            return saved.error();
        }
        keys = next;
    } else if (!keys.has(target)) {
        // The start was recorded but the key file was never saved (killed or failed in between,
        // and the restore did not run): no process ever held that key, so nothing is encrypted
        // under it. Make it anew and save it; only possible before any row moved.
        const bool untouched = metaValue(m_db, kCursor).toLongLong() == 0 && !metaValue(m_db, kPhase).isValid();
        KeyFile next = keys;
        if (!untouched || next.addGeneration() != target)
            return makeError(
                QStringLiteral("rotation_key_missing"),
                QStringLiteral("Berkas kunci tidak memuat generasi %1 yang sedang dirotasi").arg(target),
                QStringLiteral("The key file lacks generation %1 that the rotation is moving to").arg(target));
        result.fromKeyId = keys.activeId();
        if (const Status s = recordStart(next, target, result.fromKeyId); !s)
            return s.error();
        Status saved = inject(options, "key_file");
        if (saved)
            saved = next.save(keyFilePath);
        if (!saved) {
            abandonStart(keys, target, options);
            return saved.error();
        }
        keys = next;
    } else if (const Status s = m_db.adoptKeys(keys); !s) {
        return s.error();
    }
    result.toKeyId = target;
    PiiCipher cipher(keys);
    if (cipher.activeKeyId() != target)
        return makeError(QStringLiteral("rotation_key_missing"),
                         QStringLiteral("Generasi aktif berkas kunci bukan %1").arg(target),
                         QStringLiteral("The key file's active generation is not %1").arg(target));

    const qint64 total = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM applicants")).toLongLong()
        + m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM reference_lists")).toLongLong();
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
        auto rows = m_db.exec(
            QStringLiteral("SELECT id, nik_bi, nik_ct, kk_ct, email_ct, phone_ct, key_id, name_ct FROM applicants"
                           " WHERE id > ? ORDER BY id LIMIT ?"),
            {cursor, options.batchSize});
        if (!rows) {
            m_db.rollback();
            return rows.error();
        }
        QSqlQuery update(m_db.sql());
        update.prepare(
            QStringLiteral("UPDATE applicants SET nik_bi = ?, nik_ct = ?, kk_bi = ?, kk_ct = ?, email_bi = ?,"
                           " email_ct = ?, phone_bi = ?, phone_ct = ?, name_ct = ?, key_id = ? WHERE id = ?"));
        // Participants keep their family card as the first 8 bytes of kk_bi (PoolLoader), so
        // the cap keeps counting them under the new index.
        QSqlQuery participant(m_db.sql());
        participant.prepare(QStringLiteral("UPDATE participants SET kk = ? WHERE applicant_id = ?"));
        // The selection's copies of the blind indexes (store/DrawInputs.h).
        QSqlQuery draw(m_db.sql());
        draw.prepare(QStringLiteral("UPDATE applicant_draw SET nik_bi = ?, kk = ? WHERE applicant_id = ?"));
        qint64 count = 0;
        Error failure;
        bool failed = false;
        while (rows.value().next()) {
            const QSqlQuery& r = rows.value();
            const qint64 id = r.value(0).toLongLong();
            cursor = id;
            ++count;
            if (r.value(6).toInt() == target)
                continue; // written under the new key already (ingested during the rotation)
            const QByteArray oldBinding = r.value(1).toByteArray();
            Result<QByteArray> nik = cipher.decrypt(PiiField::Nik, r.value(2).toByteArray(), oldBinding);
            if (!nik) {
                failure = corrupt(QStringLiteral("applicant %1 nik").arg(id));
                failed = true;
                break;
            }
            const QByteArray newBinding = cipher.blindIndex(PiiField::Nik, nik.value(), target);
            const QByteArray nikCt = cipher.encrypt(PiiField::Nik, nik.value(), newBinding);
            Crypto::wipe(nik.value());
            const auto kk = rekey(cipher, PiiField::Kk, r.value(3), oldBinding, newBinding, target);
            const auto email = rekey(cipher, PiiField::Email, r.value(4), oldBinding, newBinding, target);
            const auto phone = rekey(cipher, PiiField::Phone, r.value(5), oldBinding, newBinding, target);
            const auto name = rekey(cipher, PiiField::Name, r.value(7), oldBinding, newBinding, target);
            if (!kk || !email || !phone || !name) {
                failure = corrupt(QStringLiteral("applicant %1").arg(id));
                failed = true;
                break;
            }
            for (const QVariant& v : {QVariant(newBinding), QVariant(nikCt), kk->bi, kk->ct, email->bi, email->ct,
                                      phone->bi, phone->ct, name->ct, QVariant(target), QVariant(id)})
                update.addBindValue(v);
            if (!update.exec()) {
                failure = sqlError(update);
                failed = true;
                break;
            }
            const QByteArray kkBi = kk->bi.toByteArray();
            participant.addBindValue(kkBi.size() >= 8 ? static_cast<qint64>(qFromBigEndian<quint64>(kkBi.constData()))
                                                      : 0);
            participant.addBindValue(id);
            if (!participant.exec()) {
                failure = sqlError(participant);
                failed = true;
                break;
            }
            draw.addBindValue(newBinding);
            draw.addBindValue(kkBi.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(kkBi.left(8)));
            draw.addBindValue(id);
            if (!draw.exec()) {
                failure = sqlError(draw);
                failed = true;
                break;
            }
            ++result.applicants;
        }
        rows.value().finish();
        if (!failed && count > 0) {
            if (const Status s = setMeta(m_db, kCursor, cursor); !s) {
                failure = s.error();
                failed = true;
            }
        }
        if (failed) {
            m_db.rollback();
            return failure;
        }
        if (const Status s = m_db.commit(); !s)
            return s.error();
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
        auto rows
            = m_db.exec(QStringLiteral("SELECT list, nik_bi, nik_ct FROM reference_lists WHERE key_id <> ? LIMIT ?"),
                        {target, options.batchSize});
        if (!rows) {
            m_db.rollback();
            return rows.error();
        }
        QSqlQuery update(m_db.sql());
        update.prepare(QStringLiteral(
            "UPDATE reference_lists SET nik_bi = ?, nik_ct = ?, key_id = ? WHERE list = ? AND nik_bi = ?"));
        qint64 count = 0;
        Error failure;
        bool failed = false;
        while (rows.value().next()) {
            const QSqlQuery& r = rows.value();
            const QByteArray oldBi = r.value(1).toByteArray();
            Result<QByteArray> nik = cipher.decrypt(PiiField::Nik, r.value(2).toByteArray(), oldBi);
            if (!nik) {
                failure = corrupt(QStringLiteral("reference list %1").arg(r.value(0).toInt()));
                failed = true;
                break;
            }
            const QByteArray bi = cipher.blindIndex(PiiField::Nik, nik.value(), target);
            const QByteArray ct = cipher.encrypt(PiiField::Nik, nik.value(), bi);
            Crypto::wipe(nik.value());
            for (const QVariant& v : {QVariant(bi), QVariant(ct), QVariant(target), r.value(0), QVariant(oldBi)})
                update.addBindValue(v);
            if (!update.exec()) {
                failure = sqlError(update);
                failed = true;
                break;
            }
            ++count;
        }
        rows.value().finish();
        if (failed) {
            m_db.rollback();
            return failure;
        }
        if (const Status s = m_db.commit(); !s)
            return s.error();
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
            return makeError(QStringLiteral("audit_chain_broken"),
                             QStringLiteral("Rotasi berhenti sebelum log audit: %1. Kunci lama dipertahankan.")
                                 .arg(check->describe()),
                             QStringLiteral("Rotation stopped before the audit log: %1. The old key is kept.")
                                 .arg(check->describe()));
        if (const Status s = m_db.beginImmediate(); !s)
            return s.error();
        QByteArray key = keys.subKey(target, "audit");
        QSqlQuery read(m_db.sql());
        read.setForwardOnly(true);
        QSqlQuery update(m_db.sql());
        update.prepare(QStringLiteral("UPDATE audit_log SET mac = ?, key_id = ? WHERE id = ?"));
        bool ok = read.exec(
            QStringLiteral("SELECT id, at, operator_id, operator_name, action, target, details FROM audit_log"
                           " ORDER BY id"));
        QByteArray previous;
        qint64 lastId = 0;
        while (ok && read.next()) {
            lastId = read.value(0).toLongLong();
            previous = AuditLog::rowMac(key, previous, lastId, read.value(1).toLongLong(), read.value(2).toLongLong(),
                                        read.value(3).toString(), read.value(4).toString(), read.value(5).toString(),
                                        read.value(6).toString());
            update.addBindValue(previous);
            update.addBindValue(target);
            update.addBindValue(lastId);
            ok = update.exec();
            ++result.auditRows;
        }
        read.finish();
        Status s = ok ? Status::success() : Status(sqlError(update));
        if (s)
            s = WaveRepository(m_db).resealSeeds(target); // wave seeds are sealed under a key-file sub-key
        if (s && lastId > 0)
            s = setMeta(m_db, QString::fromLatin1(AuditLog::kAnchorKey),
                        AuditLog::anchorValue(target, lastId, AuditLog::anchorMac(key, lastId, previous)));
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
    Status s = Status::success();
    auto cleared = m_db.exec(
        QStringLiteral("DELETE FROM meta WHERE key LIKE 'rotation.%' OR (key LIKE 'keycheck.%' AND key <> ?)"),
        {QStringLiteral("keycheck.%1").arg(target)});
    if (!cleared)
        s = cleared.error();
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
