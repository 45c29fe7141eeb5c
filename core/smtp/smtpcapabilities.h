#pragma once

#include "smtp/smtpreply.h"

#include <QList>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Postaci {

// The service extensions a server announced in its EHLO reply (RFC 5321 §4.1.1.1): one keyword
// per line after the first, with optional parameters. Keywords are case-insensitive and kept in
// upper case. The legacy "AUTH=PLAIN LOGIN" form (pre-RFC 4954 Outlook clients) counts as AUTH.
class SmtpCapabilities
{
public:
    static SmtpCapabilities fromEhloReply(const SmtpReply &reply);

    bool isEmpty() const { return m_entries.isEmpty(); }
    QStringList keywords() const; // upper case, in the server's order, without duplicates
    QStringList lines() const; // keyword and parameters as announced (keyword upper-cased)
    bool has(const QString &keyword) const;
    QStringList parameters(const QString &keyword) const; // as sent (AUTH mechanisms: upper case)

    bool hasStartTls() const { return has(u"STARTTLS"_s); }
    bool hasAuth() const { return !m_authMechanisms.isEmpty() || has(u"AUTH"_s); }
    QStringList authMechanisms() const { return m_authMechanisms; } // upper case
    bool supportsAuthMechanism(const QString &mechanism) const;
    bool hasSize() const { return has(u"SIZE"_s); }
    qint64 maxSize() const; // RFC 1870: 0 (or absent) means no fixed limit announced
    bool hasPipelining() const { return has(u"PIPELINING"_s); }
    bool hasChunking() const { return has(u"CHUNKING"_s); }
    bool has8BitMime() const { return has(u"8BITMIME"_s); }
    bool hasSmtpUtf8() const { return has(u"SMTPUTF8"_s); }
    bool hasEnhancedStatusCodes() const { return has(u"ENHANCEDSTATUSCODES"_s); }
    bool hasDsn() const { return has(u"DSN"_s); }

private:
    struct Entry
    {
        QString keyword;
        QStringList parameters;
    };
    const Entry *find(const QString &keyword) const;

    QList<Entry> m_entries;
    QStringList m_authMechanisms;
};

} // namespace Postaci
