// prakerjactl lookup | applicant card | applicant reveal | index names
#include "Commands.h"

#include "domain/Language.h"
#include "domain/Timestamp.h"
#include "services/LookupService.h"
#include "services/ReferenceService.h"
#include "services/RequestService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prakerja::ctl {

namespace {

const char kLookupUsage[] = "usage: lookup (--nik X | --phone X | --email X | --name TEXT | TEXT) [--limit N] [--json]";

QJsonObject bilingual(const Bilingual& b)
{
    return QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("en"), b.en}};
}

int lookup(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    std::optional<QString> text;
    LookupKind kind = LookupKind::Invalid;
    int given = 0;
    for (const auto& [name, k] :
         {std::pair{QStringLiteral("nik"), LookupKind::Nik}, std::pair{QStringLiteral("phone"), LookupKind::Phone},
          std::pair{QStringLiteral("email"), LookupKind::Email}, std::pair{QStringLiteral("name"), LookupKind::Name}})
        if (const auto v = ctx.option(name)) {
            text = v;
            kind = k;
            ++given;
        }
    const auto limitText = ctx.option(QStringLiteral("limit"));
    if (!ctx.finishArguments())
        return ctx.usage(ctx.argumentError());
    const QStringList rest = ctx.positional().mid(1);
    if (given == 0 && !rest.isEmpty())
        text = rest.join(u' ');
    else if (!rest.isEmpty() || given > 1)
        return ctx.usage(QString::fromLatin1(kLookupUsage));
    if (!text)
        return ctx.usage(QString::fromLatin1(kLookupUsage));
    bool ok = true;
    const int limit = limitText ? limitText->toInt(&ok) : LookupService::kAgentLimit;
    if (!ok || limit <= 0)
        return ctx.usage(QStringLiteral("--limit takes a positive number"));
    const LookupQuery query = given ? LookupQuery::as(kind, *text) : LookupQuery::recognise(*text);
    if (!query.valid())
        return ctx.fail(query.problem);
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    LookupService lookup(ctx.workspace().value()->db(), session.value());
    if (query.kind == LookupKind::Name && session->can(Permission::SearchApplicants)) {
        // The index is kept off the ingest path; bring it up to date before a name search.
        const auto done = lookup.catchUpNameIndex([&ctx](qint64 n, qint64 total) {
            ctx.err() << '\r'
                      << CtlContext::tr("indeks nama: %1 / %2").arg(CtlContext::number(n), CtlContext::number(total))
                      << Qt::flush;
            return true;
        });
        if (!done)
            return ctx.fail(done.error());
    }
    QList<ApplicantHit> hits;
    SearchPage page;
    qint64 after = 0;
    do {
        auto p = lookup.search(query, after, std::min(limit - static_cast<int>(hits.size()), 1000));
        if (!p)
            return ctx.fail(p.error());
        page = p.value();
        hits += page.hits;
        after = page.nextAfter;
    } while (page.more && hits.size() < limit);
    if (json) {
        QJsonArray rows;
        for (const ApplicantHit& h : hits)
            rows.append(QJsonObject{{QStringLiteral("id"), h.id},
                                    {QStringLiteral("name"), h.name},
                                    {QStringLiteral("nik"), h.nikMasked},
                                    {QStringLiteral("region"), h.region},
                                    {QStringLiteral("stage"), h.stage.text()}});
        QJsonObject o{{QStringLiteral("kind"), lookupKindName(query.kind)},
                      {QStringLiteral("results"), rows},
                      {QStringLiteral("more"), page.more || page.capped}};
        if (query.kind == LookupKind::Name)
            o.insert(QStringLiteral("index_behind"), page.indexBehind);
        if (!page.listedOn.isEmpty()) {
            QJsonArray lists;
            for (const Bilingual& b : page.listedOn)
                lists.append(b.text());
            o.insert(QStringLiteral("listed_not_registered"), lists);
        }
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        return kOk;
    }
    for (const ApplicantHit& h : hits)
        ctx.out() << h.id << '\t' << h.name << '\t' << h.nikMasked << '\t' << h.region << '\t' << h.stage.text()
                  << '\n';
    if (hits.isEmpty())
        ctx.out() << CtlContext::tr("tidak ada pendaftar yang cocok") << '\n';
    if (!page.listedOn.isEmpty()) {
        QStringList names;
        for (const Bilingual& b : page.listedOn)
            names << b.text();
        ctx.out() << CtlContext::tr("Tercatat tetapi belum mendaftar: %1").arg(names.join(QStringLiteral("; ")))
                  << '\n';
    }
    if (page.more || page.capped)
        ctx.out() << CtlContext::tr("masih ada hasil lain; persempit pencarian") << '\n';
    return kOk;
}

int card(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    if (!ctx.finishArguments() || ctx.positional().size() != 3)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: applicant card ID [--json]")
                                                       : ctx.argumentError());
    bool ok = true;
    const qint64 id = ctx.positional().at(2).toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(QStringLiteral("ID is an applicant id (from 'prakerjactl lookup')"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    LookupService lookup(ctx.workspace().value()->db(), session.value());
    const auto c = lookup.card(id);
    if (!c)
        return ctx.fail(c.error());
    if (json) {
        QJsonArray timeline, waves, rules, lists;
        for (const CardEvent& e : c->timeline)
            timeline.append(QJsonObject{{QStringLiteral("at"), Timestamp::toIsoWib(e.at)},
                                        {QStringLiteral("what"), bilingual(e.what)}});
        for (const CardWave& w : c->waves)
            waves.append(QJsonObject{{QStringLiteral("wave"), w.wave},
                                     {QStringLiteral("outcome"), w.outcome},
                                     {QStringLiteral("explanation"), bilingual(w.explanation)}});
        for (const CardRule& r : c->eligibilityNow)
            rules.append(QJsonObject{{QStringLiteral("rule"), bilingual(r.rule)},
                                     {QStringLiteral("passed"), r.passed},
                                     {QStringLiteral("reason"), bilingual(r.reason)}});
        for (const Bilingual& b : c->referenceLists)
            lists.append(b.id);
        QJsonObject o{{QStringLiteral("id"), c->id},
                      {QStringLiteral("name"), c->name},
                      {QStringLiteral("nik"), c->nikMasked},
                      {QStringLiteral("kk"), c->kkMasked},
                      {QStringLiteral("email"), c->emailMasked},
                      {QStringLiteral("phone"), c->phoneMasked},
                      {QStringLiteral("region"), c->region},
                      {QStringLiteral("stage"), bilingual(c->stage)},
                      {QStringLiteral("timeline"), timeline},
                      {QStringLiteral("waves"), waves},
                      {QStringLiteral("next_wave"), c->nextWave},
                      {QStringLiteral("eligibility_now"), rules},
                      {QStringLiteral("reference_lists"), lists}};
        QJsonArray requests;
        for (const Bilingual& r : c->requests)
            requests.append(bilingual(r));
        o.insert(QStringLiteral("requests"), requests);
        if (c->nikRejection)
            o.insert(QStringLiteral("nik_rejection"), bilingual(*c->nikRejection));
        if (c->purchaseDeadline) {
            o.insert(QStringLiteral("purchase_deadline"), Timestamp::toIsoWib(*c->purchaseDeadline));
            o.insert(QStringLiteral("purchase"), bilingual(c->purchase));
        }
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return kOk;
    }
    QTextStream& out = ctx.out();
    out << CtlContext::tr("%1  (pendaftar %2)").arg(c->name).arg(c->id) << '\n';
    out << "NIK " << c->nikMasked << "   KK " << (c->hasKk ? c->kkMasked : QStringLiteral("-")) << '\n';
    out << "Email " << c->emailMasked << "   " << CtlContext::tr("Telepon") << ' '
        << (c->hasPhone ? c->phoneMasked : QStringLiteral("-")) << '\n';
    out << CtlContext::tr("Wilayah") << ' ' << c->region << '\n';
    out << CtlContext::tr("Tahap") << ' ' << c->stage.text() << "\n\n";
    for (const CardEvent& e : c->timeline)
        out << "  " << Timestamp::toDisplayWib(e.at) << "  " << e.what.text() << '\n';
    if (!c->waves.isEmpty())
        out << '\n';
    for (const CardWave& w : c->waves)
        out << "  " << w.explanation.text() << '\n';
    if (c->nextWave > 0) {
        out << '\n' << CtlContext::tr("Kelayakan saat ini untuk gelombang %1:").arg(c->nextWave) << '\n';
        for (const CardRule& r : c->eligibilityNow)
            out << "  [" << (r.passed ? "v" : "x") << "] " << r.rule.text()
                << (r.passed ? QString() : QString(u": " + r.reason.text())) << '\n';
    }
    if (c->purchaseDeadline)
        out << '\n' << c->purchase.text() << '\n';
    if (!c->requests.isEmpty())
        out << '\n' << CtlContext::tr("Permintaan ke sistem pendaftaran:") << '\n';
    for (const Bilingual& r : c->requests)
        out << "  " << r.text() << '\n';
    return kOk;
}

int reveal(CtlContext& ctx)
{
    const auto reason = ctx.option(QStringLiteral("reason"));
    if (!ctx.finishArguments() || ctx.positional().size() != 4)
        return ctx.usage(ctx.argumentError().isEmpty()
                             ? QStringLiteral("usage: applicant reveal ID nik|kk|email|phone --reason TEXT")
                             : ctx.argumentError());
    bool ok = true;
    const qint64 id = ctx.positional().at(2).toLongLong(&ok);
    const auto field = revealFieldFromName(ctx.positional().at(3));
    if (!ok || !field)
        return ctx.usage(QStringLiteral("usage: applicant reveal ID nik|kk|email|phone --reason TEXT"));
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    LookupService lookup(ctx.workspace().value()->db(), session.value());
    const auto value = lookup.reveal(id, *field, reason.value_or(QString()));
    if (!value)
        return ctx.fail(value.error());
    ctx.out() << value.value() << '\n';
    return kOk;
}

int request(CtlContext& ctx)
{
    const auto note = ctx.option(QStringLiteral("note"));
    const auto name = ctx.option(QStringLiteral("name"));
    const QString usage
        = QStringLiteral("usage: applicant request ID resend_verification_email|recheck_nik|correct_name"
                         " [--name NEW] [--note TEXT]");
    if (!ctx.finishArguments() || ctx.positional().size() != 4)
        return ctx.usage(ctx.argumentError().isEmpty() ? usage : ctx.argumentError());
    bool ok = true;
    const qint64 id = ctx.positional().at(2).toLongLong(&ok);
    const auto kind = requestKindFromName(ctx.positional().at(3));
    if (!ok || !kind)
        return ctx.usage(usage);
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const auto raised = RequestService(ctx.workspace().value()->db(), session.value())
                            .raise(id, *kind, note.value_or(QString()), name.value_or(QString()));
    if (!raised)
        return ctx.fail(raised.error());
    ctx.out() << CtlContext::tr("permintaan %1").arg(raised.value()) << '\n';
    return kOk;
}

int outboxExport(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    const auto since = ctx.option(QStringLiteral("since"));
    bool ok = true;
    const qint64 sinceId = since ? since->toLongLong(&ok) : -1;
    if (!ctx.finishArguments() || ctx.positional().size() != 2 || !ok || sinceId < 0)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: outbox export --since ID [--json]")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const auto rows = RequestService(ctx.workspace().value()->db(), session.value()).exportSince(sinceId);
    if (!rows)
        return ctx.fail(rows.error());
    for (const OutboxExport& e : rows.value()) {
        if (json) {
            QJsonObject o{{QStringLiteral("id"), e.id},
                          {QStringLiteral("applicant"), e.applicantId},
                          {QStringLiteral("nik"), e.nik},
                          {QStringLiteral("kind"), e.kind},
                          {QStringLiteral("note"), e.note},
                          {QStringLiteral("operator"), e.operatorName},
                          {QStringLiteral("at"), Timestamp::toIsoWib(e.createdAt)}};
            if (!e.newName.isEmpty())
                o.insert(QStringLiteral("new_name"), e.newName);
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
        } else {
            ctx.out() << e.id << '\t' << e.applicantId << '\t' << e.nik << '\t' << e.kind << '\t' << e.newName << '\t'
                      << e.note << '\t' << e.operatorName << '\t' << Timestamp::toIsoWib(e.createdAt) << '\n';
        }
    }
    return kOk;
}

int referenceCoverage(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: reference coverage [--json]")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const auto rows = ReferenceService(ctx.workspace().value()->db(), session.value()).coverage();
    if (!rows)
        return ctx.fail(rows.error());
    if (json) {
        QJsonArray out;
        for (const CoverageRow& r : rows.value())
            out.append(QJsonObject{{QStringLiteral("list"), referenceListName(static_cast<ReferenceList>(r.list))},
                                   {QStringLiteral("source"), r.source},
                                   {QStringLiteral("listed"), r.listed},
                                   {QStringLiteral("registered"), r.registered},
                                   {QStringLiteral("verified"), r.verified},
                                   {QStringLiteral("joined_wave"), r.joined},
                                   {QStringLiteral("selected"), r.selected}});
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return kOk;
    }
    ctx.out() << QStringList{CtlContext::tr("daftar"),
                             CtlContext::tr("sumber"),
                             CtlContext::tr("tercatat"),
                             CtlContext::tr("mendaftar"),
                             CtlContext::tr("NIK terverifikasi"),
                             CtlContext::tr("ikut gelombang"),
                             CtlContext::tr("terpilih")}
                     .join(u'\t')
              << '\n';
    for (const CoverageRow& r : rows.value())
        ctx.out() << referenceListName(static_cast<ReferenceList>(r.list)) << '\t'
                  << (r.source.isEmpty() ? CtlContext::tr("(tidak dicatat)") : r.source) << '\t'
                  << CtlContext::number(r.listed) << '\t' << CtlContext::number(r.registered) << '\t'
                  << CtlContext::number(r.verified) << '\t' << CtlContext::number(r.joined) << '\t'
                  << CtlContext::number(r.selected) << '\n';
    return kOk;
}

int referenceImports(CtlContext& ctx)
{
    const bool json = ctx.flag(QStringLiteral("json"));
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: reference imports [--json]")
                                                       : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    const auto rows = ReferenceService(ctx.workspace().value()->db(), session.value()).history();
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray out;
    for (const ImportHistoryRow& h : rows.value()) {
        const ReferenceImport& i = h.import;
        if (json) {
            QJsonObject o{{QStringLiteral("id"), i.id},
                          {QStringLiteral("at"), Timestamp::toIsoWib(i.at)},
                          {QStringLiteral("list"), referenceListName(i.list)},
                          {QStringLiteral("source"), h.source},
                          {QStringLiteral("operator"), i.operatorName},
                          {QStringLiteral("added"), i.added},
                          {QStringLiteral("file"), i.file}};
            if (i.removedAt)
                o.insert(QStringLiteral("removed_at"), Timestamp::toIsoWib(i.removedAt));
            out.append(o);
            continue;
        }
        ctx.out() << i.id << '\t' << Timestamp::toIsoWib(i.at) << '\t' << referenceListName(i.list) << '\t'
                  << (h.source.isEmpty() ? QStringLiteral("-") : h.source) << '\t' << i.operatorName << '\t'
                  << CtlContext::number(i.added) << '\t' << i.file << '\t'
                  << (i.removedAt ? CtlContext::tr("dihapus %1").arg(Timestamp::toIsoWib(i.removedAt))
                                  : CtlContext::tr("berlaku"))
                  << '\n';
    }
    if (json)
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return kOk;
}

int indexNames(CtlContext& ctx)
{
    if (!ctx.finishArguments() || ctx.positional().size() != 2)
        return ctx.usage(ctx.argumentError().isEmpty() ? QStringLiteral("usage: index names") : ctx.argumentError());
    auto session = ctx.signIn();
    if (!session)
        return ctx.fail(session.error());
    LookupService lookup(ctx.workspace().value()->db(), session.value());
    const auto done = lookup.catchUpNameIndex([&ctx](qint64 n, qint64 total) {
        ctx.err() << '\r' << CtlContext::number(n) << " / " << CtlContext::number(total) << Qt::flush;
        return true;
    });
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << CtlContext::tr("indeks nama: %1 pendaftar terindeks").arg(CtlContext::number(done.value())) << '\n';
    return kOk;
}

} // namespace

QList<Command> lookupCommands()
{
    return {
        {{QStringLiteral("lookup")},
         lookup,
         "lookup --nik|--phone|--email|--name X   find applicants (masked; audited) [--limit N] [--json]"},
        {{QStringLiteral("applicant"), QStringLiteral("card")},
         card,
         "applicant card ID [--json]      the applicant card: timeline, waves explained, eligibility now"},
        {{QStringLiteral("applicant"), QStringLiteral("reveal")},
         reveal,
         "applicant reveal ID FIELD --reason TEXT   one field in plain text (audited)"},
        {{QStringLiteral("applicant"), QStringLiteral("request")},
         request,
         "applicant request ID KIND [--name NEW] [--note T]   raise a request for the registration system",
         "KIND is resend_verification_email, recheck_nik or correct_name (which needs --name, the\n"
         "correct spelling). --note: what the caller said (at most 500 characters). The request is\n"
         "recorded in the outbox for the registration system; it changes nothing here. Needs\n"
         "add_applicant_note; audited as request.raise.\n"},
        {{QStringLiteral("outbox"), QStringLiteral("export")},
         outboxExport,
         "outbox export --since ID [--json]   requests past ID, in order (the registration system's pickup)",
         "Prints the requests with an id above ID in id order, one per line (tab-separated: id,\n"
         "applicant, NIK, kind, new name, note, agent, time in WIB; or one JSON object per line with\n"
         "--json), at most 10,000 per call. Keep the last id printed and pass it as --since next\n"
         "time: each request is then taken exactly once. The first collection of each request is\n"
         "recorded and shown on the applicant card. Needs export_data; audited as outbox.export.\n"},
        {{QStringLiteral("reference"), QStringLiteral("coverage")},
         referenceCoverage,
         "reference coverage [--json]     per list and source: listed, registered, verified, joined, selected",
         "One row per reference list and source (who collected it, from 'import reference … --source'):\n"
         "how many NIKs it lists, and of them how many registered, had the NIK verified, joined a wave\n"
         "and were selected (announced participants). Counts only. Needs view_waves.\n"},
        {{QStringLiteral("reference"), QStringLiteral("imports")},
         referenceImports,
         "reference imports [--json]      the lists' import history with each import's source",
         "Newest first: id, time (WIB), list, source ('-' when not recorded), operator, NIKs added,\n"
         "file, and whether it is in force or was removed. Needs import_reference.\n"},
        {{QStringLiteral("index"), QStringLiteral("names")},
         indexNames,
         "index names                     bring the name-token index up to date"},
    };
}

} // namespace prakerja::ctl
