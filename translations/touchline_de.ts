<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli_report.cpp" line="44" />
        <location filename="../app/commandline.cpp" line="48" />
        <source>PostgreSQL URI (default: $TOUCHLINE_DB, else the embedded local database)</source>
        <translation>PostgreSQL-URI (Standard: $TOUCHLINE_DB, sonst die eingebettete lokale Datenbank)</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="50" />
        <location filename="../app/commandline.cpp" line="51" />
        <source>Print one JSON object on standard output.</source>
        <translation>Ein JSON-Objekt auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="50" />
        <source>set, list or remove</source>
        <translation>set, list oder remove</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="51" />
        <source>smtp, twilio, webhook or manual.</source>
        <translation>smtp, twilio, webhook oder manual.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="53" />
        <source>The server or API base URL (no user or password in it).</source>
        <translation>Die Server- oder API-Basis-URL (ohne Benutzer oder Passwort).</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="54" />
        <source>The sender: an email address or a number.</source>
        <translation>Der Absender: eine E-Mail-Adresse oder eine Nummer.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="55" />
        <source>The SMTP login.</source>
        <translation>Der SMTP-Login.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="56" />
        <source>The API account SID.</source>
        <translation>Die Account-SID der API.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="57" />
        <source>Upgrade smtp:// with STARTTLS (required).</source>
        <translation>smtp:// per STARTTLS absichern (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="58" />
        <source>At most N sends a second through this account.</source>
        <translation>Höchstens N Sendungen pro Sekunde über dieses Konto.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="59" />
        <source>Network timeout of a send.</source>
        <translation>Netzwerk-Timeout einer Sendung.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="61" />
        <source>Read the password, token or signing key from standard input and keep it in this computer's keychain.</source>
        <translation>Passwort, Token oder Signaturschlüssel von der Standardeingabe lesen und im Schlüsselbund dieses Computers speichern.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="64" />
        <source>Channel setting %1.</source>
        <translation>Kanaleinstellung %1.</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="66" />
        <source>Voice: the number a held human_agent call dials when LOGIN claims it (repeat for each agent).</source>
        <translation>Sprache: die Nummer, die ein gehaltener human_agent-Anruf wählt, wenn LOGIN ihn übernimmt (für jeden Agenten wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="85" />
        <source>usage: touchline channel set CLIENT CHANNEL --provider P …, channel list [--json] or channel remove CLIENT CHANNEL</source>
        <translation>Aufruf: touchline channel set CLIENT CHANNEL --provider P …, channel list [--json] oder channel remove CLIENT CHANNEL</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="88" />
        <source>channel set needs --provider (smtp, twilio, webhook or manual)</source>
        <translation>channel set erfordert --provider (smtp, twilio, webhook oder manual)</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="106" />
        <source>--agent %1: expected LOGIN=NUMBER</source>
        <translation>--agent %1: erwartet LOGIN=NUMMER</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="119" />
        <source>--%1 %2: expected a positive number</source>
        <translation>--%1 %2: erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="128" />
        <location filename="../app/cli_dispatch.cpp" line="155" />
        <source>channel %1 %2: %3</source>
        <translation>channel %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="140" />
        <source>cannot read the secret from standard input</source>
        <translation>Das Geheimnis kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="146" />
        <source>the account is saved, its secret is not: %1 (or set %2)</source>
        <translation>Das Konto ist gespeichert, sein Geheimnis nicht: %1 (oder setzen Sie %2)</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="189" />
        <source>(none): one pass; manual, mark-sent ID, retry ID, failed</source>
        <translation>(keine): ein Durchlauf; manual, mark-sent ID, retry ID, failed</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="212" />
        <source>unknown dispatch action "%1" (expected manual, mark-sent, retry or failed)</source>
        <translation>unbekannte dispatch-Aktion „%1“ (erwartet: manual, mark-sent, retry oder failed)</translation>
    </message>
    <message>
        <source>(none): one pass; mark-sent ID, retry ID, failed</source>
        <translation type="vanished">(keine): ein Durchlauf; mark-sent ID, retry ID, failed</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="191" />
        <source>Send what is due at TIME (default: the database's now()).</source>
        <translation>Senden, was zum Zeitpunkt TIME fällig ist (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="193" />
        <source>Seconds an item stays claimed by this pass (default 120).</source>
        <translation>Sekunden, die eine Sendung von diesem Durchlauf übernommen bleibt (Standard: 120).</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="196" />
        <source>Items claimed at a time (default 50).</source>
        <translation>Gleichzeitig übernommene Sendungen (Standard: 50).</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="208" />
        <source>--lease and --batch take positive numbers</source>
        <translation>--lease und --batch erwarten positive Zahlen</translation>
    </message>
    <message>
        <source>unknown dispatch action "%1" (expected mark-sent, retry or failed)</source>
        <translation type="vanished">unbekannte dispatch-Aktion „%1“ (erwartet: mark-sent, retry oder failed)</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="216" />
        <source>dispatch %1 takes exactly one item id</source>
        <translation>dispatch %1 erwartet genau eine Sendungs-ID</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="243" />
        <source>Send by hand: %1 (%2), %3 step %4 on %5</source>
        <translation>Von Hand senden: %1 (%2), %3 Schritt %4 über %5</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="249" />
        <source>  Profile: %1</source>
        <translation>  Profil: %1</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="251" />
        <source>  Subject: %1</source>
        <translation>  Betreff: %1</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="252" />
        <source>  Text:</source>
        <translation>  Text:</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="255" />
        <source>  Once sent: touchline dispatch mark-sent %1</source>
        <translation>  Nach dem Senden: touchline dispatch mark-sent %1</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="258" />
        <source>nothing to send by hand</source>
        <translation>nichts von Hand zu senden</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="299" />
        <source>sent %1, failed %2, retrying %3, by hand %4</source>
        <translation>%1 gesendet, %2 fehlgeschlagen, %3 in Wiederholung, %4 von Hand</translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="314" />
        <source>Record outcomes at TIME (default: the database's now()).</source>
        <translation>Ergebnisse zum Zeitpunkt TIME erfassen (Standard: now() der Datenbank).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_dispatch.cpp" line="333" />
        <source>%n outcome(s) recorded</source>
        <translation>
            <numerusform>%n Ergebnis erfasst</numerusform>
            <numerusform>%n Ergebnisse erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="195" />
        <source>unknown command "%1"</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="202" />
        <source>The flow definition to check.</source>
        <translation>Die zu prüfende Ablaufdefinition.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="206" />
        <source>validate takes exactly one FILE</source>
        <translation>validate erwartet genau ein FILE-Argument</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="227" />
        <location filename="../app/commandline.cpp" line="281" />
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="229" />
        <location filename="../app/commandline.cpp" line="283" />
        <location filename="../app/commandline.cpp" line="706" />
        <location filename="../app/commandline.cpp" line="779" />
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="234" />
        <source>%1: valid, %n campaign(s)</source>
        <translation>
            <numerusform>%1: gültig, %n Kampagne</numerusform>
            <numerusform>%1: gültig, %n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243" />
        <source>The flow definition to import.</source>
        <translation>Die zu importierende Ablaufdefinition.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="247" />
        <source>import takes exactly one FILE</source>
        <translation>import erwartet genau ein FILE-Argument</translation>
    </message>
    <message>
        <source>list, approve, reject, undo or fill</source>
        <translation type="vanished">list, approve, reject, undo oder fill</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="150" />
        <source>list, approve, reject, undo, claim or fill</source>
        <translation>list, approve, reject, undo, claim oder fill</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="151" />
        <source>Draft ids.</source>
        <translation>Entwurfs-IDs.</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="153" />
        <source>list: %1 (default open: awaiting a draft or pending review)</source>
        <translation>list: %1 (Standard: open, d. h. wartet auf einen Entwurf oder pending review)</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="156" />
        <source>list, approve --all: only this campaign.</source>
        <translation>list, approve --all: nur diese Kampagne.</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="157" />
        <source>approve: every draft pending review.</source>
        <translation>approve: alle Entwürfe im Status pending review.</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="158" />
        <source>reject: why, kept with the draft.</source>
        <translation>reject: die Begründung, wird mit dem Entwurf gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="159" />
        <source>fill: the subject.</source>
        <translation>fill: der Betreff.</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="161" />
        <source>fill: a file holding the body (- for standard input).</source>
        <translation>fill: eine Datei mit dem Text (- für die Standardeingabe).</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="162" />
        <source>claim: at most this many drafts (default 10).</source>
        <translation>claim: höchstens so viele Entwürfe (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="170" />
        <source>usage: touchline drafts list|approve|reject|undo|claim|fill …</source>
        <translation>Aufruf: touchline drafts list|approve|reject|undo|claim|fill …</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="174" />
        <source>drafts claim takes no ids, and --limit N with N at least 1</source>
        <translation>drafts claim nimmt keine IDs und --limit N mit N mindestens 1</translation>
    </message>
    <message>
        <source>usage: touchline drafts list|approve|reject|undo|fill …</source>
        <translation type="vanished">Aufruf: touchline drafts list|approve|reject|undo|fill …</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="180" />
        <source>--status %1: expected one of %2</source>
        <translation>--status %1: zulässig ist einer von %2</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="186" />
        <source>drafts approve needs draft ids or --all (not both)</source>
        <translation>drafts approve erfordert Entwurfs-IDs oder --all (nicht beides)</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="188" />
        <source>drafts %1 needs one or more draft ids</source>
        <translation>drafts %1 erfordert eine oder mehrere Entwurfs-IDs</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="190" />
        <source>drafts reject needs --reason TEXT</source>
        <translation>drafts reject erfordert --reason TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="192" />
        <source>drafts fill needs one draft id and --body-file F [--subject S]</source>
        <translation>drafts fill erfordert eine Entwurfs-ID und --body-file F [--subject S]</translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="200" />
        <location filename="../app/commandline.cpp" line="253" />
        <location filename="../app/commandline.cpp" line="597" />
        <location filename="../app/commandline.cpp" line="824" />
        <location filename="../app/commandline.cpp" line="1026" />
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>usage: touchline [--db URL]                 open the window
       touchline validate FILE.json [--json]
       touchline import FILE.json [--db URL] [--json]
       touchline export [-o FILE] [--campaign SLUG]... [--db URL]
       touchline db init [--demo] | migrate | status [--db URL] [--json]
       touchline db grant LOGIN ROLE... [--client ID]... [--all-clients]
       touchline contacts import FILE.csv [--client ID] [--encoding NAME] [--db URL] [--json]
       touchline contacts erase ID | export-person ID [-o FILE] [--db URL]
       touchline enroll --campaign SLUG (--contact ID ... | --contacts-file FILE)
                        [--goal G] [--notes TEXT] [--at TIME] [--json]
       touchline tick [--at TIME] [--batch N] [--json]
       touchline outcome (--item ID | --contact ID --campaign SLUG --step N)
                         --outcome NAME [--intent I] [--event-id KEY] [--at TIME]
                         [--json]
       touchline handoff list [--all] [--json] | approve ID --campaign SLUG...
                         [--goal G] [--notes T] | decline ID --reason R
       touchline campaign pause|resume SLUG [--at TIME]
       touchline campaign cap --client ID --channel CH --daily N
       touchline simulate --campaign SLUG [--contacts N] [--days D] [--seed S]
                          [--probabilities FILE] [--start TIME] [--keep] [--json]
       touchline drafts list [--status S] [--campaign SLUG] | approve ID...|--all [--campaign SLUG] | reject ID... --reason TEXT | undo ID... | fill ID [--subject S] --body-file F [--json]
       touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL] [--json]
       touchline channel set CLIENT CHANNEL --provider smtp|twilio|webhook|manual
                         [--url URL] [--from F] [--user U] [--account SID] [--starttls]
                         [--secret-stdin] … | channel list [--json] | remove CLIENT CH
       touchline dispatch [--at TIME] [--json] | mark-sent ID | retry ID | failed
       touchline poll [--at TIME] [--json]
       touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL]
                        [--revision N] [--channel CH] [--json]
TIME is ISO 8601 with an offset, e.g. 2026-03-02T09:00:00+01:00
exit codes: 0 ok, 1 rejected input, 2 usage or I/O error, 3 database unreachable</source>
        <translation type="vanished">Aufruf: touchline [--db URL]                Fenster öffnen
        touchline validate FILE.json [--json]
        touchline import FILE.json [--db URL] [--json]
        touchline export [-o FILE] [--campaign SLUG]... [--db URL]
        touchline db init [--demo] | migrate | status [--db URL] [--json]
        touchline db grant LOGIN ROLE... [--client ID]... [--all-clients]
        touchline contacts import FILE.csv [--client ID] [--encoding NAME] [--db URL] [--json]
        touchline contacts erase ID | export-person ID [-o FILE] [--db URL]
        touchline enroll --campaign SLUG (--contact ID ... | --contacts-file FILE)
                         [--goal G] [--notes TEXT] [--at TIME] [--json]
        touchline tick [--at TIME] [--batch N] [--json]
        touchline outcome (--item ID | --contact ID --campaign SLUG --step N)
                          --outcome NAME [--intent I] [--event-id KEY] [--at TIME]
                          [--json]
        touchline handoff list [--all] [--json] | approve ID --campaign SLUG...
                          [--goal G] [--notes T] | decline ID --reason R
        touchline campaign pause|resume SLUG [--at TIME]
        touchline campaign cap --client ID --channel CH --daily N
        touchline simulate --campaign SLUG [--contacts N] [--days D] [--seed S]
                           [--probabilities FILE] [--start TIME] [--keep] [--json]
        touchline drafts list [--status S] [--campaign SLUG] | approve ID...|--all [--campaign SLUG] | reject ID... --reason TEXT | undo ID... | fill ID [--subject S] --body-file F [--json]
        touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL] [--json]
        touchline channel set CLIENT CHANNEL --provider smtp|twilio|webhook|manual
                          [--url URL] [--from F] [--user U] [--account SID] [--starttls]
                          [--secret-stdin] … | channel list [--json] | remove CLIENT CH
        touchline dispatch [--at TIME] [--json] | mark-sent ID | retry ID | failed
        touchline poll [--at TIME] [--json]
        touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL]
                         [--revision N] [--channel CH] [--json]
TIME ist ISO 8601 mit UTC-Offset, z. B. 2026-03-02T09:00:00+01:00
Exit-Codes: 0 OK, 1 Eingabe abgelehnt, 2 Aufruf- oder E/A-Fehler, 3 Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="82" />
        <source>usage: touchline [--db URL]                 open the window
       touchline validate FILE.json [--json]
       touchline import FILE.json [--db URL] [--json]
       touchline export [-o FILE] [--campaign SLUG]... [--db URL]
       touchline db init [--demo] | migrate | status [--db URL] [--json]
       touchline db grant LOGIN ROLE... [--client ID]... [--all-clients]
       touchline contacts import FILE.csv [--client ID] [--encoding NAME] [--db URL] [--json]
       touchline contacts erase ID | export-person ID [-o FILE] [--db URL]
       touchline contacts quiet-hours CLIENT --from HH:MM --to HH:MM [--channel CH]
       touchline enroll --campaign SLUG (--contact ID ... | --contacts-file FILE)
                        [--goal G] [--notes TEXT] [--at TIME] [--json]
       touchline tick [--at TIME] [--batch N] [--json]
       touchline outcome (--item ID | --contact ID --campaign SLUG --step N)
                         --outcome NAME [--intent I] [--event-id KEY] [--at TIME]
                         [--json]
       touchline handoff list [--all] [--json] | approve ID --campaign SLUG...
                         [--goal G] [--notes T] | decline ID --reason R
       touchline campaign pause|resume SLUG [--at TIME]
       touchline campaign cap --client ID --channel CH --daily N
       touchline simulate --campaign SLUG [--contacts N] [--days D] [--seed S]
                          [--probabilities FILE] [--start TIME] [--keep] [--json]
       touchline drafts list [--status S] [--campaign SLUG] | approve ID...|--all [--campaign SLUG] | reject ID... --reason TEXT | undo ID... | claim [--limit N] [--campaign SLUG] | fill ID [--subject S] --body-file F [--json]
       touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL] [--json]
       touchline channel set CLIENT CHANNEL --provider smtp|twilio|webhook|manual
                         [--url URL] [--from F] [--user U] [--account SID] [--starttls]
                         [--secret-stdin] … | channel list [--json] | remove CLIENT CH
       touchline dispatch [--at TIME] [--json] | manual [--json] | mark-sent ID | retry ID | failed
       touchline poll [--at TIME] [--json]
       touchline crm sync --client ID [--url BASE] [--since-attribute SLUG] [--json]
       touchline crm set-key --client ID      (the Attio API key on standard input)
       touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL]
                        [--revision N] [--channel CH] [--json]
TIME is ISO 8601 with an offset, e.g. 2026-03-02T09:00:00+01:00
exit codes: 0 ok, 1 rejected input, 2 usage or I/O error, 3 database unreachable</source>
        <translation>Aufruf: touchline [--db URL]                Fenster öffnen
        touchline validate FILE.json [--json]
        touchline import FILE.json [--db URL] [--json]
        touchline export [-o FILE] [--campaign SLUG]... [--db URL]
        touchline db init [--demo] | migrate | status [--db URL] [--json]
        touchline db grant LOGIN ROLE... [--client ID]... [--all-clients]
        touchline contacts import FILE.csv [--client ID] [--encoding NAME] [--db URL] [--json]
        touchline contacts erase ID | export-person ID [-o FILE] [--db URL]
        touchline contacts quiet-hours CLIENT --from HH:MM --to HH:MM [--channel CH]
        touchline enroll --campaign SLUG (--contact ID ... | --contacts-file FILE)
                         [--goal G] [--notes TEXT] [--at TIME] [--json]
        touchline tick [--at TIME] [--batch N] [--json]
        touchline outcome (--item ID | --contact ID --campaign SLUG --step N)
                          --outcome NAME [--intent I] [--event-id KEY] [--at TIME]
                          [--json]
        touchline handoff list [--all] [--json] | approve ID --campaign SLUG...
                          [--goal G] [--notes T] | decline ID --reason R
        touchline campaign pause|resume SLUG [--at TIME]
        touchline campaign cap --client ID --channel CH --daily N
        touchline simulate --campaign SLUG [--contacts N] [--days D] [--seed S]
                           [--probabilities FILE] [--start TIME] [--keep] [--json]
        touchline drafts list [--status S] [--campaign SLUG] | approve ID...|--all [--campaign SLUG] | reject ID... --reason TEXT | undo ID... | claim [--limit N] [--campaign SLUG] | fill ID [--subject S] --body-file F [--json]
        touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL] [--json]
        touchline channel set CLIENT CHANNEL --provider smtp|twilio|webhook|manual
                          [--url URL] [--from F] [--user U] [--account SID] [--starttls]
                          [--secret-stdin] … | channel list [--json] | remove CLIENT CH
        touchline dispatch [--at TIME] [--json] | manual [--json] | mark-sent ID | retry ID | failed
        touchline poll [--at TIME] [--json]
        touchline crm sync --client ID [--url BASE] [--since-attribute SLUG] [--json]
        touchline crm set-key --client ID      (the Attio API key on standard input)
        touchline report --campaign SLUG [--from TIME --to TIME] [--replica-db URL]
                         [--revision N] [--channel CH] [--json]
TIME ist ISO 8601 mit UTC-Offset, z. B. 2026-03-02T09:00:00+01:00
Exit-Codes: 0 OK, 1 Eingabe abgelehnt, 2 Aufruf- oder E/A-Fehler, 3 Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="126" />
        <source>       touchline db archive [--older-than DAYS | --set-retention DAYS] [--batch N] [--at TIME] [--json]</source>
        <translation>       touchline db archive [--older-than TAGE | --set-retention TAGE] [--batch N] [--at ZEIT] [--json]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="285" />
        <source>%1 is invalid: nothing was imported</source>
        <translation>%1 ist ungültig: Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="296" />
        <source>import of %1 failed, nothing was written: %2</source>
        <translation>Import von %1 fehlgeschlagen, es wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="312" />
        <source>imported %1 into %2: %3 created, %4 updated, %5 unchanged</source>
        <translation>%1 in %2 importiert: %3 angelegt, %4 aktualisiert, %5 unverändert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="327" />
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="328" />
        <source>Export only this campaign (repeatable).</source>
        <translation>Nur diese Kampagne exportieren (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="332" />
        <source>export takes no FILE argument; use -o FILE</source>
        <translation>export erwartet kein FILE-Argument; verwenden Sie -o FILE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="354" />
        <source>note: %1 routes %2 to %3, which is not in this export; import resolves it from the database</source>
        <translation>Hinweis: %1 leitet %2 an %3 weiter, das nicht in diesem Export enthalten ist; import löst es aus der Datenbank auf</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="368" />
        <location filename="../app/commandline.cpp" line="929" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="382" />
        <source>db init: also load the demo flows into an empty database.</source>
        <translation>db init: zusätzlich die Demo-Abläufe in eine leere Datenbank laden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="383" />
        <source>init, migrate or status</source>
        <translation>init, migrate oder status</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="388" />
        <source>db needs one action: init, migrate or status</source>
        <translation>db erwartet eine Aktion: init, migrate oder status</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="391" />
        <source>unknown db action "%1" (expected init, migrate or status)</source>
        <translation>unbekannte db-Aktion „%1“ (erwartet: init, migrate oder status)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="412" />
        <source>cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="474" />
        <source>database: %1 (PostgreSQL %2)</source>
        <translation>Datenbank: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="478" />
        <source>applied migration %1</source>
        <translation>Migration %1 angewendet</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="479" />
        <source>schema version %1 of %2%3</source>
        <translation>Schemaversion %1 von %2%3</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="482" />
        <source>: the database is newer than this Touchline</source>
        <translation>: Die Datenbank ist neuer als diese Touchline-Version</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="484" />
        <source>: %1 pending, run touchline db migrate</source>
        <translation>: %1 ausstehend, führen Sie touchline db migrate aus</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="485" />
        <source>, up to date</source>
        <translation>, aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="488" />
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="490" />
        <source>demo flows loaded</source>
        <translation>Demo-Abläufe geladen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="579" />
        <source>Database connections enrolling a file's chunks at once (1 or 2, default 2).</source>
        <translation>Datenbankverbindungen, die die Abschnitte einer Datei gleichzeitig einschreiben (1 oder 2, Standard 2).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="588" />
        <source>--connections %1: expected 1 or 2</source>
        <translation>--connections %1: erwartet wird 1 oder 2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="632" />
        <source>cannot write a temporary file: %1</source>
        <translation>temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="731" />
        <source>The outbound item the outcome answers.</source>
        <translation>Die ausgehende Sendung, auf die das Ergebnis antwortet.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="732" />
        <source>The contact id (with --campaign and --step).</source>
        <translation>Die Kontakt-ID (mit --campaign und --step).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="734" />
        <source>The step number: its latest item.</source>
        <translation>Die Schrittnummer: ihre neueste Sendung.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="742" />
        <source>outcome needs --outcome</source>
        <translation>outcome erfordert --outcome</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="746" />
        <source>outcome takes --item or --contact, --campaign and --step, not both</source>
        <translation>outcome erwartet --item oder --contact, --campaign und --step, nicht beides</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="751" />
        <source>outcome needs --item, or --%1 with --contact, --campaign and --step</source>
        <translation>outcome erfordert --item oder --%1 mit --contact, --campaign und --step</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="805" />
        <source>The client every row must belong to.</source>
        <translation>Der Kunde, zu dem jede Zeile gehören muss.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="806" />
        <source>Write the export to FILE.</source>
        <translation>Den Export in FILE schreiben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="808" />
        <source>The file's encoding when it is not UTF-8 (such as windows-1252).</source>
        <translation>Die Kodierung der Datei, wenn sie nicht UTF-8 ist (z. B. windows-1252).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="810" />
        <source>quiet-hours: voice or sms (default: both).</source>
        <translation>quiet-hours: voice oder sms (Standard: beide).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="812" />
        <source>quiet-hours: calls and texts from this local time (HH:MM).</source>
        <translation>quiet-hours: Anrufe und SMS ab dieser Ortszeit (HH:MM).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="813" />
        <source>quiet-hours: until this local time (HH:MM).</source>
        <translation>quiet-hours: bis zu dieser Ortszeit (HH:MM).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="821" />
        <source>usage: touchline contacts import FILE.csv [--client ID] [--encoding NAME]</source>
        <translation>Aufruf: touchline contacts import FILE.csv [--client ID] [--encoding NAME]</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="853" />
        <source>%1 was refused: nothing was imported</source>
        <translation>%1 wurde abgewiesen: Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="857" />
        <source>imported %1: %2 created, %3 updated, %4 refused</source>
        <translation>%1 importiert: %2 angelegt, %3 aktualisiert, %4 abgewiesen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="874" />
        <source>contacts quiet-hours needs --from HH:MM and --to HH:MM</source>
        <translation>contacts quiet-hours erfordert --from HH:MM und --to HH:MM</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="885" />
        <source>%1 %2: calls and texts only from %3 to %4 in the contact's time zone</source>
        <translation>%1 %2: Anrufe und SMS nur von %3 bis %4 in der Zeitzone des Kontakts</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="897" />
        <source>usage: touchline contacts import FILE.csv | erase ID | export-person ID | quiet-hours CLIENT --from HH:MM --to HH:MM [--channel voice|sms]</source>
        <translation>Aufruf: touchline contacts import FILE.csv | erase ID | export-person ID | quiet-hours CLIENT --from HH:MM --to HH:MM [--channel voice|sms]</translation>
    </message>
    <message>
        <source>usage: touchline contacts import FILE.csv | erase ID | export-person ID</source>
        <translation type="vanished">Aufruf: touchline contacts import FILE.csv | erase ID | export-person ID</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="913" />
        <source>erased %1: its history stays as %2</source>
        <translation>%1 gelöscht: der Verlauf bleibt als %2 erhalten</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1122" />
        <source>kept the scratch database %1; the dashboard opens it from its data menu</source>
        <translation>Die temporäre Datenbank %1 wurde behalten; das Dashboard öffnet sie über sein Daten-Menü</translation>
    </message>
    <message>
        <source>usage: touchline [--db URL]                 open the window
       touchline validate FILE.json [--json]
       touchline import FILE.json [--db URL] [--json]
       touchline export [-o FILE] [--campaign SLUG]... [--db URL]
       touchline db init [--demo] | migrate | status [--db URL] [--json]
       touchline contacts import FILE.csv [--db URL] [--json]
       touchline enroll --campaign SLUG (--contact ID ... | --contacts-file FILE)
                        [--goal G] [--notes TEXT] [--at TIME] [--json]
       touchline tick [--at TIME] [--batch N] [--json]
       touchline outcome --contact ID --campaign SLUG --step N --outcome NAME
                         [--intent I] [--at TIME] [--json]
       touchline campaign pause|resume SLUG [--at TIME]
       touchline campaign cap --client ID --channel CH --daily N
       touchline simulate --campaign SLUG [--contacts N] [--days D] [--seed S]
                          [--probabilities FILE] [--start TIME] [--keep] [--json]
TIME is ISO 8601 with an offset, e.g. 2026-03-02T09:00:00+01:00
exit codes: 0 ok, 1 rejected input, 2 usage or I/O error, 3 database unreachable</source>
        <translation type="vanished">Aufruf: touchline [--db URL]                Fenster öffnen
        touchline validate FILE.json [--json]
        touchline import FILE.json [--db URL] [--json]
        touchline export [-o FILE] [--campaign SLUG]... [--db URL]
        touchline db init [--demo] | migrate | status [--db URL] [--json]
        touchline contacts import FILE.csv [--db URL] [--json]
        touchline enroll --campaign SLUG (--contact ID ... | --contacts-file FILE)
                         [--goal G] [--notes TEXT] [--at TIME] [--json]
        touchline tick [--at TIME] [--batch N] [--json]
        touchline outcome --contact ID --campaign SLUG --step N --outcome NAME
                          [--intent I] [--at TIME] [--json]
        touchline campaign pause|resume SLUG [--at TIME]
        touchline campaign cap --client ID --channel CH --daily N
        touchline simulate --campaign SLUG [--contacts N] [--days D] [--seed S]
                           [--probabilities FILE] [--start TIME] [--keep] [--json]
TIME ist ISO 8601 mit UTC-Offset, z. B. 2026-03-02T09:00:00+01:00
Exit-Codes: 0 OK, 1 Eingabe abgelehnt, 2 Aufruf- oder E/A-Fehler, 3 Datenbank nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="500" />
        <source>--%1 %2: expected an ISO 8601 time with its offset, e.g. 2026-03-02T09:00:00+01:00 or 2026-03-02T08:00:00Z</source>
        <translation>--%1 %2: erwartet wird eine ISO-8601-Zeit mit UTC-Offset, z. B. 2026-03-02T09:00:00+01:00 oder 2026-03-02T08:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="572" />
        <source>The campaign to enroll into.</source>
        <translation>Die Kampagne, in die aufgenommen wird.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="573" />
        <source>A contact id (repeatable).</source>
        <translation>Eine Kontakt-ID (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="574" />
        <source>A file of contact ids, one per line.</source>
        <translation>Eine Datei mit Kontakt-IDs, eine pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="575" />
        <source>awareness, pipeline, credibility or marketing_relief.</source>
        <translation>awareness, pipeline, credibility oder marketing_relief.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="576" />
        <source>The exec gate's routing note.</source>
        <translation>Der Routing-Hinweis für die Management-Freigabe.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="577" />
        <source>Enrollment time (default: the database's now()).</source>
        <translation>Aufnahmezeitpunkt (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="585" />
        <source>enroll needs --campaign and --contact or --contacts-file</source>
        <translation>enroll erfordert --campaign sowie --contact oder --contacts-file</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="645" />
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="675" />
        <source>enrolled %n contact(s) in %1</source>
        <translation>
            <numerusform>%n Kontakt in %1 aufgenommen</numerusform>
            <numerusform>%n Kontakte in %1 aufgenommen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="685" />
        <source>Scheduler time (default: the database's now()).</source>
        <translation>Zeitpunkt für den Planer (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="687" />
        <source>Enrollments claimed per transaction (default 1000).</source>
        <translation>Pro Transaktion übernommene Aufnahmen (Standard: 1000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="696" />
        <source>--batch %1: expected a positive number</source>
        <translation>--batch %1: erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="717" />
        <source>fired %1, exited %2, enrolled %3, postponed %4</source>
        <translation>%1 ausgelöst, %2 ausgestiegen, %3 aufgenommen, %4 verschoben</translation>
    </message>
    <message>
        <source>The contact id.</source>
        <translation type="vanished">Die Kontakt-ID.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="733" />
        <source>The campaign slug.</source>
        <translation>Der Slug der Kampagne.</translation>
    </message>
    <message>
        <source>The step number the outcome belongs to.</source>
        <translation type="vanished">Die Nummer des Schritts, zu dem das Ergebnis gehört.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="735" />
        <source>The outcome, e.g. replied, busy, live_answer.</source>
        <translation>Das Ergebnis, z. B. replied, busy, live_answer.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="736" />
        <source>A reply's intent, e.g. meeting_booked.</source>
        <translation>Die Absicht einer Antwort, z. B. meeting_booked.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="737" />
        <source>Idempotency key: a repeat changes nothing.</source>
        <translation>Idempotenzschlüssel: eine Wiederholung ändert nichts.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="738" />
        <source>When it happened (default: the database's now()).</source>
        <translation>Zeitpunkt des Ereignisses (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <source>outcome needs --%1</source>
        <translation type="vanished">outcome erfordert --%1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="760" />
        <source>--step %1: expected a step number (1, 2, …)</source>
        <translation>--step %1: erwartet wird eine Schrittnummer (1, 2, …)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="803" />
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="804" />
        <source>A CSV file with a header line.</source>
        <translation>Eine CSV-Datei mit Kopfzeile.</translation>
    </message>
    <message>
        <source>usage: touchline contacts import FILE.csv</source>
        <translation type="vanished">Aufruf: touchline contacts import FILE.csv</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad row(s): nothing was imported</source>
        <translation type="vanished">
            <numerusform>%1 enthält %n fehlerhafte Zeile: Es wurde nichts importiert</numerusform>
            <numerusform>%1 enthält %n fehlerhafte Zeilen: Es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>imported %1: %2 created, %3 updated</source>
        <translation type="vanished">%1 importiert: %2 angelegt, %3 aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="939" />
        <source>pause, resume or cap</source>
        <translation>pause, resume oder cap</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="940" />
        <source>When (default: the database's now()).</source>
        <translation>Zeitpunkt (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="941" />
        <source>cap: the client id.</source>
        <translation>cap: die Kunden-ID.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="942" />
        <source>cap: the channel.</source>
        <translation>cap: der Kanal.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="943" />
        <source>cap: touches per day.</source>
        <translation>cap: Ansprachen pro Tag.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="950" />
        <source>usage: touchline campaign pause|resume SLUG, or campaign cap --client ID --channel CH --daily N</source>
        <translation>Aufruf: touchline campaign pause|resume SLUG oder campaign cap --client ID --channel CH --daily N</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="966" />
        <source>campaign cap needs --client ID, --channel (%1) and --daily N &gt;= 0</source>
        <translation>campaign cap erfordert --client ID, --channel (%1) und --daily N &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="987" />
        <source>The campaign to enroll the simulated contacts in.</source>
        <translation>Die Kampagne, in die die simulierten Kontakte aufgenommen werden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="988" />
        <source>How many contacts (default 1000).</source>
        <translation>Anzahl der Kontakte (Standard: 1000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="989" />
        <source>Virtual days to run (default 3).</source>
        <translation>Anzahl virtueller Tage (Standard: 3).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="991" />
        <source>Random seed (default 1): the same seed gives the same run.</source>
        <translation>Zufalls-Seed (Standard: 1): Derselbe Seed ergibt denselben Lauf.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="995" />
        <source>JSON file of outcome probabilities per step.</source>
        <translation>JSON-Datei mit Ergebniswahrscheinlichkeiten pro Schritt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="997" />
        <source>Virtual start time (default: next Monday 09:00 UTC).</source>
        <translation>Virtueller Startzeitpunkt (Standard: nächster Montag, 09:00 UTC).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="998" />
        <source>Keep the scratch database afterwards.</source>
        <translation>Die temporäre Datenbank anschließend behalten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1002" />
        <source>simulate needs --campaign SLUG</source>
        <translation>simulate erfordert --campaign SLUG</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1013" />
        <source>--contacts, --days and --seed take positive whole numbers</source>
        <translation>--contacts, --days und --seed erwarten positive ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1032" />
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="1089" />
        <source>simulated %1 contacts in %2 over %n day(s) from %3 (seed %4)</source>
        <translation>
            <numerusform>%1 Kontakte in %2 über %n Tag ab %3 simuliert (Seed %4)</numerusform>
            <numerusform>%1 Kontakte in %2 über %n Tage ab %3 simuliert (Seed %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1118" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1120" />
        <source>%1 virtual moments, %2 ms</source>
        <translation>%1 virtuelle Zeitpunkte, %2 ms</translation>
    </message>
    <message>
        <source>PostgreSQL URI of the database</source>
        <translation type="vanished">PostgreSQL-URI der Datenbank</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="16" />
        <source>Limit the login to this client (repeatable).</source>
        <translation>Den Login auf diesen Kunden beschränken (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="17" />
        <source>Lift the login's client limit.</source>
        <translation>Die Kundenbeschränkung des Logins aufheben.</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="18" />
        <source>grant</source>
        <translation>grant</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="19" />
        <source>the login (created when missing)</source>
        <translation>der Login (wird angelegt, falls er fehlt)</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="20" />
        <source>author, approver, supervisor, engine</source>
        <translation>author, approver, supervisor, engine</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="25" />
        <source>db grant needs a login and at least one role (%1)</source>
        <translation>db grant erfordert einen Login und mindestens eine Rolle (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="28" />
        <source>db grant: --client and --all-clients exclude each other</source>
        <translation>db grant: --client und --all-clients schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="36" />
        <source>unknown role "%1" (expected one of: %2)</source>
        <translation>unbekannte Rolle „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="50" />
        <source>%1 holds %2</source>
        <translation>%1 hat %2</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="53" />
        <source>; every client</source>
        <translation>; alle Kunden</translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="54" />
        <source>; limited to %1</source>
        <translation>; beschränkt auf %1</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="34" />
        <source>list: decided handoffs too.</source>
        <translation>list: auch entschiedene Übergaben.</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="35" />
        <source>approve: a campaign to enroll into (repeatable).</source>
        <translation>approve: eine Kampagne, in die aufgenommen wird (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="37" />
        <source>approve: awareness, pipeline, credibility or marketing_relief.</source>
        <translation>approve: awareness, pipeline, credibility oder marketing_relief.</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="38" />
        <source>approve: the routing note.</source>
        <translation>approve: die Routing-Notiz.</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="39" />
        <source>decline: why.</source>
        <translation>decline: die Begründung.</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="40" />
        <source>When it was decided (default: the database's now()).</source>
        <translation>Zeitpunkt der Entscheidung (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="41" />
        <source>list, approve ID or decline ID</source>
        <translation>list, approve ID oder decline ID</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="47" />
        <source>handoff needs list, approve ID or decline ID</source>
        <translation>handoff erfordert list, approve ID oder decline ID</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="49" />
        <source>handoff %1 needs the handoff's id</source>
        <translation>handoff %1 erfordert die ID der Übergabe</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="51" />
        <source>handoff approve needs at least one --campaign</source>
        <translation>handoff approve erfordert mindestens ein --campaign</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="53" />
        <source>handoff decline needs --reason</source>
        <translation>handoff decline erfordert --reason</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="79" />
        <source>%1  %2  %3 from %4 (suggested: %5) %6</source>
        <translation>%1  %2  %3 von %4 (vorgeschlagen: %5) %6</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="84" />
        <location filename="../app/cli_report.cpp" line="149" />
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="109" />
        <source>approved %1: enrolled in %2</source>
        <translation>%1 freigegeben: aufgenommen in %2</translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="112" />
        <source>declined %1</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="47" />
        <source>Read from this streaming replica (default: $TOUCHLINE_REPLICA_DB, else the database itself).</source>
        <translation>Von diesem Streaming-Replikat lesen (Standard: $TOUCHLINE_REPLICA_DB, sonst die Datenbank selbst).</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="51" />
        <source>The campaign to report on.</source>
        <translation>Die Kampagne, über die berichtet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="52" />
        <source>Start of the window (rounded down to the hour).</source>
        <translation>Beginn des Zeitraums (auf die volle Stunde abgerundet).</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="53" />
        <source>End of the window (rounded up to the hour).</source>
        <translation>Ende des Zeitraums (auf die volle Stunde aufgerundet).</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="54" />
        <source>Only enrollments on this revision.</source>
        <translation>Nur Aufnahmen auf dieser Revision.</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="55" />
        <source>Only steps on this channel.</source>
        <translation>Nur Schritte auf diesem Kanal.</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="60" />
        <source>report needs --campaign SLUG and no other argument</source>
        <translation>report erfordert --campaign SLUG und kein weiteres Argument</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="73" />
        <source>--from must be before --to</source>
        <translation>--from muss vor --to liegen</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="80" />
        <source>--revision %1: expected a positive number</source>
        <translation>--revision %1: erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="125" />
        <source>%1 (%2), client %3</source>
        <translation>%1 (%2), Kunde %3</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="130" />
        <source>step %1  %2  %3  fired %4</source>
        <translation>Schritt %1  %2  %3  ausgelöst %4</translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="149" />
        <source>enrollments: %1</source>
        <translation>Aufnahmen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="18" />
        <source>sync or set-key</source>
        <translation>sync oder set-key</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="19" />
        <source>The client whose Attio workspace to sync.</source>
        <translation>Der Kunde, dessen Attio-Arbeitsbereich abgeglichen wird.</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="22" />
        <source>Attio's API base URL (default %1).</source>
        <translation>Basis-URL der Attio-API (Standard %1).</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="25" />
        <source>The people timestamp attribute the pull is incremental on (default updated_at).</source>
        <translation>Das Zeitstempel-Attribut der Personen, nach dem inkrementell abgeholt wird (Standard updated_at).</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="32" />
        <source>usage: touchline crm sync --client ID [--url BASE] [--json] or touchline crm set-key --client ID (the key on standard input)</source>
        <translation>Aufruf: touchline crm sync --client ID [--url BASE] [--json] oder touchline crm set-key --client ID (der Schlüssel auf der Standardeingabe)</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="37" />
        <source>unknown crm action "%1" (expected sync or set-key)</source>
        <translation>unbekannte crm-Aktion „%1“ (erwartet: sync oder set-key)</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="45" />
        <source>cannot read the API key from standard input</source>
        <translation>der API-Schlüssel kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="51" />
        <source>the API key is not stored: %1 (or set %2)</source>
        <translation>der API-Schlüssel ist nicht gespeichert: %1 (oder %2 setzen)</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="68" />
        <source>--url %1: expected an http:// or https:// URL</source>
        <translation>--url %1: erwartet eine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="94" />
        <source>%1 pulled, %2 skipped, %3 notes written</source>
        <translation>%1 abgeholt, %2 übersprungen, %3 Notizen geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="28" />
        <source>Archive what ended more than DAYS ago (default: the stored retention).</source>
        <translation>Archiviert, was vor mehr als TAGE Tagen endete (Standard: die gespeicherte Aufbewahrungsfrist).</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="31" />
        <source>Store DAYS as the retention (used by later runs and the scheduler), then archive with it.</source>
        <translation>Speichert TAGE als Aufbewahrungsfrist (für spätere Läufe und den Scheduler) und archiviert damit.</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="34" />
        <source>Enrollments per transaction (default 1000).</source>
        <translation>Einschreibungen je Transaktion (Standard 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="36" />
        <source>Count the age from TIME (default: the database's now()).</source>
        <translation>Zählt das Alter ab ZEIT (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="37" />
        <source>archive</source>
        <translation>archive</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="41" />
        <source>db archive takes no further arguments</source>
        <translation>db archive nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="46" />
        <source>--older-than expects a number of days (0 or more), not "%1"</source>
        <translation>--older-than erwartet eine Anzahl Tage (0 oder mehr), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="53" />
        <source>--set-retention expects a number of days (1 or more), not "%1"</source>
        <translation>--set-retention erwartet eine Anzahl Tage (1 oder mehr), nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="56" />
        <source>db archive: --older-than and --set-retention exclude each other</source>
        <translation>db archive: --older-than und --set-retention schließen einander aus</translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="62" />
        <source>--batch expects a positive number, not "%1"</source>
        <translation>--batch erwartet eine positive Zahl, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_archive.cpp" line="88" />
        <source>archived what ended before %1 (%n day(s) ago):</source>
        <translation>
            <numerusform>archiviert, was vor %1 endete (vor %n Tag):</numerusform>
            <numerusform>archiviert, was vor %1 endete (vor %n Tagen):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="91" />
        <source>%1 enrollment(s), %2 item(s), %3 draft(s), %4 outcome(s), %5 task(s)</source>
        <translation>%1 Einschreibung(en), %2 Sendung(en), %3 Entwurf/Entwürfe, %4 Ergebnis(se), %5 Aufgabe(n)</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="64" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="70" />
        <source>no outcome yet</source>
        <translation>noch kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="75" />
        <source>Outcomes per step (share of events)</source>
        <translation>Ergebnisse pro Schritt (Anteil der Ereignisse)</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="76" />
        <source>Outcomes per step</source>
        <translation>Ergebnisse pro Schritt</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="109" />
        <source>Step and channel</source>
        <translation>Schritt und Kanal</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="112" />
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="116" />
        <source>Share of the step's events</source>
        <translation>Anteil an den Ereignissen des Schritts</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="126" />
        <source>Enrollment status</source>
        <translation>Aufnahmestatus</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="143" />
        <source>Funnel by step</source>
        <translation>Trichter nach Schritt</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="145" />
        <source>fired</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="147" />
        <source>engaged</source>
        <translation>interagiert</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="153" />
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="169" />
        <source>Contacts touched</source>
        <translation>Angesprochene Kontakte</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="177" />
        <source>Touches per day and channel</source>
        <translation>Ansprachen pro Tag und Kanal</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="178" />
        <source>Touches per hour and channel</source>
        <translation>Ansprachen pro Stunde und Kanal</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="186" />
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="186" />
        <source>Hour (UTC)</source>
        <translation>Stunde (UTC)</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="199" />
        <source>Touches</source>
        <translation>Ansprachen</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="232" />
        <source>Enrollments per running campaign</source>
        <translation>Aufnahmen pro laufender Kampagne</translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="261" />
        <source>Enrollments</source>
        <translation>Aufnahmen</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../app/passwordstore.cpp" line="27" />
        <source>the system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgewiesen: %1</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/main.cpp" line="139" />
        <location filename="../app/main.cpp" line="154" />
        <location filename="../app/main.cpp" line="158" />
        <location filename="../app/main.cpp" line="174" />
        <source>Touchline</source>
        <translation>Touchline</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169" />
        <location filename="../app/main.cpp" line="185" />
        <source>Touchline cannot open its database</source>
        <translation>Touchline kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175" />
        <source>The demo flows could not be loaded: %1</source>
        <translation>Die Demo-Abläufe konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Touchline</name>
    <message>
        <location filename="../model/connection.cpp" line="40" />
        <source>cannot start the embedded local database in %1: %2</source>
        <translation>Die eingebettete lokale Datenbank in %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="24" />
        <source>pooler=%1 in the database URI: expected transaction, session or none</source>
        <translation>pooler=%1 in der Datenbank-URI: erwartet wird transaction, session oder none</translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="47" />
        <source>%1 is not a PostgreSQL URI (expected postgresql://user@host:port/database)</source>
        <translation>%1 ist keine PostgreSQL-URI (erwartet: postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="129" />
        <source>embedded local database (%1)</source>
        <translation>eingebettete lokale Datenbank (%1)</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="195" />
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="247" />
        <source>not valid UTF-8: name the file's encoding (such as windows-1252) to convert it; nothing was imported</source>
        <translation>kein gültiges UTF-8: geben Sie die Kodierung der Datei an (z. B. windows-1252), um sie umzuwandeln; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="254" />
        <source>unknown encoding "%1"</source>
        <translation>unbekannte Kodierung „%1“</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="285" />
        <source>malformed CSV: %1</source>
        <translation>fehlerhaftes CSV: %1</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="293" />
        <source>malformed CSV: an unterminated quoted field</source>
        <translation>fehlerhaftes CSV: ein nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="297" />
        <source>the file is empty: expected a header line with id and client_id</source>
        <translation>Die Datei ist leer: erwartet wird eine Kopfzeile mit id und client_id</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="324" />
        <source>the header needs the columns id and client_id, it has: %1</source>
        <translation>Die Kopfzeile benötigt die Spalten id und client_id, vorhanden sind: %1</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="333" />
        <source>column %1 of the header is empty or repeated</source>
        <translation>Spalte %1 der Kopfzeile ist leer oder doppelt</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="413" />
        <source>id %1 belongs to another client; it is not moved to %2</source>
        <translation>ID %1 gehört einem anderen Kunden; sie wird nicht zu %2 verschoben</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="112" />
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="123" />
        <source>client_id is "%1", this import is for client "%2"</source>
        <translation>client_id ist „%1“, dieser Import ist für den Kunden „%2“</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="141" />
        <source>do_not_contact is "%1", expected true or false</source>
        <translation>do_not_contact ist „%1“, erwartet: true oder false</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="146" />
        <location filename="../model/crm/attioperson.cpp" line="71" />
        <source>unknown time zone "%1" (an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone „%1“ (erwartet wird ein IANA-Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="118" />
        <source>id is empty</source>
        <translation>id ist leer</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="152" />
        <location filename="../model/crm/attioperson.cpp" line="65" />
        <source>malformed email "%1"</source>
        <translation>fehlerhafte E-Mail-Adresse „%1“</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="158" />
        <location filename="../model/crm/attioperson.cpp" line="67" />
        <source>phone "%1" is not an international number (E.164, such as +49 30 1234567)</source>
        <translation>Telefonnummer „%1“ ist keine internationale Nummer (E.164, z. B. +49 30 1234567)</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="355" />
        <source>id %1 already appears on line %2</source>
        <translation>id %1 kommt bereits in Zeile %2 vor</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="126" />
        <source>client_id is empty</source>
        <translation>client_id ist leer</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="61" />
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert: Installieren Sie das Debian-Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="85" />
        <source>cannot connect to the database at %1: %2</source>
        <translation>Keine Verbindung zur Datenbank unter %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="41" />
        <source>the built-in demo flows do not validate</source>
        <translation>Die integrierten Demo-Abläufe sind ungültig</translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="45" />
        <source>demo flows</source>
        <translation>Demo-Abläufe</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="283" />
        <location filename="../model/handoffstore.cpp" line="255" />
        <source>unknown goal "%1" (expected one of: %2)</source>
        <translation>unbekanntes Ziel „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="440" />
        <location filename="../model/engine.cpp" line="729" />
        <location filename="../model/engineoutcomes.cpp" line="296" />
        <location filename="../model/simulator.cpp" line="919" />
        <source>no campaign with the slug %1</source>
        <translation>keine Kampagne mit dem Slug %1</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="445" />
        <source>campaign %1 is archived and takes no enrollments</source>
        <translation>Kampagne %1 ist archiviert und nimmt keine Kontakte auf</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="510" />
        <location filename="../model/engineoutcomes.cpp" line="298" />
        <source>no contact with the id %1</source>
        <translation>kein Kontakt mit der ID %1</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="512" />
        <source>%1 is marked do-not-contact</source>
        <translation>%1 ist als „Nicht kontaktieren“ markiert</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="514" />
        <source>%1 unsubscribed from %2</source>
        <translation>%1 hat sich von %2 abgemeldet</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="516" />
        <source>%1 is already active in %2</source>
        <translation>%1 ist bereits in %2 aktiv</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="518" />
        <source>%1 could not be enrolled</source>
        <translation>%1 konnte nicht aufgenommen werden</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="652" />
        <source>on_exit cycle %1 -&gt; %2: %3 left %2 less than a day ago and is not enrolled again; the exit from %1 stands</source>
        <translation>on_exit-Zyklus %1 -&gt; %2: %3 hat %2 vor weniger als einem Tag verlassen und wird nicht erneut aufgenommen; der Ausstieg aus %1 bleibt bestehen</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="475" />
        <source>unknown reply intent "%1" (expected one of: %2)</source>
        <translation>unbekannte Antwortabsicht „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="300" />
        <source>%1 has no active enrollment in %2</source>
        <translation>%1 hat keine aktive Aufnahme in %2</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="302" />
        <source>%1 has no step %2 (revision %3 has steps 1..%4)</source>
        <translation>%1 hat keinen Schritt %2 (Revision %3 hat die Schritte 1..%4)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="480" />
        <source>unknown outcome "%1" for step %2 of %3, a %4 step (expected one of: %5)</source>
        <translation>unbekanntes Ergebnis „%1“ für Schritt %2 von %3, einen %4-Schritt (zulässig: %5)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="308" />
        <source>step %1 of %2 has not fired yet for %3</source>
        <translation>Schritt %1 von %2 wurde für %3 noch nicht ausgelöst</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="585" />
        <location filename="../model/flowstore.cpp" line="738" />
        <source>exit %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="545" />
        <source>goto step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="246" />
        <location filename="../model/engineoutcomes.cpp" line="294" />
        <source>no outbound item with the id %1</source>
        <translation>keine ausgehende Sendung mit der ID %1</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="285" />
        <source>duplicate event %1: already recorded (the item is archived)</source>
        <translation>doppeltes Ereignis %1: bereits erfasst (die Sendung ist archiviert)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="290" />
        <source>outbound item %1 is archived (its enrollment ended more than the retention ago): the outcome is not recorded</source>
        <translation>Sendung %1 ist archiviert (ihre Einschreibung endete vor mehr als der Aufbewahrungsfrist): das Ergebnis wird nicht erfasst</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="478" />
        <source>%1 has no step %2</source>
        <translation>%1 hat keinen Schritt %2</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="534" />
        <source>recorded (the enrollment has ended)</source>
        <translation>erfasst (die Aufnahme ist beendet)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="535" />
        <source>recorded (a later step has fired since)</source>
        <translation>erfasst (seitdem wurde ein späterer Schritt ausgelöst)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="537" />
        <source>recorded; no step is left: the contact times out as no_engagement unless an outcome routes it</source>
        <translation>erfasst; es ist kein Schritt mehr übrig: der Kontakt läuft als no_engagement aus, sofern ihn kein Ergebnis weiterleitet</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="551" />
        <source>retry step %1 in %2 min (attempt %3 of %4)</source>
        <translation>Schritt %1 wird in %2 min wiederholt (Versuch %3 von %4)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="557" />
        <source>no retry left: moves on</source>
        <translation>keine Wiederholung mehr übrig: weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="575" />
        <source>handoff to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="602" />
        <source>reply recorded; the enrollment holds until the reply is classified (process_reply pending)</source>
        <translation>Antwort erfasst; die Aufnahme wartet, bis die Antwort klassifiziert ist (process_reply ausstehend)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="606" />
        <source>recorded (out of office)</source>
        <translation>erfasst (abwesend)</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="616" />
        <source>the sequence resumes at step %1</source>
        <translation>die Sequenz wird bei Schritt %1 fortgesetzt</translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="684" />
        <source>duplicate event %1: already recorded</source>
        <translation>doppeltes Ereignis %1: bereits erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/engineoutcomes.cpp" line="609" />
        <source>next touch pushed back %n day(s)</source>
        <translation>
            <numerusform>nächste Ansprache um %n Tag verschoben</numerusform>
            <numerusform>nächste Ansprache um %n Tage verschoben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="539" />
        <source>recorded; the sequence continues</source>
        <translation>erfasst; die Sequenz läuft weiter</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="129" />
        <location filename="../model/flowcodec.cpp" line="181" />
        <location filename="../model/flowcodec.cpp" line="250" />
        <location filename="../model/flowcodec.cpp" line="373" />
        <location filename="../model/flowcodec.cpp" line="455" />
        <location filename="../model/flowcodec.cpp" line="527" />
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="133" />
        <location filename="../model/flowcodec.cpp" line="468" />
        <location filename="../model/flowcodec.cpp" line="660" />
        <location filename="../model/flowcodec.cpp" line="672" />
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="138" />
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="143" />
        <source>must not contain NUL characters (\u0000)</source>
        <translation>darf keine NUL-Zeichen (\u0000) enthalten</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="162" />
        <location filename="../model/flowcodec.cpp" line="167" />
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="205" />
        <source>unknown %1 %2 (expected one of: %3)</source>
        <translation>unbekannter Wert für %1: %2 (zulässig: %3)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="214" />
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="226" />
        <source>missing required field (expected "%1")</source>
        <translation>Pflichtfeld fehlt (erwartet: "%1")</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="229" />
        <source>unknown format %1 (expected "%2")</source>
        <translation>unbekanntes Format %1 (erwartet: "%2")</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="235" />
        <source>missing required field (expected %1)</source>
        <translation>Pflichtfeld fehlt (erwartet: %1)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="238" />
        <source>unsupported version %1 (this Touchline reads version %2)</source>
        <translation>nicht unterstützte Version %1 (diese Touchline-Version liest Version %2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="252" />
        <location filename="../model/flowcodec.cpp" line="377" />
        <location filename="../model/flowcodec.cpp" line="458" />
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="256" />
        <source>the flow has no campaigns</source>
        <translation>der Ablauf enthält keine Kampagnen</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="262" />
        <location filename="../model/flowcodec.cpp" line="389" />
        <location filename="../model/flowcodec.cpp" line="417" />
        <location filename="../model/flowcodec.cpp" line="445" />
        <location filename="../model/flowcodec.cpp" line="515" />
        <location filename="../model/flowcodec.cpp" line="612" />
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="305" />
        <source>slug %1 must match ^[a-z0-9_]+$ (lower-case letters, digits, _)</source>
        <translation>Slug %1 muss ^[a-z0-9_]+$ entsprechen (Kleinbuchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="309" />
        <source>slug %1 is already used by campaigns[%2]</source>
        <translation>Slug %1 wird bereits von campaigns[%2] verwendet</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="321" />
        <source>campaign type</source>
        <translation>Kampagnentyp</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="326" />
        <source>owner_role</source>
        <translation>owner_role</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="331" />
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="337" />
        <location filename="../model/flowcodec.cpp" line="600" />
        <source>expected a boolean, got %1</source>
        <translation>Boolescher Wert erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="344" />
        <source>the exec gate is only for roles.bdr campaigns, this one is owned by %1</source>
        <translation>die Management-Freigabe gibt es nur für roles.bdr-Kampagnen, diese gehört zu %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="353" />
        <source>unknown drafter %1: expected template or external</source>
        <translation>unbekannter Drafter %1: erwartet: template oder external</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="365" />
        <location filename="../model/flowcodec.cpp" line="558" />
        <location filename="../model/flowcodec.cpp" line="563" />
        <location filename="../model/flowcodec.cpp" line="701" />
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="382" />
        <source>a campaign needs at least one step</source>
        <translation>eine Kampagne benötigt mindestens einen Schritt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="399" />
        <source>step %1 (day %2, +%3 min) is due before the step before it (day %4, +%5 min): delays must not decrease</source>
        <translation>Schritt %1 (Tag %2, +%3 min) ist vor dem vorherigen Schritt fällig (Tag %4, +%5 min): Verzögerungen dürfen nicht abnehmen</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="425" />
        <source>unknown exit reason %1 (expected one of: %2)</source>
        <translation>unbekannter Ausstiegsgrund %1 (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="433" />
        <source>expected a campaign slug or null, got %1</source>
        <translation>Kampagnen-Slug oder null erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="461" />
        <source>a send window needs at least one day</source>
        <translation>ein Versandfenster benötigt mindestens einen Tag</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="472" />
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="476" />
        <source>day %1 is listed twice</source>
        <translation>Tag %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="494" />
        <source>expected a time as HH:MM, got %1</source>
        <translation>Uhrzeit im Format HH:MM erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="503" />
        <source>the window must end after it starts (%1 is not after %2)</source>
        <translation>das Fenster muss nach seinem Beginn enden (%1 liegt nicht nach %2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="528" />
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="554" />
        <source>steps must be numbered 1..n in order: expected %1, got %2</source>
        <translation>Schritte müssen fortlaufend von 1..n nummeriert sein: erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="569" />
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="577" />
        <source>a handler is only for voice steps, this step's channel is %1</source>
        <translation>ein Bearbeiter ist nur für Anrufschritte vorgesehen, der Kanal dieses Schritts ist %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="582" />
        <source>handler</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="620" />
        <source>unknown outcome %1 for channel %2 (expected one of: %3)</source>
        <translation>unbekanntes Ergebnis %1 für Kanal %2 (zulässig: %3)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="640" />
        <source>expected an object such as {"goto": 2}, got %1</source>
        <translation>Objekt wie {"goto": 2} erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="646" />
        <source>expected exactly one of goto, exit, retry, handoff, got %1</source>
        <translation>genau eines von goto, exit, retry, handoff erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="647" />
        <source>an empty object</source>
        <translation>ein leeres Objekt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="666" />
        <source>exit reason</source>
        <translation>Ausstiegsgrund</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="678" />
        <source>handoff target</source>
        <translation>Übergabeziel</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="684" />
        <source>%1 is never redialled: route it to an exit or another step</source>
        <translation>%1 wird nie erneut angewählt: Leiten Sie es zu einem Ausstieg oder einem anderen Schritt weiter</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="690" />
        <source>expected an object {"after_minutes": M, "max_attempts": K}, got %1</source>
        <translation>Objekt {"after_minutes": M, "max_attempts": K} erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="707" />
        <source>must be at least 1, got %1</source>
        <translation>muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="725" />
        <source>goto to missing step %1 (the campaign has steps 1..%2)</source>
        <translation>goto zu nicht vorhandenem Schritt %1 (die Kampagne hat die Schritte 1..%2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="740" />
        <source>on_exit target %1 is not a campaign in this file%2</source>
        <translation>on_exit-Ziel %1 ist keine Kampagne in dieser Datei%2</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="743" />
        <source> or in the database</source>
        <translation> oder in der Datenbank</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="786" />
        <source>step %1 is unreachable: no path from step 1 leads to it</source>
        <translation>Schritt %1 ist nicht erreichbar: Kein Pfad von Schritt 1 führt dorthin</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="818" />
        <source>on_exit routes form a cycle: %1; the engine will not enroll a contact again in a campaign it left less than a day ago (the exit stands, with a warning)</source>
        <translation>on_exit-Routen bilden einen Zyklus: %1; die Engine nimmt einen Kontakt nicht erneut in eine Kampagne auf, die er vor weniger als einem Tag verlassen hat (der Ausstieg bleibt bestehen, mit einer Warnung)</translation>
    </message>
    <message>
        <source>on_exit routes form a cycle: %1</source>
        <translation type="vanished">on_exit-Routen bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1097" />
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1136" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1151" />
        <source>expected a JSON object with "format", "version" and "campaigns", got an array</source>
        <translation>JSON-Objekt mit "format", "version" und "campaigns" erwartet, erhalten: ein Array</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1169" />
        <location filename="../model/localcluster.cpp" line="424" />
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="335" />
        <location filename="../model/flowstore.cpp" line="920" />
        <source>no campaign with the slug %1 in the database</source>
        <translation>keine Kampagne mit dem Slug %1 in der Datenbank</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="385" />
        <source>the database holds an invalid flow: %1</source>
        <translation>die Datenbank enthält einen ungültigen Ablauf: %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="420" />
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="699" />
        <location filename="../model/flowstore.cpp" line="925" />
        <source>%1 has no revision %2</source>
        <translation>%1 hat keine Revision %2</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="736" />
        <source>go to step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="740" />
        <source>retry after %1 min, at most %2 attempts</source>
        <translation>Wiederholung nach %1 min, höchstens %2 Versuche</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="744" />
        <source>hand off to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="776" />
        <source>step %1 added: %2 %3, day %4</source>
        <translation>Schritt %1 hinzugefügt: %2 %3, Tag %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="782" />
        <source>step %1 removed: %2 %3, day %4</source>
        <translation>Schritt %1 entfernt: %2 %3, Tag %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="789" />
        <source>step %1 %2: %3 -&gt; %4</source>
        <translation>Schritt %1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="801" />
        <location filename="../model/flowstore.cpp" line="802" />
        <location filename="../model/flowstore.cpp" line="873" />
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="804" />
        <source>campaign's</source>
        <translation>Kampagnenvorgabe</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="804" />
        <location filename="../model/flowstore.cpp" line="877" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="804" />
        <location filename="../model/flowstore.cpp" line="877" />
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="814" />
        <source>step %1 on_outcome %2 added: %3</source>
        <translation>Schritt %1 on_outcome %2 hinzugefügt: %3</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="817" />
        <source>step %1 on_outcome %2 removed (was: %3)</source>
        <translation>Schritt %1 on_outcome %2 entfernt (war: %3)</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="821" />
        <source>step %1 on_outcome %2: %3 -&gt; %4</source>
        <translation>Schritt %1 on_outcome %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="887" />
        <source>on_exit.%1: %2 -&gt; %3</source>
        <translation>on_exit.%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="893" />
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="928" />
        <source>the two revisions are the same</source>
        <translation>die beiden Revisionen sind identisch</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="215" />
        <source>TOUCHLINE_PG_BINDIR is %1, which holds no initdb and pg_ctl: install the Debian package %2, or point it at their folder</source>
        <translation>TOUCHLINE_PG_BINDIR ist %1, dort liegen weder initdb noch pg_ctl: Installieren Sie das Debian-Paket %2 oder lassen Sie die Variable auf deren Ordner verweisen</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="243" />
        <source>the PostgreSQL server programs (initdb, pg_ctl) were not found: install the Debian package %1, or set TOUCHLINE_PG_BINDIR to their folder</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl) wurden nicht gefunden: Installieren Sie das Debian-Paket %1 oder setzen Sie TOUCHLINE_PG_BINDIR auf deren Ordner</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="273" />
        <source>%1 did not finish in %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="284" />
        <source>the cluster folder %1 is too deep for a Unix socket path; set TOUCHLINE_HOME to a shorter folder</source>
        <translation>Der Cluster-Ordner %1 ist für einen Unix-Socket-Pfad zu tief verschachtelt; setzen Sie TOUCHLINE_HOME auf einen kürzeren Ordnerpfad</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="305" />
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="290" />
        <source>running as root, the server needs the unprivileged system user postgres, which does not exist: install the Debian package %1</source>
        <translation>Bei Ausführung als root benötigt der Server den nicht privilegierten Systembenutzer postgres, der nicht existiert: Installieren Sie das Debian-Paket %1</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="398" />
        <source>cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="319" />
        <source>the postgres user cannot reach %1 (a parent folder is closed to other users); set TOUCHLINE_HOME to a folder outside /root</source>
        <translation>Der Benutzer postgres kann nicht auf %1 zugreifen (ein übergeordneter Ordner ist für andere Benutzer nicht zugänglich); setzen Sie TOUCHLINE_HOME auf einen Ordner außerhalb von /root</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="75" />
        <source>%1 is not a folder (a link or a file stands in its place); remove it</source>
        <translation>%1 ist kein Ordner (an seiner Stelle steht ein Link oder eine Datei); entfernen Sie ihn</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="88" />
        <source>%1 belongs to another account (%2): the database folder must belong to root or to %3; remove it or set TOUCHLINE_HOME to another folder</source>
        <translation>%1 gehört einem anderen Konto (%2): der Datenbankordner muss root oder %3 gehören; entfernen Sie ihn oder setzen Sie TOUCHLINE_HOME auf einen anderen Ordner</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="94" />
        <source>%1 belongs to another account (%2): the database folder must be your own; set TOUCHLINE_HOME to a folder of yours</source>
        <translation>%1 gehört einem anderen Konto (%2): der Datenbankordner muss Ihr eigener sein; setzen Sie TOUCHLINE_HOME auf einen Ihrer Ordner</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="99" />
        <source>cannot hand %1 to %2: %3</source>
        <translation>%1 kann nicht an %2 übergeben werden: %3</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="106" />
        <source>cannot close %1 to other accounts: %2</source>
        <translation>Der Zugriff anderer Konten auf %1 kann nicht entzogen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="355" />
        <source>initdb failed for %1: %2</source>
        <translation>initdb für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="361" />
        <location filename="../model/localcluster.cpp" line="388" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="500" />
        <source>another Touchline holds %1/cluster.lock</source>
        <translation>eine andere Touchline-Instanz hält %1/cluster.lock</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="480" />
        <source>the local PostgreSQL server did not start: %1
%2</source>
        <translation>Der lokale PostgreSQL-Server ist nicht gestartet: %1
%2</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="548" />
        <source>cannot create the touchline database: %1</source>
        <translation>Die Datenbank touchline kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="600" />
        <source>the local PostgreSQL server did not stop: %1</source>
        <translation>Der lokale PostgreSQL-Server wurde nicht beendet: %1</translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="86" />
        <source>cannot create schema_migrations: %1</source>
        <translation>schema_migrations kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="107" />
        <source>the database schema is at version %1, newer than this Touchline (it knows versions up to %2): upgrade Touchline before using this database</source>
        <translation>Das Datenbankschema hat Version %1 und ist neuer als diese Touchline-Version (sie kennt Versionen bis %2): Aktualisieren Sie Touchline, bevor Sie diese Datenbank verwenden</translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="121" />
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="75" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="76" />
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="78" />
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="79" />
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="828" />
        <source>%1: expected an object of outcome probabilities</source>
        <translation>%1: Objekt mit Ergebniswahrscheinlichkeiten erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="837" />
        <source>%1: unknown outcome "%2" for channel %3</source>
        <translation>%1: unbekanntes Ergebnis „%2“ für Kanal %3</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="839" />
        <source>%1: expected a probability between 0 and 1</source>
        <translation>%1: Wahrscheinlichkeit zwischen 0 und 1 erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="845" />
        <source>%1: the probabilities add up to %2, more than 1</source>
        <translation>%1: Die Wahrscheinlichkeiten ergeben zusammen %2, mehr als 1</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="849" />
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="857" />
        <source>%1: unknown channel "%2"</source>
        <translation>%1: unbekannter Kanal „%2“</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="863" />
        <source>%1: expected a step number as the key</source>
        <translation>%1: Schrittnummer als Schlüssel erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="576" />
        <source>cannot create the scratch database: %1</source>
        <translation>Die temporäre Datenbank kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="569" />
        <source>the scratch database %1 is migrated, not copied from the template %2: %3</source>
        <translation>Die temporäre Datenbank %1 wird migriert, nicht aus der Vorlage %2 kopiert: %3</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="596" />
        <source>the scratch database %1, a copy of the template %2, is at schema version %3: migrated</source>
        <translation>Die temporäre Datenbank %1, eine Kopie der Vorlage %2, hat Schemaversion %3: migriert</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="618" />
        <source>the template %1 cannot be built, the scratch database %2 is migrated: %3</source>
        <translation>Die Vorlage %1 kann nicht erstellt werden, die temporäre Datenbank %2 wird migriert: %3</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="651" />
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="760" />
        <source>the scratch databases are migrated, not copied from a template: %1</source>
        <translation>Die temporären Datenbanken werden migriert, nicht aus einer Vorlage kopiert: %1</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="1006" />
        <source>%1.%2.%3: unknown outcome for a %4 step</source>
        <translation>%1.%2.%3: unbekanntes Ergebnis für einen %4-Schritt</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="1023" />
        <source>the simulation was cancelled</source>
        <translation>die Simulation wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="257" />
        <source>saved, but the secret is not: %1</source>
        <translation>gespeichert, das Geheimnis jedoch nicht: %1</translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="104" />
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="107" />
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="109" />
        <source>approver</source>
        <translation>Freigeber</translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="111" />
        <source>supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="113" />
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="152" />
        <source>db grant: the login name is empty</source>
        <translation>db grant: der Login-Name ist leer</translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="160" />
        <source>unknown role "%1" (expected one of: %2)</source>
        <translation>unbekannte Rolle „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/bulkenrollment.cpp" line="159" />
        <source>the plan needs at least one day and one new contact a day</source>
        <translation>der Plan erfordert mindestens einen Tag und einen neuen Kontakt pro Tag</translation>
    </message>
    <message>
        <location filename="../model/bulkenrollment.cpp" line="186" />
        <source>no campaign %1 with published steps</source>
        <translation>keine Kampagne %1 mit veröffentlichten Schritten</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/bulkenrollment.cpp" line="274" />
        <source>%n contact(s) were enrolled before this error and stay enrolled: %1</source>
        <translation>
            <numerusform>%n Kontakt wurde vor diesem Fehler eingeschrieben und bleibt eingeschrieben: %1</numerusform>
            <numerusform>%n Kontakte wurden vor diesem Fehler eingeschrieben und bleiben eingeschrieben: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/campaignarchive.cpp" line="45" />
        <source>campaign %1 is not in the database; nothing was archived</source>
        <translation>Kampagne %1 ist nicht in der Datenbank; es wurde nichts archiviert</translation>
    </message>
    <message>
        <location filename="../model/contactdirectory.cpp" line="252" />
        <source>a suppression needs a client and a reason</source>
        <translation>eine Sperre erfordert einen Kunden und einen Grund</translation>
    </message>
    <message>
        <location filename="../model/contactdirectory.cpp" line="265" />
        <location filename="../model/contactprivacy.cpp" line="34" />
        <location filename="../model/contactprivacy.cpp" line="56" />
        <source>no contact %1</source>
        <translation>kein Kontakt %1</translation>
    </message>
    <message>
        <location filename="../model/contactdirectory.cpp" line="287" />
        <source>%1 is not suppressed for %2</source>
        <translation>%1 ist für %2 nicht gesperrt</translation>
    </message>
    <message>
        <location filename="../model/contactprivacy.cpp" line="72" />
        <source>quiet hours need voice or sms and a start before the end</source>
        <translation>Ruhezeiten erfordern voice oder sms und einen Beginn vor dem Ende</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="41" />
        <source>the system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="132" />
        <source>client: missing</source>
        <translation>client: fehlt</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="134" />
        <source>channel: unknown channel "%1" (expected one of: %2)</source>
        <translation>channel: unbekannter Kanal „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="138" />
        <source>--provider: unknown provider "%1" (expected one of: %2)</source>
        <translation>--provider: unbekannter Anbieter „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="146" />
        <source>--provider smtp: sends email only, not %1</source>
        <translation>--provider smtp: versendet nur E-Mail, nicht %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="148" />
        <source>--url %1: expected smtp://HOST:PORT or smtps://HOST:PORT</source>
        <translation>--url %1: erwartet wird smtp://HOST:PORT oder smtps://HOST:PORT</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="150" />
        <source>--from: expected an email address, got "%1"</source>
        <translation>--from: erwartet wird eine E-Mail-Adresse, erhalten: „%1“</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="153" />
        <source>--provider twilio: sends sms and voice only, not %1</source>
        <translation>--provider twilio: versendet nur sms und voice, nicht %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="155" />
        <source>--url %1: expected the API's base URL (https://…)</source>
        <translation>--url %1: erwartet wird die Basis-URL der API (https://…)</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="157" />
        <source>--account: missing (the account SID)</source>
        <translation>--account: fehlt (die Account-SID)</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="159" />
        <source>--from: missing (the sending number)</source>
        <translation>--from: fehlt (die Absendernummer)</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="162" />
        <source>--url %1: expected an http:// or https:// URL</source>
        <translation>--url %1: erwartet wird eine http://- oder https://-URL</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="165" />
        <source>--starttls: smtps:// is TLS from the start; use smtp:// with --starttls</source>
        <translation>--starttls: smtps:// ist von Anfang an TLS; verwenden Sie smtp:// mit --starttls</translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="167" />
        <source>--url: must not hold a user or password (use --user and the keychain)</source>
        <translation>--url: darf keinen Benutzer und kein Passwort enthalten (verwenden Sie --user und den Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="76" />
        <source>no %1 account for client %2: set one with touchline channel set %2 %1</source>
        <translation>kein %1-Konto für Kunde %2: legen Sie eines an mit touchline channel set %2 %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="88" />
        <source>no secret for the %1 account of %2: set %3 or store it in the keychain (touchline channel set … --secret-stdin)</source>
        <translation>kein Geheimnis für das %1-Konto von %2: setzen Sie %3 oder speichern Sie es im Schlüsselbund (touchline channel set … --secret-stdin)</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/dispatch/dispatcher.cpp" line="134" />
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="160" />
        <location filename="../model/dispatch/dispatcher.cpp" line="175" />
        <location filename="../model/dispatch/dispatcher.cpp" line="229" />
        <location filename="../model/dispatch/dispatcher.cpp" line="236" />
        <location filename="../model/dispatch/dispatcher.cpp" line="250" />
        <location filename="../model/dispatch/dispatcher.cpp" line="283" />
        <source>item %1: %2</source>
        <translation>Sendung %1: %2</translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="163" />
        <source>item %1: the lease ran out before the record; another dispatcher sends it again</source>
        <translation>Sendung %1: die Übernahme ist vor dem Erfassen abgelaufen; ein anderer Versand sendet sie erneut</translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="231" />
        <source>its account no longer polls</source>
        <translation>sein Konto wird nicht mehr abgefragt</translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatchservice.cpp" line="106" />
        <location filename="../model/dispatch/dispatchservice.cpp" line="151" />
        <source>dispatcher: %1</source>
        <translation>Versand: %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatchservice.cpp" line="209" />
        <source>the database is not reachable</source>
        <translation>die Datenbank ist nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../model/dispatch/httpexchange.cpp" line="53" />
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../model/dispatch/imapintake.cpp" line="110" />
        <source>IMAP %1: %2</source>
        <translation>IMAP %1: %2</translation>
    </message>
    <message>
        <location filename="../model/dispatch/outbox.cpp" line="460" />
        <location filename="../model/dispatch/outbox.cpp" line="511" />
        <source>no outbound item %1</source>
        <translation>keine ausgehende Sendung %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/outbox.cpp" line="461" />
        <source>item %1 is %2, not waiting to be sent by hand</source>
        <translation>Sendung %1 ist %2 und wartet nicht auf Versand von Hand</translation>
    </message>
    <message>
        <location filename="../model/dispatch/outbox.cpp" line="512" />
        <source>item %1 is %2, not failed</source>
        <translation>Sendung %1 ist %2, nicht failed</translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="155" />
        <source>contact %1 has no email address</source>
        <translation>Kontakt %1 hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="161" />
        <source>libcurl could not start</source>
        <translation>libcurl konnte nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="209" />
        <source>the mail server refused: %1</source>
        <translation>der Mailserver hat abgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="211" />
        <source>the mail server refused the login: %1</source>
        <translation>der Mailserver hat den Login abgewiesen: %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="212" />
        <source>the mail server did not take it (will retry): %1</source>
        <translation>der Mailserver hat sie nicht angenommen (wird wiederholt): %1</translation>
    </message>
    <message>
        <location filename="../model/dispatch/twilioadapter.cpp" line="152" />
        <source>contact %1 has no phone number</source>
        <translation>Kontakt %1 hat keine Telefonnummer</translation>
    </message>
    <message>
        <location filename="../model/dispatch/twilioadapter.cpp" line="178" />
        <source>the provider answered without a sid: %1</source>
        <translation>der Anbieter hat ohne sid geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="620" />
        <location filename="../model/draftstore.cpp" line="704" />
        <source>no draft %1</source>
        <translation>kein Entwurf %1</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="402" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="408" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="411" />
        <source>draft %1 by %2</source>
        <translation>Entwurf %1 von %2</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="412" />
        <source>draft %1 by %2: %3</source>
        <translation>Entwurf %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="637" />
        <source>left the campaign: %1</source>
        <translation>hat die Kampagne verlassen: %1</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="483" />
        <source>draft %1 was cancelled: %2</source>
        <translation>Entwurf %1 wurde storniert: %2</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="485" />
        <source>its touch will not be sent</source>
        <translation>seine Ansprache wird nicht gesendet</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="486" />
        <source>the contact left the campaign (%1)</source>
        <translation>der Kontakt hat die Kampagne verlassen (%1)</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="489" />
        <source>draft %1 has no text yet: it awaits the external drafter</source>
        <translation>Entwurf %1 hat noch keinen Text: er wartet auf den externen Drafter</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="492" />
        <source>draft %1 cannot be undone: its touch is %2</source>
        <translation>Entwurf %1 kann nicht rückgängig gemacht werden: seine Ansprache ist %2</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="496" />
        <source>draft %1 is %2, not awaiting a draft</source>
        <translation>Entwurf %1 ist %2 und wartet nicht auf einen Entwurf</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="497" />
        <source>draft %1 is %2: only your own approval or rejection can be undone</source>
        <translation>Entwurf %1 ist %2: nur Ihre eigene Freigabe oder Ablehnung kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="503" />
        <source>draft %1 was already %2</source>
        <translation>Entwurf %1 ist bereits %2</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="504" />
        <source>draft %1 was already %2 by %3 at %4</source>
        <translation>Entwurf %1 ist bereits %2 (durch %3 am %4)</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="855" />
        <source>--campaign %1: no such campaign</source>
        <translation>--campaign %1: keine solche Kampagne</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="880" />
        <source>a rejection needs a reason</source>
        <translation>eine Ablehnung erfordert eine Begründung</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="953" />
        <source>draft %1 can no longer be edited: it is %2</source>
        <translation>Entwurf %1 kann nicht mehr bearbeitet werden: er ist %2</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="954" />
        <source>draft %1 can no longer be edited: it was %2 by %3 at %4</source>
        <translation>Entwurf %1 kann nicht mehr bearbeitet werden: er ist %2 (durch %3 am %4)</translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="1070" />
        <source>a draft needs a body</source>
        <translation>ein Entwurf erfordert einen Text</translation>
    </message>
    <message>
        <location filename="../model/enginefiring.cpp" line="682" />
        <source>%1 in %2, step %3: set aside: %4</source>
        <translation>%1 in %2, Schritt %3: zurückgestellt: %4</translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="88" />
        <location filename="../model/enginehandoffs.cpp" line="168" />
        <source>no handoff with the id %1</source>
        <translation>keine Übergabe mit der ID %1</translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="93" />
        <source>declining handoff %1 needs a reason</source>
        <translation>die Ablehnung der Übergabe %1 erfordert eine Begründung</translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="170" />
        <source>task %1 is a %2, not a meeting_booked handoff</source>
        <translation>Aufgabe %1 ist eine %2-Aufgabe, keine meeting_booked-Übergabe</translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="172" />
        <source>handoff %1 was already decided (%2) by %3 at %4</source>
        <translation>Übergabe %1 wurde bereits am %4 von %3 entschieden (%2)</translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="251" />
        <source>pick at least one campaign to enroll the contact in</source>
        <translation>wählen Sie mindestens eine Kampagne, in die der Kontakt aufgenommen werden soll</translation>
    </message>
    <message>
        <source>handoff %1 is not waiting for a decision</source>
        <translation type="vanished">Übergabe %1 wartet nicht auf eine Entscheidung</translation>
    </message>
    <message>
        <source>%1 cannot enroll in %2: %3</source>
        <translation type="vanished">%1 kann nicht in %2 aufgenommen werden: %3</translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="269" />
        <source>declining a handoff needs a reason</source>
        <translation>die Ablehnung einer Übergabe erfordert eine Begründung</translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="348" />
        <source>no number for agent %1 in the voice account of %2 (setting agent_numbers): call %3 stays on hold</source>
        <translation>keine Nummer für Agent %1 im Sprachkonto von %2 (Einstellung agent_numbers): Anruf %3 bleibt in der Warteschleife</translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="356" />
        <source>no secret for the voice account of %1: set %2</source>
        <translation>kein Geheimnis für das Sprachkonto von %1: %2 setzen</translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="371" />
        <source>call %1 redirected to %2</source>
        <translation>Anruf %1 an %2 weitergeleitet</translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="415" />
        <source>handoff %1 is not claimed by %2</source>
        <translation>Übergabe %1 ist nicht von %2 übernommen</translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="440" />
        <source>a callback needs a time</source>
        <translation>ein Rückruf erfordert einen Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../model/reportstore.cpp" line="423" />
        <source>unknown campaign "%1"</source>
        <translation>unbekannte Kampagne „%1“</translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="46" />
        <source>Attio answered HTTP 429 to %1 %2: Retry-After asks for %3 s, more than the %4 s a sync waits</source>
        <translation>Attio antwortete HTTP 429 auf %1 %2: Retry-After verlangt %3 s, mehr als die %4 s, die ein Abgleich wartet</translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="62" />
        <source>Attio answered %1 %2 with something that is not a JSON object</source>
        <translation>Attio beantwortete %1 %2 mit etwas, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="101" />
        <source>no answer from Attio to %1: %2</source>
        <translation>keine Antwort von Attio auf %1: %2</translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="104" />
        <source>the API key was refused (set it in the keychain or in TOUCHLINE_SECRET_&lt;CLIENT&gt;_CRM)</source>
        <translation>der API-Schlüssel wurde abgelehnt (im Schlüsselbund oder in TOUCHLINE_SECRET_&lt;CLIENT&gt;_CRM setzen)</translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="107" />
        <source>still rate limited after waiting</source>
        <translation>nach dem Warten weiterhin gedrosselt</translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="108" />
        <source>Attio answered HTTP %1 to %2%3</source>
        <translation>Attio antwortete HTTP %1 auf %2%3</translation>
    </message>
    <message>
        <location filename="../model/crm/attioperson.cpp" line="63" />
        <source>the record has no id.record_id</source>
        <translation>der Datensatz hat keine id.record_id</translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="158" />
        <source>record %1: %2</source>
        <translation>Datensatz %1: %2</translation>
    </message>
    <message>
        <source>another CRM sync for client %1 is running; try again when it is done</source>
        <translation type="vanished">ein anderer CRM-Abgleich für Kunde %1 läuft; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="225" />
        <source>another CRM sync for client %1 is running (since %2; its lease runs out at %3); try again when it is done</source>
        <translation>für den Mandanten %1 läuft bereits eine CRM-Synchronisierung (seit %2; ihre Sperre läuft um %3 ab); versuchen Sie es erneut, wenn sie fertig ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/crm/attiosync.cpp" line="243" />
        <source>the CRM sync of client %1 ran longer than its %n-minute lease and another sync took over; this one stopped</source>
        <translation>
            <numerusform>die CRM-Synchronisierung des Mandanten %1 lief länger als ihre Sperre von %n Minute, und eine andere hat übernommen; diese wurde beendet</numerusform>
            <numerusform>die CRM-Synchronisierung des Mandanten %1 lief länger als ihre Sperre von %n Minuten, und eine andere hat übernommen; diese wurde beendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="312" />
        <source>no Attio API key for client %1: store it in the keychain or set %2</source>
        <translation>kein Attio-API-Schlüssel für Kunde %1: im Schlüsselbund speichern oder %2 setzen</translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="359" />
        <source>the record appears twice in one page</source>
        <translation>der Datensatz kommt auf einer Seite zweimal vor</translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="413" />
        <source>a contact with this id belongs to another client</source>
        <translation>ein Kontakt mit dieser ID gehört einem anderen Kunden</translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="527" />
        <source>Touchline: left %1 (%2)</source>
        <translation>Touchline: %1 verlassen (%2)</translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="530" />
        <source>Left the campaign "%1" (%2) on %3. Reason: %4. Touchline enrollment %5.</source>
        <translation>Hat die Kampagne „%1“ (%2) am %3 verlassen. Grund: %4. Touchline-Einschreibung %5.</translation>
    </message>
    <message>
        <location filename="../model/historyarchive.cpp" line="182" />
        <source>the retention must be at least one day (got %1)</source>
        <translation>die Aufbewahrungsfrist muss mindestens einen Tag betragen (erhalten: %1)</translation>
    </message>
    <message>
        <location filename="../model/historyarchive.cpp" line="201" />
        <source>--older-than must be zero or more days (got %1)</source>
        <translation>--older-than muss null oder mehr Tage sein (erhalten: %1)</translation>
    </message>
</context>
<context>
    <name>Touchline::BulkEnrollDialog</name>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="33" />
        <source>Enroll contacts in bulk</source>
        <translation>Massenaufnahme von Kontakten</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="36" />
        <location filename="../console/bulkenrolldialog.cpp" line="38" />
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="40" />
        <source>merge field, e.g. member_tier</source>
        <translation>Platzhalter, z. B. member_tier</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="49" />
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="52" />
        <source>Preview the plan to see how many contacts it reaches.</source>
        <translation>Zeigen Sie die Vorschau des Plans an, um zu sehen, wie viele Kontakte er erreicht.</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="55" />
        <source>Touches per day and channel</source>
        <translation>Ansprachen pro Tag und Kanal</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="63" />
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="64" />
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="66" />
        <source>Enroll no more: the contacts under way are enrolled, the rest are not.</source>
        <translation>Keine weiteren aufnehmen: die gerade laufenden Kontakte werden aufgenommen, die übrigen nicht.</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="68" />
        <source>&amp;Enroll</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="76" />
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="77" />
        <source>Company contains:</source>
        <translation>Firma enthält:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="78" />
        <source>Title contains:</source>
        <translation>Position enthält:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="79" />
        <source>Attribute:</source>
        <translation>Attribut:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="80" />
        <source>Attribute value:</source>
        <translation>Attributwert:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="81" />
        <source>Over days:</source>
        <translation>Zeitraum in Tagen:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="82" />
        <source>At most new a day:</source>
        <translation>Max. neue Kontakte pro Tag:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="83" />
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="141" />
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/bulkenrolldialog.cpp" line="160" />
        <source>%1 contacts match (not suppressed, not already active); %2 a day over %n day(s) enrolls %3.</source>
        <translation>
            <numerusform>%1 passende Kontakte (nicht gesperrt, nicht bereits aktiv); bei %2 pro Tag über %n Tag werden %3 aufgenommen.</numerusform>
            <numerusform>%1 passende Kontakte (nicht gesperrt, nicht bereits aktiv); bei %2 pro Tag über %n Tage werden %3 aufgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="169" />
        <source>The daily cap of %1 limits the pace.</source>
        <translation>Das Tageslimit von %1 begrenzt das Tempo.</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="171" />
        <source>%1 are left for a later plan.</source>
        <translation>%1 bleiben für einen späteren Plan übrig.</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="204" />
        <source>Day of the plan</source>
        <translation>Tag des Plans</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="226" />
        <source>Enrolling…</source>
        <translation>Wird aufgenommen…</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="254" />
        <source>Stopping after the contacts under way…</source>
        <translation>Wird nach den gerade laufenden Kontakten angehalten…</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="273" />
        <source>%1 of %2 enrolled</source>
        <translation>%1 von %2 aufgenommen</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="293" />
        <source>Stopped: %1 contacts enrolled; the rest of the plan is not.</source>
        <translation>Angehalten: %1 Kontakte aufgenommen; der Rest des Plans nicht.</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="295" />
        <source>Enrolled %1 contacts.</source>
        <translation>%1 Kontakte aufgenommen.</translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="298" />
        <source>%1 were refused: enrolled or suppressed meanwhile.</source>
        <translation>%1 wurden abgelehnt: inzwischen aufgenommen oder gesperrt.</translation>
    </message>
</context>
<context>
    <name>Touchline::CampaignMapScene</name>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="166" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop the route on a campaign.</source>
        <translation type="vanished">Legen Sie die Route auf einer Kampagne ab.</translation>
    </message>
    <message>
        <source>%1 is not an exit of a campaign.</source>
        <translation type="vanished">%1 ist kein Ausstieg einer Kampagne.</translation>
    </message>
    <message>
        <source>A campaign cannot enroll its own leavers again: route %1 to another campaign.</source>
        <translation type="vanished">Eine Kampagne kann ihre eigenen Aussteiger nicht erneut aufnehmen: Leiten Sie %1 an eine andere Kampagne weiter.</translation>
    </message>
    <message>
        <source>%1 is archived and enrolls no one.</source>
        <translation type="vanished">%1 ist archiviert und nimmt niemanden auf.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="384" />
        <source>%1 → enroll in %2</source>
        <translation>%1 → in %2 aufnehmen</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="390" />
        <source>Drop on a campaign to route %1 there</source>
        <translation>Auf einer Kampagne ablegen, um %1 dorthin zu leiten</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="425" />
        <source>Routed %1 to %2</source>
        <translation>%1 an %2 weitergeleitet</translation>
    </message>
    <message>
        <source>New %1 campaign</source>
        <translation type="vanished">Neue %1-Kampagne</translation>
    </message>
    <message>
        <source>Write to {{first_name}} at {{company}}.</source>
        <translation type="vanished">Schreiben Sie an {{first_name}} bei {{company}}.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="462" />
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="468" />
        <source>Drop a step on a campaign card, or open the campaign's sequence.</source>
        <translation>Legen Sie einen Schritt auf einer Kampagnenkachel ab oder öffnen Sie die Sequenz der Kampagne.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="477" />
        <source>Added a %1 step to %2</source>
        <translation>%1-Schritt zu %2 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="519" />
        <source>Copied %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne kopiert</numerusform>
            <numerusform>%n Kampagnen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="535" />
        <source>Paste %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne einfügen</numerusform>
            <numerusform>%n Kampagnen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="575" />
        <source>Remove %n route(s)</source>
        <translation>
            <numerusform>%n Route entfernen</numerusform>
            <numerusform>%n Routen entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::CampaignOverview</name>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="20" />
        <source>go to step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="22" />
        <source>exit %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="24" />
        <source>retry after %1 min (max %2)</source>
        <translation>Wiederholung nach %1 min (max. %2)</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="28" />
        <source>hand off to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="36" />
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="37" />
        <source>day %1 +%2 min</source>
        <translation>Tag %1 +%2 min</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54" />
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="75" />
        <source>On exit</source>
        <translation>Beim Ausstieg</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="75" />
        <source>Continues in</source>
        <translation>Weiter in</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="89" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="90" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="91" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="92" />
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="93" />
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="94" />
        <source>On outcome</source>
        <translation>Bei Ergebnis</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="145" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="185" />
        <source>No campaign selected</source>
        <translation>Keine Kampagne ausgewählt</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="187" />
        <source>This database holds no campaigns yet. Import a flow with File &gt; Import.</source>
        <translation>Diese Datenbank enthält noch keine Kampagnen. Importieren Sie einen Ablauf über Datei &gt; Ablauf importieren.</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="195" />
        <source>exec gate: a booked meeting waits for the approver</source>
        <translation>Management-Freigabe: Ein gebuchter Termin wartet auf den Freigeber</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="198" />
        <source>sends %1 %2–%3</source>
        <translation>versendet %1 %2–%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignoverview.cpp" line="200" />
        <source>no engagement after %n day(s)</source>
        <translation>
            <numerusform>keine Interaktion nach %n Tag</numerusform>
            <numerusform>keine Interaktion nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="210" />
        <source>exec approver decides (gate)</source>
        <translation>Management-Freigeber entscheidet (Freigabe)</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="211" />
        <source>ends here</source>
        <translation>endet hier</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="216" />
        <source>%1, suggested to the exec approver</source>
        <translation>%1, dem Management-Freigeber vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="233" />
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
</context>
<context>
    <name>Touchline::ChannelsDialog</name>
    <message>
        <location filename="../app/channelsdialog.cpp" line="35" />
        <source>Channel accounts</source>
        <translation>Kanalkonten</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39" />
        <location filename="../app/channelsdialog.cpp" line="76" />
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39" />
        <location filename="../app/channelsdialog.cpp" line="77" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39" />
        <location filename="../app/channelsdialog.cpp" line="78" />
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39" />
        <source>Server or API</source>
        <translation>Server oder API</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39" />
        <location filename="../app/channelsdialog.cpp" line="80" />
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="57" />
        <source>smtps://mail.example.com:465, https://api.twilio.com, …</source>
        <translation>smtps://mail.example.com:465, https://api.twilio.com, …</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="61" />
        <source>Require STARTTLS</source>
        <translation>STARTTLS verlangen</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="63" />
        <source>wss://bot.example/stream or sip:bot@example.com</source>
        <translation>wss://bot.example/stream oder sip:bot@example.com</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="66" />
        <source>imaps://mail.example.com/INBOX (replies and bounces)</source>
        <translation>imaps://mail.example.com/INBOX (Antworten und Bounces)</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="68" />
        <source>sends per second (empty: no limit)</source>
        <translation>Sendungen pro Sekunde (leer: keine Begrenzung)</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="72" />
        <source>kept in this computer's keychain; empty keeps the current one</source>
        <translation>wird im Schlüsselbund dieses Computers gespeichert; leer lässt das aktuelle unverändert</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="79" />
        <source>Server or API URL</source>
        <translation>Server- oder API-URL</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="81" />
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="82" />
        <source>Account SID</source>
        <translation>Account-SID</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="84" />
        <source>Voicebot</source>
        <translation>Voicebot</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="85" />
        <source>Agent number</source>
        <translation>Agentennummer</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="86" />
        <source>Reply mailbox</source>
        <translation>Antwortpostfach</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="87" />
        <source>Rate limit</source>
        <translation>Ratenbegrenzung</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="88" />
        <source>Password, token or key</source>
        <translation>Passwort, Token oder Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="93" />
        <source>Save account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="94" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="143" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="153" />
        <source>Could not read the channel accounts: %1</source>
        <translation>Die Kanalkonten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="172" />
        <source>No channel account yet: nothing is sent until one is set.</source>
        <translation>Noch kein Kanalkonto: Es wird nichts gesendet, bis eines eingerichtet ist.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/channelsdialog.cpp" line="173" />
        <source>%n account(s). Secrets stay in this computer's keychain.</source>
        <translation>
            <numerusform>%n Konto. Geheimnisse bleiben im Schlüsselbund dieses Computers.</numerusform>
            <numerusform>%n Konten. Geheimnisse bleiben im Schlüsselbund dieses Computers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="242" />
        <location filename="../app/channelsdialog.cpp" line="262" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="248" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="283" />
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>Touchline::ConnectionBanner</name>
    <message>
        <location filename="../app/connectionbanner.cpp" line="27" />
        <source>Retry &amp;now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <location filename="../app/connectionbanner.cpp" line="44" />
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location filename="../app/connectionbanner.cpp" line="80" />
        <source>Connection to the database lost — reconnecting…</source>
        <translation>Verbindung zur Datenbank verloren — Verbindung wird wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectionbanner.cpp" line="85" />
        <source>Connection to the database lost — reconnecting in %n s…</source>
        <translation>
            <numerusform>Verbindung zur Datenbank verloren — neuer Verbindungsversuch in %n s…</numerusform>
            <numerusform>Verbindung zur Datenbank verloren — neuer Verbindungsversuch in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::ConnectionDialog</name>
    <message>
        <location filename="../app/connectiondialog.cpp" line="35" />
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="36" />
        <source>&amp;Embedded local database on this computer</source>
        <translation>&amp;Eingebettete lokale Datenbank auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="37" />
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="43" />
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com oder ein Socket-Ordner</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="55" />
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="62" />
        <source>verify-ca checks the server's certificate against the CA file; verify-full also checks that it names the host</source>
        <translation>verify-ca prüft das Zertifikat des Servers anhand der CA-Datei; verify-full prüft zusätzlich, ob es auf den Host ausgestellt ist</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="67" />
        <source>The server's CA certificate (PEM), for verify-ca and verify-full</source>
        <translation>Das CA-Zertifikat des Servers (PEM), für verify-ca und verify-full</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="68" />
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="75" />
        <source>Through a connection pooler in transaction mode (PgBouncer)</source>
        <translation>Über einen Verbindungspool im Transaktionsmodus (PgBouncer)</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="77" />
        <source>Keeps no session state on the server: no prepared statements, settings only inside transactions</source>
        <translation>Hält keinen Sitzungszustand auf dem Server: keine vorbereiteten Anweisungen, Einstellungen nur innerhalb von Transaktionen</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="82" />
        <source>host:port of the server itself, for live updates (empty: poll every 2 s)</source>
        <translation>host:port des Servers selbst, für Live-Aktualisierungen (leer: Abfrage alle 2 s)</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="85" />
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="86" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="87" />
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="88" />
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="89" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="91" />
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="92" />
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="96" />
        <source>&amp;Live updates from:</source>
        <translation>&amp;Live-Aktualisierungen von:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="100" />
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="259" />
        <source>Enter the server's host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="261" />
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="263" />
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="266" />
        <source>Live updates from: write the server as host or host:port, not %1.</source>
        <translation>Live-Aktualisierungen von: geben Sie den Server als host oder host:port an, nicht %1.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="276" />
        <source>SSL mode %1 checks the server's certificate against a CA certificate: choose the CA file, or pick a weaker SSL mode.</source>
        <translation>Der SSL-Modus %1 prüft das Zertifikat des Servers anhand eines CA-Zertifikats: Wählen Sie die CA-Datei aus oder einen schwächeren SSL-Modus.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="283" />
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="285" />
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="293" />
        <source>The server's CA certificate</source>
        <translation>Das CA-Zertifikat des Servers</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="295" />
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="303" />
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="330" />
        <source>Connected: PostgreSQL %1</source>
        <translation>Verbunden: PostgreSQL %1</translation>
    </message>
</context>
<context>
    <name>Touchline::ContactImportDialog</name>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="33" />
        <source>(merge field)</source>
        <translation>(Platzhalter)</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="40" />
        <location filename="../console/contactimportdialog.cpp" line="103" />
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="44" />
        <source>A CSV file with a header line</source>
        <translation>Eine CSV-Datei mit Kopfzeile</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="45" />
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="48" />
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="53" />
        <source>any (each row names its client_id)</source>
        <translation>beliebig (jede Zeile nennt ihre client_id)</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="57" />
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="57" />
        <source>Touchline column</source>
        <translation>Touchline-Spalte</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="57" />
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="70" />
        <source>The import's report: counts and every refused row with its line.</source>
        <translation>Der Bericht des Imports: Anzahlen und jede abgewiesene Zeile mit ihrer Zeilennummer.</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="72" />
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="80" />
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="81" />
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="82" />
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="85" />
        <source>Columns (remembered for files with this header):</source>
        <translation>Spalten (werden für Dateien mit dieser Kopfzeile gemerkt):</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="87" />
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="103" />
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="113" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="234" />
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="260" />
        <source>The file was refused: nothing was imported.</source>
        <translation>Die Datei wurde abgewiesen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="261" />
        <source>%1 new, %2 updated, %3 refused</source>
        <translation>%1 neu, %2 aktualisiert, %3 abgewiesen</translation>
    </message>
</context>
<context>
    <name>Touchline::ContactListModel</name>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="47" />
        <source>do not contact</source>
        <translation>nicht kontaktieren</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="50" />
        <source>suppressed: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="55" />
        <source>%1 (CRM id %2)</source>
        <translation>%1 (CRM-ID %2)</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="73" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="75" />
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="77" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="79" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="81" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="83" />
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="85" />
        <source>Suppression</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="87" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
</context>
<context>
    <name>Touchline::ContactsView</name>
    <message>
        <location filename="../console/contactsview.cpp" line="41" />
        <source>Search name, company, email or CRM id</source>
        <translation>Name, Firma, E-Mail oder CRM-ID suchen</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="45" />
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="47" />
        <source>&amp;Bulk enroll…</source>
        <translation>&amp;Massenaufnahme…</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="49" />
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="51" />
        <source>&amp;Suppress…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="53" />
        <source>&amp;Lift suppression…</source>
        <translation>Sperre &amp;aufheben…</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="88" />
        <source>&lt;i&gt;Select a contact to see everything Touchline holds about them.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Kontakt aus, um alles zu sehen, was Touchline über ihn gespeichert hat.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93" />
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93" />
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="152" />
        <source>Importing contacts needs the touchline_author role</source>
        <translation>Das Importieren von Kontakten erfordert die Rolle touchline_author</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="156" />
        <source>Enrolling and suppressing need the touchline_approver or touchline_engine role</source>
        <translation>Einschreiben und Sperren erfordern die Rolle touchline_approver oder touchline_engine</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="188" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="213" />
        <source>%1+ contacts</source>
        <translation>%1+ Kontakte</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/contactsview.cpp" line="214" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="257" />
        <source>%1 · %2 · %3 · client %4 · CRM id %5</source>
        <translation>%1 · %2 · %3 · Kunde %4 · CRM-ID %5</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="264" />
        <source>&lt;span style='color:#b03030'&gt;Do not contact&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b03030'&gt;Nicht kontaktieren&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="266" />
        <source>&lt;span style='color:#b03030'&gt;Suppressed for %1&lt;/span&gt;</source>
        <translation>&lt;span style='color:#b03030'&gt;Gesperrt für %1&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/contactsview.cpp" line="307" />
        <source>%1 is suppressed for %2; %n active enrollment(s) ended</source>
        <translation>
            <numerusform>%1 ist für %2 gesperrt; %n aktive Aufnahme beendet</numerusform>
            <numerusform>%1 ist für %2 gesperrt; %n aktive Aufnahmen beendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="312" />
        <source>%1 may be contacted again for %2</source>
        <translation>%1 darf für %2 wieder kontaktiert werden</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="332" />
        <source>Suppress %1</source>
        <translation>%1 sperren</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="333" />
        <source>Lift the suppression of %1</source>
        <translation>Sperre von %1 aufheben</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="343" />
        <source>Why (kept in the audit log)</source>
        <translation>Grund (wird im Audit-Log gespeichert)</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="352" />
        <source>Client:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="353" />
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="355" />
        <source>Active enrollments of this client end, and touches not yet sent are cancelled.</source>
        <translation>Aktive Aufnahmen dieses Kunden enden, und noch nicht gesendete Ansprachen werden storniert.</translation>
    </message>
</context>
<context>
    <name>Touchline::DashboardDrill</name>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="34" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="38" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="39" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="40" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="41" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="42" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="43" />
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="44" />
        <source>Occurred (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="45" />
        <source>Enrollment</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="46" />
        <source>Enrollment status</source>
        <translation>Aufnahmestatus</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="47" />
        <source>Item status</source>
        <translation>Eintragsstatus</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="56" />
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="57" />
        <source>Contact history…</source>
        <translation>Kontaktverlauf…</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="75" />
        <source>Could not load the contacts: %1</source>
        <translation>Die Kontakte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/dashboarddrill.cpp" line="78" />
        <source>%n event(s). Double-click a row for the contact's history.</source>
        <translation>
            <numerusform>%n Ereignis. Doppelklicken Sie auf eine Zeile, um den Verlauf des Kontakts anzuzeigen.</numerusform>
            <numerusform>%n Ereignisse. Doppelklicken Sie auf eine Zeile, um den Verlauf des Kontakts anzuzeigen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="92" />
        <source>(no item)</source>
        <translation>(kein Eintrag)</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="103" />
        <location filename="../console/dashboarddrill.cpp" line="129" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="138" />
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="138" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Touchline::DashboardWidget</name>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="106" />
        <source>&lt;h3&gt;Connecting…&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Verbindung wird hergestellt…&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="148" />
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="161" />
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="162" />
        <source>C&amp;lient</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="165" />
        <source>All running campaigns</source>
        <translation>Alle laufenden Kampagnen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="166" />
        <source>C&amp;ampaign</source>
        <translation>K&amp;ampagne</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="168" />
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="171" />
        <source>C&amp;hannel</source>
        <translation>Ka&amp;nal</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="173" />
        <source>All revisions</source>
        <translation>Alle Revisionen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="174" />
        <source>&amp;Revision</source>
        <translation>&amp;Revision</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="176" />
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="177" />
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="178" />
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="179" />
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="180" />
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="182" />
        <source>&amp;Window</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="193" />
        <source>The live database, or a scratch database that touchline simulate --keep left behind</source>
        <translation>Die Live-Datenbank oder eine temporäre Datenbank, die touchline simulate --keep hinterlassen hat</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="195" />
        <source>Live data</source>
        <translation>Live-Daten</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="208" />
        <location filename="../console/dashboardwidget.cpp" line="380" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="209" />
        <source>Pause or resume live updates</source>
        <translation>Live-Aktualisierungen pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="213" />
        <source>Show &amp;%</source>
        <translation>&amp;% anzeigen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="214" />
        <source>Show the outcomes as shares of each step's events</source>
        <translation>Ergebnisse als Anteile an den Ereignissen des jeweiligen Schritts anzeigen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="217" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="220" />
        <source>Charts as PNG…</source>
        <translation>Diagramme als PNG…</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="221" />
        <source>Charts as SVG…</source>
        <translation>Diagramme als SVG…</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="222" />
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="254" />
        <source>Click a segment to list its contacts</source>
        <translation>Klicken Sie auf ein Segment, um seine Kontakte aufzulisten</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258" />
        <source>Exit</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258" />
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258" />
        <source>Routed by on_exit to</source>
        <translation>Von on_exit weitergeleitet an</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="263" />
        <source>&lt;b&gt;Exits and where on_exit routed them&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ausstiege und ihre Weiterleitung durch on_exit&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="285" />
        <source>Running campaigns at a glance. Double-click one for its breakdown per step.</source>
        <translation>Laufende Kampagnen auf einen Blick. Doppelklicken Sie auf eine Kampagne für ihre Aufschlüsselung nach Schritten.</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="288" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="289" />
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="290" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="291" />
        <source>Enrolled</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="292" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="293" />
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="294" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="295" />
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="296" />
        <source>Touches fired</source>
        <translation>Ausgelöste Ansprachen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="297" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="298" />
        <source>Engaged</source>
        <translation>Interagiert</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="380" />
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="389" />
        <source>&lt;span style='color:#2e7d32'&gt;●&lt;/span&gt; &lt;b&gt;Live&lt;/b&gt;</source>
        <translation>&lt;span style='color:#2e7d32'&gt;●&lt;/span&gt; &lt;b&gt;Live&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="390" />
        <source>&lt;span style='color:#9e9e9e'&gt;●&lt;/span&gt; &lt;b&gt;Paused&lt;/b&gt;</source>
        <translation>&lt;span style='color:#9e9e9e'&gt;●&lt;/span&gt; &lt;b&gt;Pausiert&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="391" />
        <source>Updates within a second of each outcome and firing</source>
        <translation>Aktualisiert sich innerhalb einer Sekunde nach jedem Ergebnis und jeder Auslösung</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="392" />
        <source>Live updates are paused; press Resume</source>
        <translation>Live-Aktualisierungen sind pausiert; klicken Sie auf Fortsetzen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="395" />
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="405" />
        <source>&lt;h3&gt;The dashboard cannot reach its database&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;It retries every few seconds.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das Dashboard kann seine Datenbank nicht erreichen&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Es versucht es alle paar Sekunden erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="415" />
        <source>Simulation %1</source>
        <translation>Simulation %1</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="420" />
        <source>Reads from %1</source>
        <translation>Liest aus %1</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="477" />
        <source>&lt;h3&gt;The dashboard could not load&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Das Dashboard konnte nicht geladen werden&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="528" />
        <source>Revision %1 (current)</source>
        <translation>Revision %1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="529" />
        <source>Revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="548" />
        <source>&lt;h3&gt;Nothing has happened in %1 in this window yet&lt;/h3&gt;&lt;p&gt;The charts fill in live as the scheduler fires its steps and outcomes come back: enroll contacts (&lt;code&gt;touchline enroll --campaign %2&lt;/code&gt;), or widen the time window and the filters.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;In %1 ist in diesem Zeitraum noch nichts passiert&lt;/h3&gt;&lt;p&gt;Die Diagramme füllen sich live, sobald der Planer seine Schritte auslöst und Ergebnisse zurückkommen: Nehmen Sie Kontakte auf (&lt;code&gt;touchline enroll --campaign %2&lt;/code&gt;) oder erweitern Sie den Zeitraum und die Filter.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="593" />
        <source>Step %1, %2: %3 (%4 of step 1)</source>
        <translation>Schritt %1, %2: %3 (%4 von Schritt 1)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="608" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="619" />
        <source>%1, %2: %3 touches</source>
        <translation>%1, %2: %3 Ansprachen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="638" />
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="639" />
        <source>Step %1 · %2 (%3)</source>
        <translation>Schritt %1 · %2 (%3)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="641" />
        <source>%1
%2: %3 events
%4 of %5 fired items, %6 of the step's outcomes</source>
        <translation>%1
%2: %3 Ereignisse
%4 von %5 ausgelösten Einträgen, %6 der Ergebnisse des Schritts</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="650" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="653" />
        <source>Click to list the contacts</source>
        <translation>Klicken, um die Kontakte aufzulisten</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="668" />
        <source>%1 · step %2 · %3</source>
        <translation>%1 · Schritt %2 · %3</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="688" />
        <source>History of contact %1</source>
        <translation>Verlauf von Kontakt %1</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="721" />
        <source>not routed</source>
        <translation>nicht weitergeleitet</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="728" />
        <source>Running campaigns</source>
        <translation>Laufende Kampagnen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="730" />
        <source>&lt;h3&gt;No running campaigns&lt;/h3&gt;&lt;p&gt;Import a flow (&lt;code&gt;touchline import FILE.json&lt;/code&gt;) or draw one in the Designer, then enroll contacts: each campaign shows up here with its key rates, live.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine laufenden Kampagnen&lt;/h3&gt;&lt;p&gt;Importieren Sie einen Ablauf (&lt;code&gt;touchline import FILE.json&lt;/code&gt;) oder zeichnen Sie einen im Designer und nehmen Sie dann Kontakte auf: Jede Kampagne erscheint hier live mit ihren wichtigsten Quoten.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="762" />
        <source>%1 replies, accepts and live answers for %2 touches</source>
        <translation>%1 Antworten, Zusagen und live angenommene Anrufe bei %2 Ansprachen</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="780" />
        <source>%1, %2: %3 of %4 enrolled (%5)</source>
        <translation>%1, %2: %3 von %4 aufgenommenen Kontakten (%5)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="830" />
        <source>Touchline dashboard</source>
        <translation>Touchline-Dashboard</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="833" />
        <location filename="../console/dashboardwidget.cpp" line="841" />
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="886" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="896" />
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="897" />
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="898" />
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="900" />
        <location filename="../console/dashboardwidget.cpp" line="906" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>Touchline::DashboardWorker</name>
    <message>
        <location filename="../console/dashboardworker.cpp" line="67" />
        <source>cannot listen for dashboard updates: %1</source>
        <translation>Dashboard-Aktualisierungen können nicht abonniert werden: %1</translation>
    </message>
    <message>
        <location filename="../console/dashboardworker.cpp" line="80" />
        <source>the replica: %1</source>
        <translation>das Replikat: %1</translation>
    </message>
</context>
<context>
    <name>Touchline::DesignSession</name>
    <message numerus="yes">
        <location filename="../designer/designsession.cpp" line="127" />
        <source>the flow has %n error(s); the problems list names them</source>
        <translation>
            <numerusform>der Ablauf hat %n Fehler; die Problemliste nennt ihn</numerusform>
            <numerusform>der Ablauf hat %n Fehler; die Problemliste nennt sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::Designer</name>
    <message>
        <location filename="../designer/autolayout.cpp" line="77" />
        <source>Graphviz could not lay out the map</source>
        <translation>Graphviz konnte die Karte nicht anordnen</translation>
    </message>
    <message>
        <location filename="../designer/autolayout.cpp" line="122" />
        <source>The flow changed during auto-layout: run it again</source>
        <translation>Der Ablauf hat sich während des automatischen Layouts geändert: bitte erneut ausführen</translation>
    </message>
    <message>
        <location filename="../designer/autolayout.cpp" line="126" />
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="98" />
        <source>%1 enrolled</source>
        <translation>%1 aufgenommen</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="251" />
        <source>%1 · client %2</source>
        <translation>%1 · Kunde %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignnodeitem.cpp" line="259" />
        <source>%n step(s) · %1 days</source>
        <translation>
            <numerusform>%n Schritt · %1 Tage</numerusform>
            <numerusform>%n Schritte · %1 Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="277" />
        <source>ENTRY · EXEC GATE</source>
        <translation>EINSTIEG · MANAGEMENT-FREIGABE</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="277" />
        <source>ENTRY</source>
        <translation>EINSTIEG</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="336" />
        <source>exec approver routes</source>
        <translation>Management-Freigeber leitet weiter</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="337" />
        <source>ends here</source>
        <translation>endet hier</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="212" />
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="214" />
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="216" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="218" />
        <source>Voice call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="225" />
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="227" />
        <source>no engagement</source>
        <translation>keine Interaktion</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="229" />
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="236" />
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="238" />
        <source>Day %1 +%2 h</source>
        <translation>Tag %1 +%2 h</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="239" />
        <source>Day %1 +%2 min</source>
        <translation>Tag %1 +%2 min</translation>
    </message>
    <message>
        <location filename="../designer/exitedgeitem.cpp" line="89" />
        <source>suggested by exec gate</source>
        <translation>vorgeschlagen durch Management-Freigabe</translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="37" />
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="40" />
        <source>%1 → step %2</source>
        <translation>%1 → Schritt %2</translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="46" />
        <source>retry %1 min, %2×</source>
        <translation>Wiederholung %1 min, %2×</translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="49" />
        <source>%1: retry in %2 min, max %3×</source>
        <translation>%1: Wiederholung in %2 min, max. %3×</translation>
    </message>
    <message>
        <source>%1 touches</source>
        <translation type="vanished">%1 Ansprachen</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="116" />
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="117" />
        <source>%1 contacts · %2 touches</source>
        <translation>%1 Kontakte · %2 Ansprachen</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="129" />
        <source>%1 · %L2%</source>
        <translation>%1 · %L2 %</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="203" />
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="221" />
        <source>handled by %1</source>
        <translation>bearbeitet von %1</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="249" />
        <source>intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location filename="../designer/terminalitem.cpp" line="30" />
        <source>Exit: %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../designer/terminalitem.cpp" line="31" />
        <source>Hand off: %1</source>
        <translation>Übergabe: %1</translation>
    </message>
</context>
<context>
    <name>Touchline::DispatchStatus</name>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="31" />
        <source>Pause or resume this console's dispatcher: while paused it sends nothing (approved items wait)</source>
        <translation>Den Versand dieser Konsole anhalten oder fortsetzen: angehalten sendet er nichts (freigegebene Sendungen warten)</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="41" />
        <source>Failed…</source>
        <translation>Fehlgeschlagen…</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="43" />
        <source>The items that could not be sent, with the provider's error</source>
        <translation>Die Einträge, die nicht gesendet werden konnten, mit dem Fehler des Anbieters</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="62" />
        <source>Dispatcher: stopped</source>
        <translation>Versand: gestoppt</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="63" />
        <source>Dispatcher: paused</source>
        <translation>Versand: angehalten</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="64" />
        <source>Dispatcher: running</source>
        <translation>Versand: läuft</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="67" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="67" />
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="75" />
        <source>nothing approved</source>
        <translation>nichts freigegeben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dispatchstatus.cpp" line="76" />
        <source>Dispatch: %n sent today</source>
        <translation>
            <numerusform>Versand: heute %n gesendet</numerusform>
            <numerusform>Versand: heute %n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dispatchstatus.cpp" line="77" />
        <source>%n failing</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="77" />
        <source>next: %1</source>
        <translation>als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>Touchline::FailedItemsDialog</name>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="98" />
        <source>Failed items</source>
        <translation>Fehlgeschlagene Einträge</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="108" />
        <source>Retry selected</source>
        <translation>Ausgewählte wiederholen</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="110" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="132" />
        <source>Not retried: %1</source>
        <translation>Nicht wiederholt: %1</translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="163" />
        <source>Nothing failed.</source>
        <translation>Nichts ist fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dispatchstatus.cpp" line="164" />
        <source>%n item(s) failed; their drafts are kept.</source>
        <translation>
            <numerusform>%n Eintrag fehlgeschlagen; sein Entwurf bleibt erhalten.</numerusform>
            <numerusform>%n Einträge fehlgeschlagen; ihre Entwürfe bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="173" />
        <source>Sending again…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
</context>
<context>
    <name>Touchline::FirstRun</name>
    <message>
        <location filename="../app/firstrun.cpp" line="22" />
        <source>Starting Touchline</source>
        <translation>Touchline startet</translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="37" />
        <source>Creating Touchline's local database (the first start takes a few seconds)…</source>
        <translation>Die lokale Datenbank von Touchline wird angelegt (der erste Start dauert einige Sekunden)…</translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="38" />
        <source>Starting Touchline's local database…</source>
        <translation>Die lokale Datenbank von Touchline startet…</translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="53" />
        <source>cannot start the embedded local database in %1: %2</source>
        <translation>die eingebettete lokale Datenbank in %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="64" />
        <source>Bringing the database up to date…</source>
        <translation>Die Datenbank wird auf den neuesten Stand gebracht…</translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="69" />
        <source>Loading the demo flows…</source>
        <translation>Die Demo-Abläufe werden geladen…</translation>
    </message>
</context>
<context>
    <name>Touchline::FlowDesigner</name>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="77" />
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Double-click a problem to go to it</source>
        <translation type="vanished">Doppelklicken Sie auf ein Problem, um dorthin zu springen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="97" />
        <source>Click a problem to go to it</source>
        <translation>Klicken Sie auf ein Problem, um dorthin zu springen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="104" />
        <source>Find campaign by slug or name (Ctrl+F)</source>
        <translation>Kampagne nach Slug oder Name suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="142" />
        <source>&lt;b&gt;Palette&lt;/b&gt;</source>
        <translation>&lt;b&gt;Palette&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="147" />
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="156" />
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probleme&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="226" />
        <location filename="../designer/flowdesigner.cpp" line="400" />
        <location filename="../designer/flowdesigner.cpp" line="820" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="234" />
        <location filename="../designer/flowdesigner.cpp" line="244" />
        <location filename="../designer/flowdesigner.cpp" line="247" />
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="238" />
        <location filename="../designer/flowdesigner.cpp" line="245" />
        <location filename="../designer/flowdesigner.cpp" line="250" />
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="247" />
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="250" />
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="256" />
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="258" />
        <source>Copy the selection</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="261" />
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="263" />
        <source>Paste with fresh slugs</source>
        <translation>Mit neuen Slugs einfügen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="266" />
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="268" />
        <source>Duplicate the selected campaigns</source>
        <translation>Ausgewählte Kampagnen duplizieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="271" />
        <location filename="../designer/flowdesigner.cpp" line="783" />
        <location filename="../designer/flowdesigner.cpp" line="791" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="273" />
        <source>Delete the selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="276" />
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="278" />
        <source>Select everything</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="287" />
        <source>◀ Map</source>
        <translation>◀ Karte</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="289" />
        <source>Back to the campaign map</source>
        <translation>Zurück zur Kampagnenkarte</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="292" />
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="294" />
        <source>Arrange the campaigns with Graphviz dot</source>
        <translation>Kampagnen mit Graphviz dot anordnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="299" />
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="301" />
        <source>Fit everything into view (also F)</source>
        <translation>Alles in die Ansicht einpassen (auch F)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="310" />
        <location filename="../designer/flowdesigner.cpp" line="312" />
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="314" />
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="319" />
        <source>Snap to grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="321" />
        <source>Snap moved campaigns to the grid</source>
        <translation>Verschobene Kampagnen am Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="327" />
        <source>Minimap</source>
        <translation>Minikarte</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="329" />
        <source>Show the overview of the whole map in the corner</source>
        <translation>Übersicht der gesamten Karte in der Ecke anzeigen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="338" />
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="338" />
        <source>Find a campaign</source>
        <translation>Kampagne suchen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="343" />
        <source>Open sequence</source>
        <translation>Sequenz öffnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="345" />
        <source>Open the selected campaign's sequence</source>
        <translation>Sequenz der ausgewählten Kampagne öffnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="357" />
        <source>Open flow file in editor…</source>
        <translation>Ablaufdatei im Editor öffnen…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="359" />
        <source>Show a flow definition (JSON) in the editor, without writing it to the database</source>
        <translation>Ablaufdefinition (JSON) im Editor anzeigen, ohne sie in die Datenbank zu schreiben</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="363" />
        <source>Export editor contents…</source>
        <translation>Editorinhalt exportieren…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="365" />
        <source>Write what the editor shows, unsaved edits included, as a flow definition (JSON)</source>
        <translation>Inhalt des Editors einschließlich nicht gespeicherter Änderungen als Ablaufdefinition (JSON) schreiben</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="86" />
        <location filename="../designer/flowdesigner.cpp" line="408" />
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="85" />
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="410" />
        <source>Run the open flow, unsaved edits included, in a what-if simulation</source>
        <translation>Den geöffneten Ablauf samt ungespeicherter Änderungen in einer Was-wäre-wenn-Simulation ausführen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="415" />
        <source>Simulation figures</source>
        <translation>Simulationszahlen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="417" />
        <source>Show the last simulation's figures on the map and the sequences</source>
        <translation>Die Zahlen der letzten Simulation auf der Karte und in den Sequenzen zeigen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="423" />
        <source>Simulation panel</source>
        <translation>Simulationsbereich</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="425" />
        <source>Show the simulation's plan and results beside the canvas</source>
        <translation>Plan und Ergebnisse der Simulation neben der Arbeitsfläche zeigen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="460" />
        <source>Fix the flow's errors before simulating (see Problems)</source>
        <translation>Beheben Sie vor dem Simulieren die Fehler des Ablaufs (siehe Probleme)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="466" />
        <source>Simulating %1…</source>
        <translation>Simuliere %1…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="467" />
        <source>the flow</source>
        <translation>den Ablauf</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="474" />
        <source>Simulated %1: the figures are on the map and the sequences</source>
        <translation>%1 simuliert: Die Zahlen stehen auf der Karte und in den Sequenzen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="477" />
        <source>Not simulated: %1</source>
        <translation>Nicht simuliert: %1</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="945" />
        <source>Open flow file in editor</source>
        <translation>Ablaufdatei im Editor öffnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="949" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="955" />
        <source>Export editor contents</source>
        <translation>Editorinhalt exportieren</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation type="vanished">JSON importieren…</translation>
    </message>
    <message>
        <source>Open a flow definition into the designer</source>
        <translation type="vanished">Ablaufdefinition im Designer öffnen</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="vanished">JSON exportieren…</translation>
    </message>
    <message>
        <source>Write the designed flow as a flow definition</source>
        <translation type="vanished">Den gestalteten Ablauf als Ablaufdefinition speichern</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="369" />
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="371" />
        <source>Export the canvas as PNG or SVG</source>
        <translation>Arbeitsfläche als PNG oder SVG exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="374" />
        <source>Revision history…</source>
        <translation>Revisionsverlauf…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="376" />
        <source>The selected campaign's revisions, what changed between two, and moving its contacts to another revision</source>
        <translation>Revisionen der ausgewählten Kampagne, Änderungen zwischen zwei Revisionen und Verschieben ihrer Kontakte in eine andere Revision</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="381" />
        <source>Select a campaign first</source>
        <translation>Wählen Sie zuerst eine Kampagne aus</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="553" />
        <source>  &lt;b&gt;Campaign map&lt;/b&gt;  </source>
        <translation>  &lt;b&gt;Kampagnenkarte&lt;/b&gt;  </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="554" />
        <source>Drag a campaign type onto the map, or a channel onto a campaign</source>
        <translation>Ziehen Sie einen Kampagnentyp auf die Karte oder einen Kanal auf eine Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="570" />
        <source>  Map › &lt;b&gt;%1&lt;/b&gt;  </source>
        <translation>  Karte › &lt;b&gt;%1&lt;/b&gt;  </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="592" />
        <source>Laying out the map…</source>
        <translation>Karte wird angeordnet…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="620" />
        <source>Laid out the map</source>
        <translation>Karte angeordnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="639" />
        <source>%n campaign(s) match</source>
        <translation>
            <numerusform>%n Kampagne gefunden</numerusform>
            <numerusform>%n Kampagnen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="666" />
        <source>&lt;span style='color:#dc2626'&gt;● %n error(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style='color:#dc2626'&gt;● %n Fehler&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style='color:#dc2626'&gt;● %n Fehler&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="667" />
        <source>&lt;span style='color:#16a34a'&gt;● valid&lt;/span&gt;</source>
        <translation>&lt;span style='color:#16a34a'&gt;● gültig&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="669" />
        <source> · &lt;span style='color:#d97706'&gt;%n warning(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> · &lt;span style='color:#d97706'&gt;%n Warnung&lt;/span&gt;</numerusform>
            <numerusform> · &lt;span style='color:#d97706'&gt;%n Warnungen&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="671" />
        <source> · &lt;b&gt;unsaved changes&lt;/b&gt;</source>
        <translation> · &lt;b&gt;nicht gespeicherte Änderungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="714" />
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="717" />
        <location filename="../designer/flowdesigner.cpp" line="746" />
        <source>Nothing deleted</source>
        <translation>Nichts gelöscht</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="751" />
        <source>Removed from the editor; the database still runs %1</source>
        <translation>Aus dem Editor entfernt; die Datenbank führt %1 weiterhin aus</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="757" />
        <location filename="../designer/flowdesigner.cpp" line="816" />
        <source>Archive %1</source>
        <translation>%1 archivieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="773" />
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="776" />
        <source>These routes go with it:
• %1</source>
        <translation>Diese Routen werden mit entfernt:
• %1</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="779" />
        <source>%1 is published: the database keeps enrolling and sending for it unless you archive it. Archiving sets its status to archived in the database now, ends its running enrollments and cancels its unsent touches.</source>
        <translation>%1 ist veröffentlicht: Die Datenbank nimmt weiterhin Kontakte in diese Kampagne auf und versendet für sie, bis Sie sie archivieren. Das Archivieren setzt ihren Status in der Datenbank sofort auf „archiviert“, beendet ihre laufenden Aufnahmen und storniert ihre noch nicht gesendeten Ansprachen.</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="787" />
        <source>Archive in database</source>
        <translation>In der Datenbank archivieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="791" />
        <source>Remove from editor only</source>
        <translation>Nur aus dem Editor entfernen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="810" />
        <source>Cannot archive %1: %2</source>
        <translation>%1 kann nicht archiviert werden: %2</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="823" />
        <source>Archived in the database: %1</source>
        <translation>In der Datenbank archiviert: %1</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="861" />
        <source>Opening %1 replaces the editor's contents.</source>
        <translation>Das Öffnen von %1 ersetzt den Inhalt des Editors.</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="862" />
        <source>not opened; your edits are still here</source>
        <translation>nicht geöffnet; Ihre Änderungen bleiben erhalten</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="877" />
        <source>Opened %1 in the editor: %n campaign(s)</source>
        <translation>
            <numerusform>%1 im Editor geöffnet: %n Kampagne</numerusform>
            <numerusform>%1 im Editor geöffnet: %n Kampagnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="893" />
        <source>Exported the editor's %n campaign(s), unsaved edits included, to %1</source>
        <translation>
            <numerusform>%n Kampagne des Editors einschließlich nicht gespeicherter Änderungen nach %1 exportiert</numerusform>
            <numerusform>%n Kampagnen des Editors einschließlich nicht gespeicherter Änderungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="898" />
        <source>Exported the editor's %n campaign(s) to %1</source>
        <translation>
            <numerusform>%n Kampagne des Editors nach %1 exportiert</numerusform>
            <numerusform>%n Kampagnen des Editors nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="907" />
        <source>There is nothing to export</source>
        <translation>Es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="916" />
        <source>Touchline flow</source>
        <translation>Touchline-Ablauf</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="919" />
        <location filename="../designer/flowdesigner.cpp" line="936" />
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Import flow</source>
        <translation type="vanished">Ablauf importieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="945" />
        <location filename="../designer/flowdesigner.cpp" line="957" />
        <source>Flow definitions (*.json)</source>
        <translation>Ablaufdefinitionen (*.json)</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="vanished">%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Export flow</source>
        <translation type="vanished">Ablauf exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="961" />
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="967" />
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="969" />
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="975" />
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>Touchline::FlowDocument</name>
    <message>
        <location filename="../designer/flowdocument.cpp" line="187" />
        <source>Add campaign %1</source>
        <translation>Kampagne %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="245" />
        <source>%1 on %2 → %3</source>
        <translation>%1 bei %2 → %3</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="264" />
        <source>step %1 on %2 → step %3</source>
        <translation>Schritt %1 bei %2 → Schritt %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="301" />
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne löschen</numerusform>
            <numerusform>%n Kampagnen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="359" />
        <source>End %1 on %2</source>
        <translation>%1 bei %2 enden lassen</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="360" />
        <source>Route %1 %2 to %3</source>
        <translation>%1: %2 an %3 weiterleiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="378" />
        <source>Move %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne verschieben</numerusform>
            <numerusform>%n Kampagnen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="416" />
        <source>Map %1 of step %2</source>
        <translation>%1 von Schritt %2 zuordnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="417" />
        <source>Unmap %1 of step %2</source>
        <translation>Zuordnung von %1 in Schritt %2 aufheben</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="443" />
        <source>Add %1 step to %2</source>
        <translation>%1-Schritt zu %2 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="480" />
        <source>Delete %n step(s) of %1</source>
        <translation>
            <numerusform>%n Schritt von %1 löschen</numerusform>
            <numerusform>%n Schritte von %1 löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="504" />
        <source>New %1 campaign</source>
        <translation>Neue %1-Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="522" />
        <source>Text {{first_name}} one short line (160 characters) about {{company}} that can be answered with a word.</source>
        <translation>Eine kurze Zeile (160 Zeichen) an {{first_name}} über {{company}}, die sich mit einem Wort beantworten lässt.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="528" />
        <source>Call script for {{first_name}} at {{company}}: who is calling and why, one question, and the offer of a short meeting. Voicemail: name and call-back number, under 20 seconds.</source>
        <translation>Gesprächsleitfaden für {{first_name}} bei {{company}}: wer anruft und warum, eine Frage und das Angebot eines kurzen Termins. Mailbox: Name und Rückrufnummer, unter 20 Sekunden.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="535" />
        <source>Connection note to {{first_name}} (under 300 characters): why {{company}}, no pitch.</source>
        <translation>Kontaktnotiz an {{first_name}} (unter 300 Zeichen): warum {{company}}, kein Verkaufsgespräch.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="539" />
        <source>Write to {{first_name}} at {{company}}.</source>
        <translation>Schreiben Sie an {{first_name}} bei {{company}}.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="676" />
        <source>Drop the route on a campaign.</source>
        <translation>Legen Sie die Route auf einer Kampagne ab.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="678" />
        <source>%1 is not an exit of a campaign.</source>
        <translation>%1 ist kein Ausstieg einer Kampagne.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="680" />
        <source>A campaign cannot enroll its own leavers again: route %1 to another campaign.</source>
        <translation>Eine Kampagne kann ihre eigenen Aussteiger nicht erneut aufnehmen: Leiten Sie %1 an eine andere Kampagne weiter.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="683" />
        <source>%1 is archived and enrolls no one.</source>
        <translation>%1 ist archiviert und nimmt niemanden auf.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="701" />
        <source>Drop the outcome on a step, an exit or a handoff.</source>
        <translation>Legen Sie das Ergebnis auf einem Schritt, einem Ausstieg oder einer Übergabe ab.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="706" />
        <source>A goto stays inside its campaign: route %1 to an exit, and on_exit continues in %2.</source>
        <translation>Ein goto bleibt innerhalb seiner Kampagne: Leiten Sie %1 zu einem Ausstieg weiter; über on_exit geht es dann in %2 weiter.</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="711" />
        <source>%1 is never redialled: route it to an exit or another step.</source>
        <translation>%1 wird nie erneut angewählt: Leiten Sie es zu einem Ausstieg oder einem anderen Schritt weiter.</translation>
    </message>
    <message>
        <source>unhandled outcome port: on %1 the contact moves on to the next step</source>
        <translation type="vanished">nicht behandelter Ergebnis-Port: Bei %1 geht der Kontakt zum nächsten Schritt über</translation>
    </message>
</context>
<context>
    <name>Touchline::HandoffsView</name>
    <message>
        <location filename="../console/handoffsview.cpp" line="34" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="36" />
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="37" />
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="47" />
        <source>Exec gate: booked meetings</source>
        <translation>Management-Freigabe: gebuchte Termine</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="48" />
        <source>Live calls</source>
        <translation>Live-Anrufe</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="51" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75" />
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75" />
        <location filename="../console/handoffsview.cpp" line="132" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75" />
        <source>From campaign</source>
        <translation>Aus Kampagne</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75" />
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="88" />
        <source>The routing note for the next owner</source>
        <translation>Der Routing-Hinweis für den nächsten Verantwortlichen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="90" />
        <source>&amp;Enroll</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="94" />
        <source>Why not (kept in the audit log)</source>
        <translation>Warum nicht (wird im Audit-Log festgehalten)</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="95" />
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="98" />
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="100" />
        <source>Enroll in:</source>
        <translation>Aufnehmen in:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="101" />
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="102" />
        <location filename="../console/handoffsview.cpp" line="166" />
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="107" />
        <source>Or decline:</source>
        <translation>Oder ablehnen:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132" />
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132" />
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="145" />
        <source>&amp;Claim this call</source>
        <translation>Diesen Anruf &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="149" />
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="150" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="151" />
        <source>Call back at…</source>
        <translation>Rückruf um…</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="157" />
        <source>What was said</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="158" />
        <source>Record &amp;result</source>
        <translation>&amp;Ergebnis erfassen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="161" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="164" />
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="165" />
        <source>Call back:</source>
        <translation>Rückruf:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="171" />
        <source>Script:</source>
        <translation>Skript:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="173" />
        <source>Conversation so far:</source>
        <translation>Bisheriger Gesprächsverlauf:</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="228" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="242" />
        <source>unclaimed</source>
        <translation>nicht übernommen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="247" />
        <source>Exec gate: booked meetings (%1)</source>
        <translation>Management-Freigabe: gebuchte Termine (%1)</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="248" />
        <source>Live calls (%1)</source>
        <translation>Live-Anrufe (%1)</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="266" />
        <source>&lt;i&gt;Pick a booked meeting to route it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen gebuchten Termin aus, um ihn weiterzuleiten.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="271" />
        <source>&lt;b style='font-size:large'&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Booked %4 in &lt;b&gt;%5&lt;/b&gt;: %6&lt;br&gt;BDR notes: %7</source>
        <translation>&lt;b style='font-size:large'&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Gebucht am %4 in &lt;b&gt;%5&lt;/b&gt;: %6&lt;br&gt;BDR-Notizen: %7</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="279" />
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation>&lt;i&gt;keine&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="292" />
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="312" />
        <source>&lt;i&gt;Pick a call; the longest waiting is first.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wählen Sie einen Anruf aus; der am längsten wartende steht oben.&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="318" />
        <source>&lt;b style='font-size:large'&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · waiting %4</source>
        <translation>&lt;b style='font-size:large'&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · wartet seit %4</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="343" />
        <source>Enrolled in %1</source>
        <translation>In %1 aufgenommen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="360" />
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="379" />
        <source>The call is yours</source>
        <translation>Der Anruf gehört Ihnen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="380" />
        <source>Another agent has taken this call</source>
        <translation>Ein anderer Agent hat diesen Anruf übernommen</translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="402" />
        <source>Result recorded</source>
        <translation>Ergebnis erfasst</translation>
    </message>
</context>
<context>
    <name>Touchline::InboxModel</name>
    <message>
        <location filename="../console/inboxmodel.cpp" line="22" />
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="24" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="26" />
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="27" />
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="33" />
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="35" />
        <source>Awaiting draft</source>
        <translation>Wartet auf Entwurf</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="37" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="39" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="41" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="43" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="111" />
        <source> · edited</source>
        <translation> · bearbeitet</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxmodel.cpp" line="129" />
        <source>%n merge field(s) unresolved</source>
        <translation>
            <numerusform>%n Platzhalter nicht aufgelöst</numerusform>
            <numerusform>%n Platzhalter nicht aufgelöst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="167" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="169" />
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="171" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="173" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="175" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="177" />
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="179" />
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="181" />
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="183" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="185" />
        <source>Routing note</source>
        <translation>Routing-Hinweis</translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="187" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Touchline::InboxPreview</name>
    <message>
        <location filename="../console/inboxpreview.cpp" line="92" />
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="97" />
        <source>Message, as it will be sent</source>
        <translation>Nachricht, wie sie gesendet wird</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="116" />
        <source>Step instructions</source>
        <translation>Schrittanweisungen</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="123" />
        <source>Conversation so far</source>
        <translation>Bisheriger Gesprächsverlauf</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="132" />
        <source>Select a draft to read it here.</source>
        <translation>Wählen Sie einen Entwurf aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="212" />
        <source>&lt;b&gt;%1&lt;/b&gt; · step %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · Schritt %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="217" />
        <source> · scheduled %1</source>
        <translation> · geplant für %1</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="219" />
        <source>&lt;br&gt;Goal: %1</source>
        <translation>&lt;br&gt;Ziel: %1</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="221" />
        <source>&lt;br&gt;Routing note: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>&lt;br&gt;Routing-Hinweis: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="228" />
        <source>Approved without review</source>
        <translation>Ohne Prüfung freigegeben</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="229" />
        <source>Approved by %1 at %2</source>
        <translation>Freigegeben von %1 am %2</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="233" />
        <source>Rejected by %1 at %2: %3</source>
        <translation>Abgelehnt von %1 am %2: %3</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="237" />
        <source>Cancelled: the contact left the campaign (%1) at %2</source>
        <translation>Storniert: Der Kontakt ist am %2 aus der Kampagne ausgestiegen (%1)</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="240" />
        <source>Cancelled: this touch will not be sent</source>
        <translation>Storniert: Diese Ansprache wird nicht gesendet</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="243" />
        <source>Awaiting draft: an external agent writes this touch; it appears here for review when filled.</source>
        <translation>Wartet auf Entwurf: Ein externer Agent verfasst diese Ansprache; sie erscheint hier zur Prüfung, sobald sie ausgefüllt ist.</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="250" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="254" />
        <source>step %1 · </source>
        <translation>Schritt %1 · </translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="258" />
        <source>No earlier touches: this is the first.</source>
        <translation>Keine früheren Ansprachen: Dies ist die erste.</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="269" />
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxpreview.cpp" line="286" />
        <source>%n unresolved merge field(s): %1</source>
        <translation>
            <numerusform>%n nicht aufgelöster Platzhalter: %1</numerusform>
            <numerusform>%n nicht aufgelöste Platzhalter: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="297" />
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="319" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="328" />
        <source>Saved · edited</source>
        <translation>Gespeichert · bearbeitet</translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="328" />
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Touchline::InboxWidget</name>
    <message>
        <location filename="../console/inboxwidget.cpp" line="60" />
        <source>Wrong tone</source>
        <translation>Falscher Ton</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="61" />
        <source>Factual error</source>
        <translation>Sachlicher Fehler</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="62" />
        <source>Unresolved merge fields</source>
        <translation>Nicht aufgelöste Platzhalter</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="63" />
        <source>Wrong contact or company</source>
        <translation>Falscher Kontakt oder falsches Unternehmen</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="64" />
        <source>Bad timing</source>
        <translation>Schlechter Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="65" />
        <source>Duplicate touch</source>
        <translation>Doppelte Ansprache</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="206" />
        <source>Search contact, company, subject or message…</source>
        <translation>Kontakt, Unternehmen, Betreff oder Nachricht suchen…</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="214" />
        <location filename="../console/inboxwidget.cpp" line="342" />
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="215" />
        <location filename="../console/inboxwidget.cpp" line="343" />
        <source>Pending review</source>
        <translation>Prüfung ausstehend</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="216" />
        <location filename="../console/inboxwidget.cpp" line="344" />
        <source>Awaiting draft</source>
        <translation>Wartet auf Entwurf</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="217" />
        <location filename="../console/inboxwidget.cpp" line="345" />
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="218" />
        <location filename="../console/inboxwidget.cpp" line="346" />
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="219" />
        <location filename="../console/inboxwidget.cpp" line="347" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="220" />
        <location filename="../console/inboxwidget.cpp" line="348" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="221" />
        <location filename="../console/inboxwidget.cpp" line="349" />
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="227" />
        <location filename="../console/inboxwidget.cpp" line="338" />
        <source>All clients</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="228" />
        <location filename="../console/inboxwidget.cpp" line="339" />
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="229" />
        <location filename="../console/inboxwidget.cpp" line="340" />
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="242" />
        <location filename="../console/inboxwidget.cpp" line="442" />
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="247" />
        <source>Approve the selected drafts and move to the next (Ctrl+Enter)</source>
        <translation>Ausgewählte Entwürfe freigeben und zum nächsten wechseln (Strg+Eingabe)</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="248" />
        <location filename="../console/inboxwidget.cpp" line="443" />
        <source>Reject…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="251" />
        <source>Reject the selected drafts with a reason (Ctrl+R)</source>
        <translation>Ausgewählte Entwürfe mit Begründung ablehnen (Strg+R)</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="252" />
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="255" />
        <source>Leave this draft for later and go to the next (Ctrl+Down)</source>
        <translation>Diesen Entwurf für später zurückstellen und zum nächsten wechseln (Strg+Unten)</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="256" />
        <location filename="../console/inboxwidget.cpp" line="444" />
        <source>Undo decision</source>
        <translation>Entscheidung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="259" />
        <source>Take back the last approval or rejection while it is not sent (Ctrl+U)</source>
        <translation>Letzte Freigabe oder Ablehnung zurücknehmen, solange sie nicht gesendet ist (Strg+U)</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="273" />
        <source>↑↓ move · Shift/Ctrl+click select several · Ctrl+Enter approve · Ctrl+R reject · Ctrl+Down skip · Ctrl+U undo</source>
        <translation>↑↓ bewegen · Umschalt/Strg+Klick mehrere auswählen · Strg+Eingabe freigeben · Strg+R ablehnen · Strg+Unten überspringen · Strg+U rückgängig</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="357" />
        <source>Inbox — %1 to review</source>
        <translation>Posteingang — %1 zu prüfen</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="359" />
        <source>, %1 awaiting a draft</source>
        <translation>, %1 auf Entwurf wartend</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="381" />
        <source>Inbox zero.
Nothing is waiting for your review; new drafts appear here as the scheduler fires them.</source>
        <translation>Posteingang leer.
Nichts wartet auf Ihre Prüfung; neue Entwürfe erscheinen hier, sobald der Planer sie auslöst.</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="383" />
        <source>No drafts match these filters.</source>
        <translation>Keine Entwürfe entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="424" />
        <source>This login may read the inbox but not decide: approving and rejecting need the touchline_approver role.</source>
        <translation>Diese Anmeldung darf den Posteingang lesen, aber nicht entscheiden: Freigeben und Ablehnen erfordern die Rolle touchline_approver.</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="442" />
        <source>Approve %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="443" />
        <source>Reject %1…</source>
        <translation>%1 ablehnen…</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="446" />
        <source>Undo approval (%1)</source>
        <translation>Freigabe rückgängig machen (%1)</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="447" />
        <source>Undo rejection (%1)</source>
        <translation>Ablehnung rückgängig machen (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="488" />
        <source>Reject %n draft(s)</source>
        <translation>
            <numerusform>%n Entwurf ablehnen</numerusform>
            <numerusform>%n Entwürfe ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="490" />
        <source>Why? The reason stays with the draft and in the audit log.</source>
        <translation>Warum? Die Begründung bleibt beim Entwurf und im Audit-Log.</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="497" />
        <source>Details (optional with a reason above, else required)</source>
        <translation>Details (optional, wenn oben ein Grund gewählt ist, sonst erforderlich)</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="500" />
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="560" />
        <source>Not approved: %1. Approving again once the database answers is safe: a draft is never approved twice.</source>
        <translation>Nicht freigegeben: %1. Erneut freigeben, sobald die Datenbank antwortet, ist sicher: ein Entwurf wird nie zweimal freigegeben.</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="563" />
        <source>Not rejected: %1. Rejecting again once the database answers is safe: a draft is never rejected twice.</source>
        <translation>Nicht abgelehnt: %1. Erneut ablehnen, sobald die Datenbank antwortet, ist sicher: ein Entwurf wird nie zweimal abgelehnt.</translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="578" />
        <source>: nothing was changed.</source>
        <translation>: Es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="580" />
        <source> (and %n more)</source>
        <translation>
            <numerusform> (und %n weiterer)</numerusform>
            <numerusform> (und %n weitere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="584" />
        <source>Approved %n draft(s).</source>
        <translation>
            <numerusform>%n Entwurf freigegeben.</numerusform>
            <numerusform>%n Entwürfe freigegeben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="585" />
        <source>Rejected %n draft(s).</source>
        <translation>
            <numerusform>%n Entwurf abgelehnt.</numerusform>
            <numerusform>%n Entwürfe abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="625" />
        <source>Undone: %n draft(s) back in review.</source>
        <translation>
            <numerusform>Rückgängig gemacht: %n Entwurf wieder in Prüfung.</numerusform>
            <numerusform>Rückgängig gemacht: %n Entwürfe wieder in Prüfung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::InspectorWidget</name>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="119" />
        <source>Select a campaign on the map or a step in a sequence to edit it.</source>
        <translation>Wählen Sie zum Bearbeiten eine Kampagne auf der Karte oder einen Schritt in einer Sequenz aus.</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="182" />
        <source>What authors and approvers call this campaign</source>
        <translation>So nennen Autoren und Freigeber diese Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="184" />
        <source>Unique key: lower-case letters, digits and _; routes name it</source>
        <translation>Eindeutiger Schlüssel: Kleinbuchstaben, Ziffern und _; Routen verweisen darauf</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="192" />
        <source>Meetings wait for the approver</source>
        <translation>Termine warten auf den Freigeber</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="193" />
        <source>Only roles.bdr campaigns may gate</source>
        <translation>Nur roles.bdr-Kampagnen können eine Freigabe verlangen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="194" />
        <location filename="../designer/inspectorwidget.cpp" line="292" />
        <source>Needs review</source>
        <translation>Prüfung erforderlich</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="196" />
        <source>Off: this campaign's touches are approved as they fire</source>
        <translation>Aus: Die Ansprachen dieser Kampagne werden beim Auslösen freigegeben</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="199" />
        <source>Touchline's templates</source>
        <translation>Touchline-Vorlagen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="200" />
        <source>an external agent</source>
        <translation>ein externer Agent</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="203" />
        <source> days after last step</source>
        <translation> Tage nach dem letzten Schritt</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="208" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="209" />
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="210" />
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="211" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="212" />
        <source>Owner role</source>
        <translation>Verantwortliche Rolle</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="213" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="214" />
        <source>Exec gate</source>
        <translation>Management-Freigabe</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="215" />
        <location filename="../designer/inspectorwidget.cpp" line="312" />
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="216" />
        <source>Drafted by</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="217" />
        <source>No engagement</source>
        <translation>Keine Interaktion</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="222" />
        <source>Only send inside a window</source>
        <translation>Nur im Versandfenster senden</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="242" />
        <source>Send window</source>
        <translation>Versandfenster</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="247" />
        <source>On %1</source>
        <translation>Bei „%1“</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="266" />
        <source>lower-case letters, digits and _ only</source>
        <translation>nur Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="284" />
        <source>day </source>
        <translation>Tag </translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="287" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="289" />
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="294" />
        <source>Follows the campaign's setting until changed here</source>
        <translation>Folgt der Einstellung der Kampagne, bis sie hier geändert wird</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="301" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="301" />
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="308" />
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="309" />
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="310" />
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="311" />
        <source>Handler</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="313" />
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="314" />
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="326" />
        <source>The draft Touchline's templates write for a sample contact</source>
        <translation>Der Entwurf, den die Vorlagen von Touchline für einen Beispielkontakt schreiben</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="336" />
        <source>Preview for %1 %2</source>
        <translation>Vorschau für %1 %2</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="340" />
        <source>On outcome</source>
        <translation>Bei Ergebnis</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="363" />
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="396" />
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="400" />
        <source>%1 · step %2</source>
        <translation>%1 · Schritt %2</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="437" />
        <source>(exec approver decides)</source>
        <translation>(Management-Freigeber entscheidet)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="438" />
        <source>(ends here)</source>
        <translation>(endet hier)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="642" />
        <location filename="../designer/inspectorwidget.cpp" line="655" />
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="664" />
        <source>length %1, GSM-7</source>
        <translation>Länge %1, GSM-7</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="665" />
        <source>length %1, UCS-2 (not all GSM-7)</source>
        <translation>Länge %1, UCS-2 (nicht alles GSM-7)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="668" />
        <source>1 SMS segment (%1 characters)</source>
        <translation>1 SMS-Segment (%1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="669" />
        <source>%1 SMS segments (%2 characters each)</source>
        <translation>%1 SMS-Segmente (je %2 Zeichen)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="674" />
        <source>subject %1 of %2 characters</source>
        <translation>Betreff %1 von %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="679" />
        <source>note %1 of %2 characters</source>
        <translation>Notiz %1 von %2 Zeichen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="684" />
        <source>about %1 s read aloud</source>
        <translation>etwa %1 s vorgelesen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="687" />
        <source>not on the sample contact: %1</source>
        <translation>nicht beim Beispielkontakt: %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="70" />
        <location filename="../designer/inspectorwidget.cpp" line="80" />
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="70" />
        <source>end (times out)</source>
        <translation>Ende (läuft ab)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="72" />
        <source>(default) exit converted</source>
        <translation>(Standard) Ausstieg converted</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="74" />
        <source>(default) exit rejected</source>
        <translation>(Standard) Ausstieg rejected</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="76" />
        <source>(default) classify reply</source>
        <translation>(Standard) Antwort einordnen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="78" />
        <source>(default) a week later</source>
        <translation>(Standard) eine Woche später</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="479" />
        <source>go to step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="481" />
        <source>exit %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="483" />
        <source>retry in 30 min, 3×</source>
        <translation>Wiederholung in 30 min, 3×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="484" />
        <source>retry in 60 min, 3×</source>
        <translation>Wiederholung in 60 min, 3×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="485" />
        <source>retry in 120 min, 2×</source>
        <translation>Wiederholung in 120 min, 2×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="488" />
        <source>hand off to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="494" />
        <source>retry in %1 min, %2×</source>
        <translation>Wiederholung in %1 min, %2×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="548" />
        <source>Edit campaign %1</source>
        <translation>Kampagne %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="586" />
        <source>Edit step %1 of %2</source>
        <translation>Schritt %1 von %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>Touchline::MainWindow</name>
    <message>
        <source>Touchline</source>
        <translation type="vanished">Touchline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="67" />
        <location filename="../app/mainwindow.cpp" line="1009" />
        <source>Touchline[*]</source>
        <translation>Touchline[*]</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="82" />
        <source>&amp;Designer</source>
        <translation>D&amp;esigner</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83" />
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="84" />
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="85" />
        <source>Dash&amp;board</source>
        <translation>Dashb&amp;oard</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86" />
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="87" />
        <source>&amp;Handoffs</source>
        <translation>Über&amp;gaben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128" />
        <source>Archiving %1…</source>
        <translation>%1 wird archiviert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="152" />
        <source>%n running enrollment(s) ended</source>
        <translation>
            <numerusform>%n laufende Aufnahme beendet</numerusform>
            <numerusform>%n laufende Aufnahmen beendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="153" />
        <source>%n unsent touch(es) cancelled</source>
        <translation>
            <numerusform>%n nicht gesendete Ansprache storniert</numerusform>
            <numerusform>%n nicht gesendete Ansprachen storniert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import flow…</source>
        <translation type="vanished">Ablauf &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a flow definition (JSON) into the database</source>
        <translation type="vanished">Ablaufdefinition (JSON) in die Datenbank importieren</translation>
    </message>
    <message>
        <source>&amp;Export flow…</source>
        <translation type="vanished">Ablauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export every campaign as a flow definition (JSON)</source>
        <translation type="vanished">Alle Kampagnen als Ablaufdefinition (JSON) exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159" />
        <source>&amp;Import flow file into database…</source>
        <translation>Ablaufdatei in Datenbank &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163" />
        <source>Import a flow definition (JSON) into the database: its campaigns are published</source>
        <translation>Ablaufdefinition (JSON) in die Datenbank importieren: Ihre Kampagnen werden veröffentlicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165" />
        <source>&amp;Export published campaigns…</source>
        <translation>Veröffentlichte Kampagnen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168" />
        <source>Write the campaigns as published in the database, without the editor's unsaved edits, as a flow definition (JSON)</source>
        <translation>Kampagnen im veröffentlichten Stand der Datenbank, ohne die nicht gespeicherten Änderungen des Editors, als Ablaufdefinition (JSON) schreiben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171" />
        <source>&amp;Save design to database…</source>
        <translation>Design in Datenbank &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174" />
        <source>Publish the changed campaigns to the database as new revisions</source>
        <translation>Geänderte Kampagnen als neue Revisionen in der Datenbank veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175" />
        <source>Save &amp;draft</source>
        <translation>Als Entw&amp;urf speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179" />
        <source>Store the changed campaigns in the database as drafts, without publishing them</source>
        <translation>Geänderte Kampagnen als Entwürfe in der Datenbank speichern, ohne sie zu veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193" />
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194" />
        <source>Choose the embedded database or a shared PostgreSQL server</source>
        <translation>Eingebettete Datenbank oder gemeinsamen PostgreSQL-Server wählen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195" />
        <source>C&amp;hannel accounts…</source>
        <translation>Ka&amp;nalkonten…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210" />
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212" />
        <source>Load the campaigns again from the database</source>
        <translation>Kampagnen erneut aus der Datenbank laden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214" />
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220" />
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235" />
        <source>The language changes at the next start of Touchline</source>
        <translation>Die Sprache wechselt beim nächsten Start von Touchline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="239" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244" />
        <source>&amp;About Touchline</source>
        <translation>&amp;Über Touchline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="250" />
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251" />
        <source>Export published</source>
        <translation>Veröffentlichte exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="295" />
        <location filename="../app/mainwindow.cpp" line="537" />
        <source>Loading the campaigns…</source>
        <translation>Die Kampagnen werden geladen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="385" />
        <source>Reading the login's roles…</source>
        <translation>Die Rollen der Anmeldung werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403" />
        <source>Database: %1 · login %2 (%3)</source>
        <translation>Datenbank: %1 · Anmeldung %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408" />
        <source> · clients %1</source>
        <translation> · Kunden %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="419" />
        <source>This login may not edit flows: it does not hold the touchline_author role</source>
        <translation>Diese Anmeldung darf keine Abläufe bearbeiten: Sie hat die Rolle touchline_author nicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="435" />
        <source>This login does not hold touchline_engine: this console's scheduler and dispatcher stay paused</source>
        <translation>Diese Anmeldung hat die Rolle touchline_engine nicht: Planer und Versand dieser Konsole bleiben pausiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="517" />
        <source>Cannot load the campaigns</source>
        <translation>Die Kampagnen können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="523" />
        <source>Cannot load the drafts</source>
        <translation>Die Entwürfe können nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="555" />
        <source>%n campaign(s) · schema v%1</source>
        <translation>
            <numerusform>%n Kampagne · Schema v%1</numerusform>
            <numerusform>%n Kampagnen · Schema v%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="561" />
        <source>Reloading replaces the editor's contents with the database's.</source>
        <translation>Das Neuladen ersetzt den Inhalt des Editors durch den der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="606" />
        <source>Cancelled; your edits are still here</source>
        <translation>Abgebrochen; Ihre Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="615" />
        <source>The design has unsaved edits.</source>
        <translation>Das Design enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="617" />
        <source>The design has unsaved edits to %1.</source>
        <translation>Das Design enthält nicht gespeicherte Änderungen an %1.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="619" />
        <source>Unsaved edits</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="624" />
        <source>Save a draft (not published), publish them as new revisions, or discard them?</source>
        <translation>Als Entwurf speichern (nicht veröffentlicht), als neue Revisionen veröffentlichen oder verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="626" />
        <source>Save draft</source>
        <translation>Entwurf speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="628" />
        <source>Publish…</source>
        <translation>Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="630" />
        <source>Discard edits</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="648" />
        <source>Quitting loses them.</source>
        <translation>Beim Beenden gehen sie verloren.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="658" />
        <source>Importing %1 reloads the editor from the database.</source>
        <translation>Das Importieren von %1 lädt den Editor neu aus der Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662" />
        <location filename="../app/mainwindow.cpp" line="682" />
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662" />
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="674" />
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="692" />
        <source>%1 is invalid; nothing was imported</source>
        <translation>%1 ist ungültig; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="698" />
        <source>Import failed; nothing was written</source>
        <translation>Import fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="720" />
        <source>Imported %1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1 importiert: %2 angelegt, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="739" />
        <source>Exporting the published campaigns…</source>
        <translation>Die veröffentlichten Kampagnen werden exportiert…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="748" />
        <location filename="../app/mainwindow.cpp" line="756" />
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="757" />
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="761" />
        <source>Exported %n published campaign(s) from the database to %1</source>
        <translation>
            <numerusform>%n veröffentlichte Kampagne aus der Datenbank nach %1 exportiert</numerusform>
            <numerusform>%n veröffentlichte Kampagnen aus der Datenbank nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="841" />
        <source>Publishing…</source>
        <translation>Wird veröffentlicht…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="981" />
        <source>Saving the draft…</source>
        <translation>Der Entwurf wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1016" />
        <source>Import flow file into database</source>
        <translation>Ablaufdatei in Datenbank importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1027" />
        <source>Export published campaigns</source>
        <translation>Veröffentlichte Kampagnen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n campaign(s) to %1</source>
        <translation type="vanished">
            <numerusform>%n Kampagne nach %1 exportiert</numerusform>
            <numerusform>%n Kampagnen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="804" />
        <source>Cannot save the design</source>
        <translation>Das Design kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="805" />
        <source>The flow has %n error(s); the problems list names them.</source>
        <translation>
            <numerusform>Der Ablauf enthält %n Fehler; die Problemliste führt ihn auf.</numerusform>
            <numerusform>Der Ablauf enthält %n Fehler; die Problemliste führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="813" />
        <source>Nothing to save: no campaign changed</source>
        <translation>Nichts zu speichern: Keine Kampagne wurde geändert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="825" />
        <location filename="../app/mainwindow.cpp" line="869" />
        <source>Saving failed; nothing was written</source>
        <translation>Speichern fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="878" />
        <source>Not saved; your edits are still here</source>
        <translation>Nicht gespeichert; Ihre Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="887" />
        <source>Reloaded; your unsaved edits were discarded</source>
        <translation>Neu geladen; Ihre nicht gespeicherten Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="826" />
        <source>Other authors kept saving the same campaigns; try again.</source>
        <translation>Andere Autoren haben dieselben Kampagnen wiederholt gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="909" />
        <source>Published, but its drafts could not be cleared: %1</source>
        <translation>Veröffentlicht, aber die zugehörigen Entwürfe konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="913" />
        <source>Saved: %1 created, %2 updated, %3 unchanged</source>
        <translation>Gespeichert: %1 angelegt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="898" />
        <source>Cannot save as copy</source>
        <translation>Speichern als Kopie nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="943" />
        <source>Save as copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="952" />
        <source>Save %1 as %2</source>
        <translation>%1 als %2 speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="963" />
        <source>No campaign selected</source>
        <translation>Keine Kampagne ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="964" />
        <source>Select or open a campaign to see its revision history.</source>
        <translation>Wählen oder öffnen Sie eine Kampagne, um ihren Revisionsverlauf anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="975" />
        <source>Nothing to save: no campaign differs from what is published</source>
        <translation>Nichts zu speichern: Keine Kampagne weicht vom veröffentlichten Stand ab</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="990" />
        <source>The draft was not saved</source>
        <translation>Der Entwurf wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="999" />
        <source>Draft saved, not published: %1</source>
        <translation>Entwurf gespeichert, nicht veröffentlicht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1010" />
        <source>Touchline[*] — %n unpublished draft(s)</source>
        <translation>
            <numerusform>Touchline[*] — %n unveröffentlichter Entwurf</numerusform>
            <numerusform>Touchline[*] — %n unveröffentlichte Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <source>Import flow</source>
        <translation type="vanished">Ablauf importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1018" />
        <location filename="../app/mainwindow.cpp" line="1029" />
        <source>Flow definitions (*.json)</source>
        <translation>Ablaufdefinitionen (*.json)</translation>
    </message>
    <message>
        <source>Export flow</source>
        <translation type="vanished">Ablauf exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1041" />
        <source>The new connection is used from the next start of Touchline</source>
        <translation>Die neue Verbindung wird ab dem nächsten Start von Touchline verwendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1077" />
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1081" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1081" />
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1087" />
        <source>Pan the canvas</source>
        <translation>Arbeitsfläche verschieben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1087" />
        <source>Space + drag, or middle-button drag</source>
        <translation>Leertaste + Ziehen oder Ziehen mit der mittleren Maustaste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1088" />
        <source>Fit the canvas</source>
        <translation>Arbeitsfläche einpassen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1088" />
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1102" />
        <source>About Touchline</source>
        <translation>Über Touchline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1103" />
        <source>&lt;h3&gt;Touchline %1&lt;/h3&gt;&lt;p&gt;Campaign flow designer and supervisor console.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Touchline %1&lt;/h3&gt;&lt;p&gt;Designer für Kampagnenabläufe und Supervisor-Konsole.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Touchline::MinimapView</name>
    <message>
        <location filename="../designer/minimapview.cpp" line="19" />
        <source>Overview of the whole map: click to go there</source>
        <translation>Übersicht der gesamten Karte: Klicken Sie, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>Touchline::PaletteWidget</name>
    <message>
        <location filename="../designer/palettewidget.cpp" line="26" />
        <source>Drag a campaign type onto the map, or a channel onto a campaign or sequence</source>
        <translation>Ziehen Sie einen Kampagnentyp auf die Karte oder einen Kanal auf eine Kampagne oder Sequenz</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="28" />
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="31" />
        <source>%1 campaign</source>
        <translation>%1-Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="35" />
        <source>A new %1 campaign with one email step</source>
        <translation>Eine neue %1-Kampagne mit einem E-Mail-Schritt</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="37" />
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="44" />
        <source>A %1 step; its outcomes become ports</source>
        <translation>Ein %1-Schritt; seine Ergebnisse werden zu Ports</translation>
    </message>
</context>
<context>
    <name>Touchline::PasswordPrompt</name>
    <message>
        <location filename="../app/passwordprompt.cpp" line="18" />
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location filename="../app/passwordprompt.cpp" line="24" />
        <source>No system keychain answered (%1), so Touchline cannot remember the password of %2. Enter it for this session; it is kept in memory only and asked again at the next start.</source>
        <translation>Kein Schlüsselbund des Systems hat geantwortet (%1), daher kann sich Touchline das Passwort von %2 nicht merken. Geben Sie es für diese Sitzung ein; es wird nur im Arbeitsspeicher gehalten und beim nächsten Start erneut abgefragt.</translation>
    </message>
    <message>
        <location filename="../app/passwordprompt.cpp" line="33" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>Touchline::ProblemsModel</name>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="16" />
        <source>(unnamed campaign)</source>
        <translation>(unbenannte Kampagne)</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="79" />
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="79" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="88" />
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="111" />
        <source>flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="114" />
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="130" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · step %2</source>
        <translation type="vanished">%1 · Schritt %2</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="143" />
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="145" />
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="147" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Touchline::PublishDialog</name>
    <message>
        <location filename="../designer/publishdialog.cpp" line="19" />
        <source>Save and publish</source>
        <translation>Speichern und veröffentlichen</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="24" />
        <source>Changed (%1): %2.</source>
        <translation>Geändert (%1): %2.</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="27" />
        <source>Only moved on the map (%1): positions are saved, nothing is published.</source>
        <translation>Nur auf der Karte verschoben (%1): Positionen werden gespeichert, nichts wird veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="30" />
        <source>Campaigns whose steps or exits changed get a new published revision; contacts already enrolled keep the revision they started on.</source>
        <translation>Kampagnen, deren Schritte oder Ausstiege sich geändert haben, erhalten eine neue veröffentlichte Revision; bereits eingeschriebene Kontakte behalten die Revision, mit der sie begonnen haben.</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="33" />
        <source>Nothing changed since the last load or save.</source>
        <translation>Seit dem letzten Laden oder Speichern wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) changed: %1. Campaigns whose steps changed get a new published revision; contacts already enrolled keep the revision they started on.</source>
        <translation type="vanished">
            <numerusform>%n Kampagne geändert: %1. Kampagnen mit geänderten Schritten erhalten eine neue veröffentlichte Revision; bereits aufgenommene Kontakte bleiben auf der Revision, mit der sie begonnen haben.</numerusform>
            <numerusform>%n Kampagnen geändert: %1. Kampagnen mit geänderten Schritten erhalten eine neue veröffentlichte Revision; bereits aufgenommene Kontakte bleiben auf der Revision, mit der sie begonnen haben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="39" />
        <source>Publish &amp;message:</source>
        <translation>&amp;Nachricht zur Veröffentlichung:</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="43" />
        <source>Recorded with each new revision; shown in the revision history</source>
        <translation>Wird mit jeder neuen Revision gespeichert und im Revisionsverlauf angezeigt</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="50" />
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="66" />
        <source>Saved from the designer</source>
        <translation>Aus dem Designer gespeichert</translation>
    </message>
</context>
<context>
    <name>Touchline::RevisionHistoryDialog</name>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="28" />
        <source>Revision history of %1</source>
        <translation>Revisionsverlauf von %1</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="30" />
        <source>Select one revision to see what it changed, or two to compare them. Contacts stay on the revision they were enrolled on unless you move them.</source>
        <translation>Wählen Sie eine Revision aus, um ihre Änderungen zu sehen, oder zwei, um sie zu vergleichen. Kontakte bleiben auf der Revision, mit der sie aufgenommen wurden, sofern Sie sie nicht verschieben.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43" />
        <source>Published by</source>
        <translation>Veröffentlicht von</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43" />
        <source>Active contacts</source>
        <translation>Aktive Kontakte</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43" />
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="60" />
        <location filename="../designer/revisionhistorydialog.cpp" line="223" />
        <source>&amp;Move contacts…</source>
        <translation>Kontakte &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="87" />
        <source>Reading the revisions…</source>
        <translation>Revisionen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="104" />
        <source>Cannot read the revisions: %1</source>
        <translation>Die Revisionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="112" />
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="179" />
        <source>Select one or two revisions.</source>
        <translation>Wählen Sie eine oder zwei Revisionen aus.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="183" />
        <source>Revision %1 is the first.</source>
        <translation>Revision %1 ist die erste.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="186" />
        <source>Comparing revisions %1 and %2…</source>
        <translation>Revisionen %1 und %2 werden verglichen…</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="203" />
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="207" />
        <source>Revisions %1 and %2 have the same steps.</source>
        <translation>Die Revisionen %1 und %2 haben dieselben Schritte.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="208" />
        <source>From revision %1 to %2:</source>
        <translation>Von Revision %1 zu %2:</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/revisionhistorydialog.cpp" line="222" />
        <source>&amp;Move %n contact(s) from %1 to %2…</source>
        <translation>
            <numerusform>%n Kontakt von %1 nach %2 &amp;verschieben…</numerusform>
            <numerusform>%n Kontakte von %1 nach %2 &amp;verschieben…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="224" />
        <source>Move the active contacts on the older revision to the newer one; a contact past the new last step is due to leave</source>
        <translation>Aktive Kontakte von der älteren auf die neuere Revision verschieben; ein Kontakt, der bereits hinter dem neuen letzten Schritt steht, ist zum Ausstieg fällig</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="235" />
        <source>Move contacts</source>
        <translation>Kontakte verschieben</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="236" />
        <source>Move the active contacts of %1 from revision %2 to revision %3? They continue with revision %3's steps from the step they are on.</source>
        <translation>Die aktiven Kontakte von %1 von Revision %2 auf Revision %3 verschieben? Sie durchlaufen ab ihrem aktuellen Schritt die Schritte von Revision %3.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="253" />
        <source>Cannot move the contacts: %1</source>
        <translation>Die Kontakte können nicht verschoben werden: %1</translation>
    </message>
    <message>
        <source>Cannot move the contacts</source>
        <translation type="vanished">Die Kontakte können nicht verschoben werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/revisionhistorydialog.cpp" line="258" />
        <source>Moved %n contact(s) from revision %1 to %2.</source>
        <translation>
            <numerusform>%n Kontakt von Revision %1 auf %2 verschoben.</numerusform>
            <numerusform>%n Kontakte von Revision %1 auf %2 verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::SaveConflictDialog</name>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="20" />
        <source>Another author saved first</source>
        <translation>Ein anderer Autor hat zuerst gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/saveconflictdialog.cpp" line="22" />
        <source>Since you loaded them, %n campaign(s) were saved by someone else. Nothing has been written yet, and your edits are kept until you choose.</source>
        <translation>
            <numerusform>Seit dem Laden wurde %n Kampagne von jemand anderem gespeichert. Es wurde noch nichts geschrieben, und Ihre Änderungen bleiben erhalten, bis Sie sich entscheiden.</numerusform>
            <numerusform>Seit dem Laden wurden %n Kampagnen von jemand anderem gespeichert. Es wurde noch nichts geschrieben, und Ihre Änderungen bleiben erhalten, bis Sie sich entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34" />
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34" />
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="39" />
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="46" />
        <source>new here, created there</source>
        <translation>hier neu, dort angelegt</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="47" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="53" />
        <source>&amp;Reload theirs</source>
        <translation>Andere Version &amp;laden</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="55" />
        <source>Discard your edits and load what is in the database now</source>
        <translation>Ihre Änderungen verwerfen und den aktuellen Stand aus der Datenbank laden</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="56" />
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="58" />
        <source>Save your version of these campaigns over theirs</source>
        <translation>Ihre Version dieser Kampagnen über die andere Version speichern</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="59" />
        <source>Save as &amp;copy</source>
        <translation>Als &amp;Kopie speichern</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="61" />
        <source>Keep theirs and save yours as new campaigns with fresh slugs</source>
        <translation>Die andere Version behalten und Ihre als neue Kampagnen mit neuen Slugs speichern</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="64" />
        <source>Save nothing now and keep editing</source>
        <translation>Jetzt nichts speichern und weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Touchline::SchedulerService</name>
    <message>
        <location filename="../model/schedulerservice.cpp" line="185" />
        <source>The scheduler cannot connect: %1</source>
        <translation>Der Planer kann keine Verbindung herstellen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="187" />
        <source>Cannot connect: %1. Next attempt in %n s.</source>
        <translation>
            <numerusform>Verbindung nicht möglich: %1. Nächster Versuch in %n s.</numerusform>
            <numerusform>Verbindung nicht möglich: %1. Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="249" />
        <source>cannot listen for %1: %2</source>
        <translation>Benachrichtigungen für %1 können nicht abonniert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="327" />
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="417" />
        <source>A scheduler pass failed: %1. Next try in %n s.</source>
        <translation>
            <numerusform>Ein Planerdurchlauf ist fehlgeschlagen: %1. Nächster Versuch in %n s.</numerusform>
            <numerusform>Ein Planerdurchlauf ist fehlgeschlagen: %1. Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="432" />
        <source>The scheduler lost its database connection: %1</source>
        <translation>Der Planer hat die Datenbankverbindung verloren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="435" />
        <source>Connection lost: %1. Reconnecting in %n s.</source>
        <translation>
            <numerusform>Verbindung verloren: %1. Neuer Verbindungsversuch in %n s.</numerusform>
            <numerusform>Verbindung verloren: %1. Neuer Verbindungsversuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="449" />
        <source>The scheduler cannot reconnect: %1</source>
        <translation>Der Planer kann die Verbindung nicht wiederherstellen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="451" />
        <source>Cannot reconnect: %1. Next attempt in %n s.</source>
        <translation>
            <numerusform>Verbindung kann nicht wiederhergestellt werden: %1. Nächster Versuch in %n s.</numerusform>
            <numerusform>Verbindung kann nicht wiederhergestellt werden: %1. Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="477" />
        <source>Scheduler: %1</source>
        <translation>Planer: %1</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="504" />
        <source>Paused: no steps are fired.</source>
        <translation>Pausiert: Es werden keine Schritte ausgelöst.</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="507" />
        <source>Running on %1.</source>
        <translation>Läuft auf %1.</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="544" />
        <location filename="../model/schedulerservice.cpp" line="599" />
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="566" />
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>Touchline::SchedulerStatus</name>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="30" />
        <location filename="../console/schedulerstatus.cpp" line="66" />
        <location filename="../console/schedulerstatus.cpp" line="98" />
        <location filename="../console/schedulerstatus.cpp" line="121" />
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="31" />
        <source>Pause or resume this console's scheduler (campaigns are unaffected)</source>
        <translation>Planer dieser Konsole pausieren oder fortsetzen (Kampagnen sind nicht betroffen)</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="66" />
        <location filename="../console/schedulerstatus.cpp" line="98" />
        <location filename="../console/schedulerstatus.cpp" line="121" />
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="73" />
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="75" />
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="77" />
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="81" />
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="86" />
        <source>Scheduler: %1</source>
        <translation>Planer: %1</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="105" />
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="110" />
        <source>next due %1</source>
        <translation>als Nächstes fällig: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/schedulerstatus.cpp" line="116" />
        <source>%n fired today</source>
        <translation>
            <numerusform>heute %n ausgelöst</numerusform>
            <numerusform>heute %n ausgelöst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::SendLoadChart</name>
    <message>
        <location filename="../designer/sendloadchart.cpp" line="53" />
        <source>No touches</source>
        <translation>Keine Ansprachen</translation>
    </message>
    <message>
        <location filename="../designer/sendloadchart.cpp" line="86" />
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>Touchline::SequenceScene</name>
    <message>
        <location filename="../designer/sequencescene.cpp" line="136" />
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="157" />
        <source>exec approver routes it</source>
        <translation>Management-Freigeber leitet weiter</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="158" />
        <source>exec approver; suggests %1</source>
        <translation>Management-Freigeber; Vorschlag: %1</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="160" />
        <source>ends here</source>
        <translation>endet hier</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="160" />
        <source>enrolls in %1</source>
        <translation>nimmt in %1 auf</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="169" />
        <source>a person takes the call</source>
        <translation>ein Mensch übernimmt das Gespräch</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="170" />
        <source>the voicebot takes over</source>
        <translation>der Voicebot übernimmt</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="264" />
        <source>On %1, continues in %2 · %3 (double-click to open)</source>
        <translation>Bei „%1“ weiter in %2 · %3 (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <source>Drop the outcome on a step, an exit or a handoff.</source>
        <translation type="vanished">Legen Sie das Ergebnis auf einem Schritt, einem Ausstieg oder einer Übergabe ab.</translation>
    </message>
    <message>
        <source>A goto stays inside its campaign: route %1 to an exit, and on_exit continues in %2.</source>
        <translation type="vanished">Ein goto bleibt innerhalb seiner Kampagne: Leiten Sie %1 zu einem Ausstieg weiter; über on_exit geht es dann in %2 weiter.</translation>
    </message>
    <message>
        <source>%1 is never redialled: route it to an exit or another step.</source>
        <translation type="vanished">%1 wird nie erneut angewählt: Leiten Sie es zu einem Ausstieg oder einem anderen Schritt weiter.</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="462" />
        <source>Drop %1 on a step, an exit or a handoff</source>
        <translation>%1 auf einem Schritt, einem Ausstieg oder einer Übergabe ablegen</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="471" />
        <source>%1 → here</source>
        <translation>%1 → hierher</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="495" />
        <source>Mapped %1 of step %2</source>
        <translation>%1 von Schritt %2 zugeordnet</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="524" />
        <source>Only steps go into a sequence; drop campaigns on the map.</source>
        <translation>In eine Sequenz gehören nur Schritte; legen Sie Kampagnen auf der Karte ab.</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="542" />
        <source>Added step %1</source>
        <translation>Schritt %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="588" />
        <source>Copied %n step(s)</source>
        <translation>
            <numerusform>%n Schritt kopiert</numerusform>
            <numerusform>%n Schritte kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="629" />
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n Schritt einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="652" />
        <source>Unmap %n outcome(s)</source>
        <translation>
            <numerusform>Zuordnung von %n Ergebnis aufheben</numerusform>
            <numerusform>Zuordnung von %n Ergebnissen aufheben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::SimulationPanel</name>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="62" />
        <source>Simulate</source>
        <translation>Simulieren</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="68" />
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="69" />
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="70" />
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="77" />
        <source>Outcome probabilities</source>
        <translation>Ergebniswahrscheinlichkeiten</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="84" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="84" />
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="91" />
        <source>Channel defaults</source>
        <translation>Kanalstandard</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="93" />
        <source>Use the channel's built-in probabilities for this step</source>
        <translation>Für diesen Schritt die eingebauten Wahrscheinlichkeiten des Kanals verwenden</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="110" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="124" />
        <source>Show figures on the canvas</source>
        <translation>Zahlen auf der Arbeitsfläche zeigen</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="126" />
        <source>Compare with the previous run</source>
        <translation>Mit dem vorigen Lauf vergleichen</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="136" />
        <source>Touches per day</source>
        <translation>Ansprachen pro Tag</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="211" />
        <source>Select a step in a sequence to edit its outcome probabilities; the others use their channel's defaults.</source>
        <translation>Wählen Sie einen Schritt in einer Sequenz, um seine Ergebniswahrscheinlichkeiten zu bearbeiten; die übrigen verwenden die Standardwerte ihres Kanals.</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="216" />
        <source>%1, step %2 · %3</source>
        <translation>%1, Schritt %2 · %3</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="242" />
        <source>nothing heard back</source>
        <translation>keine Rückmeldung</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/simulationpanel.cpp" line="310" />
        <source>Simulating %L1 contacts over %n day(s)…</source>
        <translation>
            <numerusform>Simuliere %L1 Kontakte über %n Tag…</numerusform>
            <numerusform>Simuliere %L1 Kontakte über %n Tage…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="336" />
        <source>Run a simulation to see how many contacts reach each step.</source>
        <translation>Starten Sie eine Simulation, um zu sehen, wie viele Kontakte jeden Schritt erreichen.</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="343" />
        <source>%1: %L2 touches in %3 s</source>
        <translation>%1: %L2 Ansprachen in %3 s</translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="348" />
        <source>The flow or the plan changed since this run: simulate again.</source>
        <translation>Der Ablauf oder der Plan hat sich seit diesem Lauf geändert: erneut simulieren.</translation>
    </message>
</context>
<context>
    <name>Touchline::SimulationSession</name>
    <message>
        <location filename="../designer/simulationsession.cpp" line="172" />
        <source>contacts: expected 1 to %L1</source>
        <translation>contacts: erwartet 1 bis %L1</translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="174" />
        <source>days: expected 1 to %1</source>
        <translation>days: erwartet 1 bis %1</translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="185" />
        <source>%1.%2.%3: not an outcome of a %4 step</source>
        <translation>%1.%2.%3: kein Ergebnis eines %4-Schritts</translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="202" />
        <source>campaign: the flow has no campaign to enroll the contacts in</source>
        <translation>campaign: Der Ablauf hat keine Kampagne, in die die Kontakte aufgenommen werden können</translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="204" />
        <source>There is no database server to simulate on</source>
        <translation>Es gibt keinen Datenbankserver, auf dem simuliert werden kann</translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="245" />
        <source>Simulation cancelled</source>
        <translation>Simulation abgebrochen</translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="421" />
        <source>%1 end here</source>
        <translation>%1 enden hier</translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="422" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Touchline::TemplateEdit</name>
    <message>
        <location filename="../designer/templateedit.cpp" line="33" />
        <source>What this touch should say; type {{ for merge fields</source>
        <translation>Inhalt dieser Ansprache; geben Sie {{ ein, um Platzhalter einzufügen</translation>
    </message>
</context>
</TS>