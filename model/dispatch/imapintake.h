// Email replies over IMAP (libcurl): unseen messages of the configured mailbox, matched to their
// item by In-Reply-To/References naming the item's Message-ID; delivery-status notifications
// (bounces) by the original's Message-ID anywhere in the report.
#pragma once

#include "channelaccounts.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace Touchline {

class ImapIntake
{
public:
    struct Message
    {
        QString uid;
        QString messageId; // of the incoming message (the event id)
        QString itemId;    // the item it answers; empty when none of ours
        QString outcome;   // replied | bounced
    };
    // Reads one raw RFC 5322 message.
    static Message classify(const QByteArray &raw);

    // Fetches the unseen messages (fetching marks them seen). False with error on failure.
    bool fetch(const ChannelAccount &account,
               const QString &password,
               QVector<Message> *messages,
               QString *error);
};

} // namespace Touchline
