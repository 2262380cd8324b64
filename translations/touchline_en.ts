<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli_report.cpp" line="44"/>
        <location filename="../app/commandline.cpp" line="48"/>
        <source>PostgreSQL URI (default: $TOUCHLINE_DB, else the embedded local database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="50"/>
        <location filename="../app/commandline.cpp" line="51"/>
        <source>Print one JSON object on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="50"/>
        <source>set, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="51"/>
        <source>smtp, twilio, webhook or manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="53"/>
        <source>The server or API base URL (no user or password in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="54"/>
        <source>The sender: an email address or a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="55"/>
        <source>The SMTP login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="56"/>
        <source>The API account SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="57"/>
        <source>Upgrade smtp:// with STARTTLS (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="58"/>
        <source>At most N sends a second through this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="59"/>
        <source>Network timeout of a send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="61"/>
        <source>Read the password, token or signing key from standard input and keep it in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="64"/>
        <source>Channel setting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="66"/>
        <source>Voice: the number a held human_agent call dials when LOGIN claims it (repeat for each agent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="85"/>
        <source>usage: touchline channel set CLIENT CHANNEL --provider P …, channel list [--json] or channel remove CLIENT CHANNEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="88"/>
        <source>channel set needs --provider (smtp, twilio, webhook or manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="106"/>
        <source>--agent %1: expected LOGIN=NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="119"/>
        <source>--%1 %2: expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="128"/>
        <location filename="../app/cli_dispatch.cpp" line="155"/>
        <source>channel %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="140"/>
        <source>cannot read the secret from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="146"/>
        <source>the account is saved, its secret is not: %1 (or set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="189"/>
        <source>(none): one pass; manual, mark-sent ID, retry ID, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="212"/>
        <source>unknown dispatch action &quot;%1&quot; (expected manual, mark-sent, retry or failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="191"/>
        <source>Send what is due at TIME (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="193"/>
        <source>Seconds an item stays claimed by this pass (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="196"/>
        <source>Items claimed at a time (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="208"/>
        <source>--lease and --batch take positive numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="216"/>
        <source>dispatch %1 takes exactly one item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="243"/>
        <source>Send by hand: %1 (%2), %3 step %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="249"/>
        <source>  Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="251"/>
        <source>  Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="252"/>
        <source>  Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="255"/>
        <source>  Once sent: touchline dispatch mark-sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="258"/>
        <source>nothing to send by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="299"/>
        <source>sent %1, failed %2, retrying %3, by hand %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_dispatch.cpp" line="314"/>
        <source>Record outcomes at TIME (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_dispatch.cpp" line="333"/>
        <source>%n outcome(s) recorded</source>
        <translation>
            <numerusform>%n outcome recorded</numerusform>
            <numerusform>%n outcomes recorded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="195"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="202"/>
        <source>The flow definition to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="206"/>
        <source>validate takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="227"/>
        <location filename="../app/commandline.cpp" line="281"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="229"/>
        <location filename="../app/commandline.cpp" line="283"/>
        <location filename="../app/commandline.cpp" line="706"/>
        <location filename="../app/commandline.cpp" line="779"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="234"/>
        <source>%1: valid, %n campaign(s)</source>
        <translation>
            <numerusform>%1: valid, %n campaign</numerusform>
            <numerusform>%1: valid, %n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="243"/>
        <source>The flow definition to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="247"/>
        <source>import takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="150"/>
        <source>list, approve, reject, undo, claim or fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="151"/>
        <source>Draft ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="153"/>
        <source>list: %1 (default open: awaiting a draft or pending review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="156"/>
        <source>list, approve --all: only this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="157"/>
        <source>approve: every draft pending review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="158"/>
        <source>reject: why, kept with the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="159"/>
        <source>fill: the subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="161"/>
        <source>fill: a file holding the body (- for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="162"/>
        <source>claim: at most this many drafts (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="170"/>
        <source>usage: touchline drafts list|approve|reject|undo|claim|fill …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="174"/>
        <source>drafts claim takes no ids, and --limit N with N at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="180"/>
        <source>--status %1: expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="186"/>
        <source>drafts approve needs draft ids or --all (not both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="188"/>
        <source>drafts %1 needs one or more draft ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="190"/>
        <source>drafts reject needs --reason TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="192"/>
        <source>drafts fill needs one draft id and --body-file F [--subject S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_drafts.cpp" line="200"/>
        <location filename="../app/commandline.cpp" line="253"/>
        <location filename="../app/commandline.cpp" line="597"/>
        <location filename="../app/commandline.cpp" line="824"/>
        <location filename="../app/commandline.cpp" line="1026"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="285"/>
        <source>%1 is invalid: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="296"/>
        <source>import of %1 failed, nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="312"/>
        <source>imported %1 into %2: %3 created, %4 updated, %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="327"/>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="328"/>
        <source>Export only this campaign (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="332"/>
        <source>export takes no FILE argument; use -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="354"/>
        <source>note: %1 routes %2 to %3, which is not in this export; import resolves it from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="368"/>
        <location filename="../app/commandline.cpp" line="929"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="382"/>
        <source>db init: also load the demo flows into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="383"/>
        <source>init, migrate or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="388"/>
        <source>db needs one action: init, migrate or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="391"/>
        <source>unknown db action &quot;%1&quot; (expected init, migrate or status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="412"/>
        <source>cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="474"/>
        <source>database: %1 (PostgreSQL %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="478"/>
        <source>applied migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="479"/>
        <source>schema version %1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="482"/>
        <source>: the database is newer than this Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="484"/>
        <source>: %1 pending, run touchline db migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="485"/>
        <source>, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="488"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="490"/>
        <source>demo flows loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="579"/>
        <source>Database connections enrolling a file&apos;s chunks at once (1 or 2, default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="588"/>
        <source>--connections %1: expected 1 or 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="632"/>
        <source>cannot write a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="731"/>
        <source>The outbound item the outcome answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="732"/>
        <source>The contact id (with --campaign and --step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="734"/>
        <source>The step number: its latest item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="742"/>
        <source>outcome needs --outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="746"/>
        <source>outcome takes --item or --contact, --campaign and --step, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="751"/>
        <source>outcome needs --item, or --%1 with --contact, --campaign and --step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="805"/>
        <source>The client every row must belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="806"/>
        <source>Write the export to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="808"/>
        <source>The file&apos;s encoding when it is not UTF-8 (such as windows-1252).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="810"/>
        <source>quiet-hours: voice or sms (default: both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="812"/>
        <source>quiet-hours: calls and texts from this local time (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="813"/>
        <source>quiet-hours: until this local time (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="821"/>
        <source>usage: touchline contacts import FILE.csv [--client ID] [--encoding NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="853"/>
        <source>%1 was refused: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="857"/>
        <source>imported %1: %2 created, %3 updated, %4 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="874"/>
        <source>contacts quiet-hours needs --from HH:MM and --to HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="885"/>
        <source>%1 %2: calls and texts only from %3 to %4 in the contact&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="897"/>
        <source>usage: touchline contacts import FILE.csv | erase ID | export-person ID | quiet-hours CLIENT --from HH:MM --to HH:MM [--channel voice|sms]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="913"/>
        <source>erased %1: its history stays as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1122"/>
        <source>kept the scratch database %1; the dashboard opens it from its data menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="500"/>
        <source>--%1 %2: expected an ISO 8601 time with its offset, e.g. 2026-03-02T09:00:00+01:00 or 2026-03-02T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="82"/>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="126"/>
        <source>       touchline db archive [--older-than DAYS | --set-retention DAYS] [--batch N] [--at TIME] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="572"/>
        <source>The campaign to enroll into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="573"/>
        <source>A contact id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="574"/>
        <source>A file of contact ids, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="575"/>
        <source>awareness, pipeline, credibility or marketing_relief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="576"/>
        <source>The exec gate&apos;s routing note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="577"/>
        <source>Enrollment time (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="585"/>
        <source>enroll needs --campaign and --contact or --contacts-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="645"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="675"/>
        <source>enrolled %n contact(s) in %1</source>
        <translation>
            <numerusform>enrolled %n contact in %1</numerusform>
            <numerusform>enrolled %n contacts in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="685"/>
        <source>Scheduler time (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="687"/>
        <source>Enrollments claimed per transaction (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="696"/>
        <source>--batch %1: expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="717"/>
        <source>fired %1, exited %2, enrolled %3, postponed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="733"/>
        <source>The campaign slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="735"/>
        <source>The outcome, e.g. replied, busy, live_answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="736"/>
        <source>A reply&apos;s intent, e.g. meeting_booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="737"/>
        <source>Idempotency key: a repeat changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="738"/>
        <source>When it happened (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="760"/>
        <source>--step %1: expected a step number (1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="803"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="804"/>
        <source>A CSV file with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n bad row(s): nothing was imported</source>
        <translation type="vanished">
            <numerusform>%1 has %n bad row: nothing was imported</numerusform>
            <numerusform>%1 has %n bad rows: nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="939"/>
        <source>pause, resume or cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="940"/>
        <source>When (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="941"/>
        <source>cap: the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="942"/>
        <source>cap: the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="943"/>
        <source>cap: touches per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="950"/>
        <source>usage: touchline campaign pause|resume SLUG, or campaign cap --client ID --channel CH --daily N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="966"/>
        <source>campaign cap needs --client ID, --channel (%1) and --daily N &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="987"/>
        <source>The campaign to enroll the simulated contacts in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="988"/>
        <source>How many contacts (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="989"/>
        <source>Virtual days to run (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="991"/>
        <source>Random seed (default 1): the same seed gives the same run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="995"/>
        <source>JSON file of outcome probabilities per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="997"/>
        <source>Virtual start time (default: next Monday 09:00 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="998"/>
        <source>Keep the scratch database afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1002"/>
        <source>simulate needs --campaign SLUG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1013"/>
        <source>--contacts, --days and --seed take positive whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1032"/>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="1089"/>
        <source>simulated %1 contacts in %2 over %n day(s) from %3 (seed %4)</source>
        <translation>
            <numerusform>simulated %1 contacts in %2 over %n day from %3 (seed %4)</numerusform>
            <numerusform>simulated %1 contacts in %2 over %n days from %3 (seed %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1118"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="1120"/>
        <source>%1 virtual moments, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="16"/>
        <source>Limit the login to this client (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="17"/>
        <source>Lift the login&apos;s client limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="18"/>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="19"/>
        <source>the login (created when missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="20"/>
        <source>author, approver, supervisor, engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="25"/>
        <source>db grant needs a login and at least one role (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="28"/>
        <source>db grant: --client and --all-clients exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="36"/>
        <source>unknown role &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="50"/>
        <source>%1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="53"/>
        <source>; every client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_grant.cpp" line="54"/>
        <source>; limited to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="34"/>
        <source>list: decided handoffs too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="35"/>
        <source>approve: a campaign to enroll into (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="37"/>
        <source>approve: awareness, pipeline, credibility or marketing_relief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="38"/>
        <source>approve: the routing note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="39"/>
        <source>decline: why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="40"/>
        <source>When it was decided (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="41"/>
        <source>list, approve ID or decline ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="47"/>
        <source>handoff needs list, approve ID or decline ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="49"/>
        <source>handoff %1 needs the handoff&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="51"/>
        <source>handoff approve needs at least one --campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="53"/>
        <source>handoff decline needs --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="79"/>
        <source>%1  %2  %3 from %4 (suggested: %5) %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="84"/>
        <location filename="../app/cli_report.cpp" line="149"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="109"/>
        <source>approved %1: enrolled in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_handoff.cpp" line="112"/>
        <source>declined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="47"/>
        <source>Read from this streaming replica (default: $TOUCHLINE_REPLICA_DB, else the database itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="51"/>
        <source>The campaign to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="52"/>
        <source>Start of the window (rounded down to the hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="53"/>
        <source>End of the window (rounded up to the hour).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="54"/>
        <source>Only enrollments on this revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="55"/>
        <source>Only steps on this channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="60"/>
        <source>report needs --campaign SLUG and no other argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="73"/>
        <source>--from must be before --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="80"/>
        <source>--revision %1: expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="125"/>
        <source>%1 (%2), client %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="130"/>
        <source>step %1  %2  %3  fired %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_report.cpp" line="149"/>
        <source>enrollments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="18"/>
        <source>sync or set-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="19"/>
        <source>The client whose Attio workspace to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="22"/>
        <source>Attio&apos;s API base URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="25"/>
        <source>The people timestamp attribute the pull is incremental on (default updated_at).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="32"/>
        <source>usage: touchline crm sync --client ID [--url BASE] [--json] or touchline crm set-key --client ID (the key on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="37"/>
        <source>unknown crm action &quot;%1&quot; (expected sync or set-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="45"/>
        <source>cannot read the API key from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="51"/>
        <source>the API key is not stored: %1 (or set %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="68"/>
        <source>--url %1: expected an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_crm.cpp" line="94"/>
        <source>%1 pulled, %2 skipped, %3 notes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="28"/>
        <source>Archive what ended more than DAYS ago (default: the stored retention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="31"/>
        <source>Store DAYS as the retention (used by later runs and the scheduler), then archive with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="34"/>
        <source>Enrollments per transaction (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="36"/>
        <source>Count the age from TIME (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="37"/>
        <source>archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="41"/>
        <source>db archive takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="46"/>
        <source>--older-than expects a number of days (0 or more), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="53"/>
        <source>--set-retention expects a number of days (1 or more), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="56"/>
        <source>db archive: --older-than and --set-retention exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="62"/>
        <source>--batch expects a positive number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli_archive.cpp" line="88"/>
        <source>archived what ended before %1 (%n day(s) ago):</source>
        <translation>
            <numerusform>archived what ended before %1 (%n day ago):</numerusform>
            <numerusform>archived what ended before %1 (%n days ago):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli_archive.cpp" line="91"/>
        <source>%1 enrollment(s), %2 item(s), %3 draft(s), %4 outcome(s), %5 task(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="64"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="70"/>
        <source>no outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="75"/>
        <source>Outcomes per step (share of events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="76"/>
        <source>Outcomes per step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="109"/>
        <source>Step and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="112"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="116"/>
        <source>Share of the step&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="126"/>
        <source>Enrollment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="143"/>
        <source>Funnel by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="145"/>
        <source>fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="147"/>
        <source>engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="153"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="169"/>
        <source>Contacts touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="177"/>
        <source>Touches per day and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="178"/>
        <source>Touches per hour and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="186"/>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="186"/>
        <source>Hour (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="199"/>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="232"/>
        <source>Enrollments per running campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardcharts.cpp" line="261"/>
        <source>Enrollments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../app/passwordstore.cpp" line="27"/>
        <source>the system keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/main.cpp" line="139"/>
        <location filename="../app/main.cpp" line="154"/>
        <location filename="../app/main.cpp" line="158"/>
        <location filename="../app/main.cpp" line="174"/>
        <source>Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="169"/>
        <location filename="../app/main.cpp" line="185"/>
        <source>Touchline cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="175"/>
        <source>The demo flows could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline</name>
    <message>
        <location filename="../model/connection.cpp" line="40"/>
        <source>cannot start the embedded local database in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="24"/>
        <source>pooler=%1 in the database URI: expected transaction, session or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="47"/>
        <source>%1 is not a PostgreSQL URI (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="129"/>
        <source>embedded local database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="195"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="247"/>
        <source>not valid UTF-8: name the file&apos;s encoding (such as windows-1252) to convert it; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="254"/>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="285"/>
        <source>malformed CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="293"/>
        <source>malformed CSV: an unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="297"/>
        <source>the file is empty: expected a header line with id and client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="324"/>
        <source>the header needs the columns id and client_id, it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="333"/>
        <source>column %1 of the header is empty or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="413"/>
        <source>id %1 belongs to another client; it is not moved to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="112"/>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="123"/>
        <source>client_id is &quot;%1&quot;, this import is for client &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="141"/>
        <source>do_not_contact is &quot;%1&quot;, expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="146"/>
        <location filename="../model/crm/attioperson.cpp" line="71"/>
        <source>unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="118"/>
        <source>id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="152"/>
        <location filename="../model/crm/attioperson.cpp" line="65"/>
        <source>malformed email &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="158"/>
        <location filename="../model/crm/attioperson.cpp" line="67"/>
        <source>phone &quot;%1&quot; is not an international number (E.164, such as +49 30 1234567)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="355"/>
        <source>id %1 already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="126"/>
        <source>client_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="61"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="85"/>
        <source>cannot connect to the database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="41"/>
        <source>the built-in demo flows do not validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="45"/>
        <source>demo flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="283"/>
        <location filename="../model/handoffstore.cpp" line="255"/>
        <source>unknown goal &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="440"/>
        <location filename="../model/engine.cpp" line="729"/>
        <location filename="../model/engineoutcomes.cpp" line="296"/>
        <location filename="../model/simulator.cpp" line="919"/>
        <source>no campaign with the slug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="445"/>
        <source>campaign %1 is archived and takes no enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="510"/>
        <location filename="../model/engineoutcomes.cpp" line="298"/>
        <source>no contact with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="512"/>
        <source>%1 is marked do-not-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="514"/>
        <source>%1 unsubscribed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="516"/>
        <source>%1 is already active in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="518"/>
        <source>%1 could not be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="652"/>
        <source>on_exit cycle %1 -&gt; %2: %3 left %2 less than a day ago and is not enrolled again; the exit from %1 stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="475"/>
        <source>unknown reply intent &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="300"/>
        <source>%1 has no active enrollment in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="302"/>
        <source>%1 has no step %2 (revision %3 has steps 1..%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="480"/>
        <source>unknown outcome &quot;%1&quot; for step %2 of %3, a %4 step (expected one of: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="308"/>
        <source>step %1 of %2 has not fired yet for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="585"/>
        <location filename="../model/flowstore.cpp" line="738"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="545"/>
        <source>goto step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="246"/>
        <location filename="../model/engineoutcomes.cpp" line="294"/>
        <source>no outbound item with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="285"/>
        <source>duplicate event %1: already recorded (the item is archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="290"/>
        <source>outbound item %1 is archived (its enrollment ended more than the retention ago): the outcome is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="478"/>
        <source>%1 has no step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="534"/>
        <source>recorded (the enrollment has ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="535"/>
        <source>recorded (a later step has fired since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="537"/>
        <source>recorded; no step is left: the contact times out as no_engagement unless an outcome routes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="551"/>
        <source>retry step %1 in %2 min (attempt %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="557"/>
        <source>no retry left: moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="575"/>
        <source>handoff to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="602"/>
        <source>reply recorded; the enrollment holds until the reply is classified (process_reply pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="606"/>
        <source>recorded (out of office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="616"/>
        <source>the sequence resumes at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="684"/>
        <source>duplicate event %1: already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/engineoutcomes.cpp" line="609"/>
        <source>next touch pushed back %n day(s)</source>
        <translation>
            <numerusform>next touch pushed back %n day</numerusform>
            <numerusform>next touch pushed back %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/engineoutcomes.cpp" line="539"/>
        <source>recorded; the sequence continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="129"/>
        <location filename="../model/flowcodec.cpp" line="181"/>
        <location filename="../model/flowcodec.cpp" line="250"/>
        <location filename="../model/flowcodec.cpp" line="373"/>
        <location filename="../model/flowcodec.cpp" line="455"/>
        <location filename="../model/flowcodec.cpp" line="527"/>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="133"/>
        <location filename="../model/flowcodec.cpp" line="468"/>
        <location filename="../model/flowcodec.cpp" line="660"/>
        <location filename="../model/flowcodec.cpp" line="672"/>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="138"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="143"/>
        <source>must not contain NUL characters (\u0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="162"/>
        <location filename="../model/flowcodec.cpp" line="167"/>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="205"/>
        <source>unknown %1 %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="214"/>
        <source>unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="226"/>
        <source>missing required field (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="229"/>
        <source>unknown format %1 (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="235"/>
        <source>missing required field (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="238"/>
        <source>unsupported version %1 (this Touchline reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="252"/>
        <location filename="../model/flowcodec.cpp" line="377"/>
        <location filename="../model/flowcodec.cpp" line="458"/>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="256"/>
        <source>the flow has no campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="262"/>
        <location filename="../model/flowcodec.cpp" line="389"/>
        <location filename="../model/flowcodec.cpp" line="417"/>
        <location filename="../model/flowcodec.cpp" line="445"/>
        <location filename="../model/flowcodec.cpp" line="515"/>
        <location filename="../model/flowcodec.cpp" line="612"/>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="305"/>
        <source>slug %1 must match ^[a-z0-9_]+$ (lower-case letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="309"/>
        <source>slug %1 is already used by campaigns[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="321"/>
        <source>campaign type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="326"/>
        <source>owner_role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="331"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="337"/>
        <location filename="../model/flowcodec.cpp" line="600"/>
        <source>expected a boolean, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="344"/>
        <source>the exec gate is only for roles.bdr campaigns, this one is owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="353"/>
        <source>unknown drafter %1: expected template or external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="365"/>
        <location filename="../model/flowcodec.cpp" line="558"/>
        <location filename="../model/flowcodec.cpp" line="563"/>
        <location filename="../model/flowcodec.cpp" line="701"/>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="382"/>
        <source>a campaign needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="399"/>
        <source>step %1 (day %2, +%3 min) is due before the step before it (day %4, +%5 min): delays must not decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="425"/>
        <source>unknown exit reason %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="433"/>
        <source>expected a campaign slug or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="461"/>
        <source>a send window needs at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="472"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="476"/>
        <source>day %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="494"/>
        <source>expected a time as HH:MM, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="503"/>
        <source>the window must end after it starts (%1 is not after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="528"/>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="554"/>
        <source>steps must be numbered 1..n in order: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="569"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="577"/>
        <source>a handler is only for voice steps, this step&apos;s channel is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="582"/>
        <source>handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="620"/>
        <source>unknown outcome %1 for channel %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="640"/>
        <source>expected an object such as {&quot;goto&quot;: 2}, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="646"/>
        <source>expected exactly one of goto, exit, retry, handoff, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="647"/>
        <source>an empty object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="666"/>
        <source>exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="678"/>
        <source>handoff target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="684"/>
        <source>%1 is never redialled: route it to an exit or another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="690"/>
        <source>expected an object {&quot;after_minutes&quot;: M, &quot;max_attempts&quot;: K}, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="707"/>
        <source>must be at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="725"/>
        <source>goto to missing step %1 (the campaign has steps 1..%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="740"/>
        <source>on_exit target %1 is not a campaign in this file%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="743"/>
        <source> or in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="786"/>
        <source>step %1 is unreachable: no path from step 1 leads to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="818"/>
        <source>on_exit routes form a cycle: %1; the engine will not enroll a contact again in a campaign it left less than a day ago (the exit stands, with a warning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1097"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1136"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1151"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;campaigns&quot;, got an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1169"/>
        <location filename="../model/localcluster.cpp" line="424"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="335"/>
        <location filename="../model/flowstore.cpp" line="920"/>
        <source>no campaign with the slug %1 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="385"/>
        <source>the database holds an invalid flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="420"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="699"/>
        <location filename="../model/flowstore.cpp" line="925"/>
        <source>%1 has no revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="736"/>
        <source>go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="740"/>
        <source>retry after %1 min, at most %2 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="744"/>
        <source>hand off to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="776"/>
        <source>step %1 added: %2 %3, day %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="782"/>
        <source>step %1 removed: %2 %3, day %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="789"/>
        <source>step %1 %2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="801"/>
        <location filename="../model/flowstore.cpp" line="802"/>
        <location filename="../model/flowstore.cpp" line="873"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="804"/>
        <source>campaign&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="804"/>
        <location filename="../model/flowstore.cpp" line="877"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="804"/>
        <location filename="../model/flowstore.cpp" line="877"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="814"/>
        <source>step %1 on_outcome %2 added: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="817"/>
        <source>step %1 on_outcome %2 removed (was: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="821"/>
        <source>step %1 on_outcome %2: %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="887"/>
        <source>on_exit.%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="893"/>
        <source>%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="928"/>
        <source>the two revisions are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="215"/>
        <source>TOUCHLINE_PG_BINDIR is %1, which holds no initdb and pg_ctl: install the Debian package %2, or point it at their folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="243"/>
        <source>the PostgreSQL server programs (initdb, pg_ctl) were not found: install the Debian package %1, or set TOUCHLINE_PG_BINDIR to their folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="273"/>
        <source>%1 did not finish in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="284"/>
        <source>the cluster folder %1 is too deep for a Unix socket path; set TOUCHLINE_HOME to a shorter folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="305"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="290"/>
        <source>running as root, the server needs the unprivileged system user postgres, which does not exist: install the Debian package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="398"/>
        <source>cannot hand %1 to the postgres user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="319"/>
        <source>the postgres user cannot reach %1 (a parent folder is closed to other users); set TOUCHLINE_HOME to a folder outside /root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="75"/>
        <source>%1 is not a folder (a link or a file stands in its place); remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="88"/>
        <source>%1 belongs to another account (%2): the database folder must belong to root or to %3; remove it or set TOUCHLINE_HOME to another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="94"/>
        <source>%1 belongs to another account (%2): the database folder must be your own; set TOUCHLINE_HOME to a folder of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="99"/>
        <source>cannot hand %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="106"/>
        <source>cannot close %1 to other accounts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="355"/>
        <source>initdb failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="361"/>
        <location filename="../model/localcluster.cpp" line="388"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="500"/>
        <source>another Touchline holds %1/cluster.lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="480"/>
        <source>the local PostgreSQL server did not start: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="548"/>
        <source>cannot create the touchline database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="600"/>
        <source>the local PostgreSQL server did not stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="86"/>
        <source>cannot create schema_migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="107"/>
        <source>the database schema is at version %1, newer than this Touchline (it knows versions up to %2): upgrade Touchline before using this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="121"/>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="75"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="76"/>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="78"/>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="79"/>
        <source>Hi %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="828"/>
        <source>%1: expected an object of outcome probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="837"/>
        <source>%1: unknown outcome &quot;%2&quot; for channel %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="839"/>
        <source>%1: expected a probability between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="845"/>
        <source>%1: the probabilities add up to %2, more than 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="849"/>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="857"/>
        <source>%1: unknown channel &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="863"/>
        <source>%1: expected a step number as the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="576"/>
        <source>cannot create the scratch database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="569"/>
        <source>the scratch database %1 is migrated, not copied from the template %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="596"/>
        <source>the scratch database %1, a copy of the template %2, is at schema version %3: migrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="618"/>
        <source>the template %1 cannot be built, the scratch database %2 is migrated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="651"/>
        <source>simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="760"/>
        <source>the scratch databases are migrated, not copied from a template: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="1006"/>
        <source>%1.%2.%3: unknown outcome for a %4 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="1023"/>
        <source>the simulation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="257"/>
        <source>saved, but the secret is not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="104"/>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="107"/>
        <source>author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="109"/>
        <source>approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="111"/>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="113"/>
        <source>engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="152"/>
        <source>db grant: the login name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/accesscontrol.cpp" line="160"/>
        <source>unknown role &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/bulkenrollment.cpp" line="159"/>
        <source>the plan needs at least one day and one new contact a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/bulkenrollment.cpp" line="186"/>
        <source>no campaign %1 with published steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/bulkenrollment.cpp" line="274"/>
        <source>%n contact(s) were enrolled before this error and stay enrolled: %1</source>
        <translation>
            <numerusform>%n contact was enrolled before this error and stays enrolled: %1</numerusform>
            <numerusform>%n contacts were enrolled before this error and stay enrolled: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/campaignarchive.cpp" line="45"/>
        <source>campaign %1 is not in the database; nothing was archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactdirectory.cpp" line="252"/>
        <source>a suppression needs a client and a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactdirectory.cpp" line="265"/>
        <location filename="../model/contactprivacy.cpp" line="34"/>
        <location filename="../model/contactprivacy.cpp" line="56"/>
        <source>no contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactdirectory.cpp" line="287"/>
        <source>%1 is not suppressed for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactprivacy.cpp" line="72"/>
        <source>quiet hours need voice or sms and a start before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="41"/>
        <source>the system keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="132"/>
        <source>client: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="134"/>
        <source>channel: unknown channel &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="138"/>
        <source>--provider: unknown provider &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="146"/>
        <source>--provider smtp: sends email only, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="148"/>
        <source>--url %1: expected smtp://HOST:PORT or smtps://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="150"/>
        <source>--from: expected an email address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="153"/>
        <source>--provider twilio: sends sms and voice only, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="155"/>
        <source>--url %1: expected the API&apos;s base URL (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="157"/>
        <source>--account: missing (the account SID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="159"/>
        <source>--from: missing (the sending number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="162"/>
        <source>--url %1: expected an http:// or https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="165"/>
        <source>--starttls: smtps:// is TLS from the start; use smtp:// with --starttls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/channelaccounts.cpp" line="167"/>
        <source>--url: must not hold a user or password (use --user and the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="76"/>
        <source>no %1 account for client %2: set one with touchline channel set %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="88"/>
        <source>no secret for the %1 account of %2: set %3 or store it in the keychain (touchline channel set … --secret-stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/dispatch/dispatcher.cpp" line="134"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>gave up after %n attempt: %1</numerusform>
            <numerusform>gave up after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="160"/>
        <location filename="../model/dispatch/dispatcher.cpp" line="175"/>
        <location filename="../model/dispatch/dispatcher.cpp" line="229"/>
        <location filename="../model/dispatch/dispatcher.cpp" line="236"/>
        <location filename="../model/dispatch/dispatcher.cpp" line="250"/>
        <location filename="../model/dispatch/dispatcher.cpp" line="283"/>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="163"/>
        <source>item %1: the lease ran out before the record; another dispatcher sends it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatcher.cpp" line="231"/>
        <source>its account no longer polls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatchservice.cpp" line="106"/>
        <location filename="../model/dispatch/dispatchservice.cpp" line="151"/>
        <source>dispatcher: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/dispatchservice.cpp" line="209"/>
        <source>the database is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/httpexchange.cpp" line="53"/>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/imapintake.cpp" line="110"/>
        <source>IMAP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/outbox.cpp" line="460"/>
        <location filename="../model/dispatch/outbox.cpp" line="511"/>
        <source>no outbound item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/outbox.cpp" line="461"/>
        <source>item %1 is %2, not waiting to be sent by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/outbox.cpp" line="512"/>
        <source>item %1 is %2, not failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="155"/>
        <source>contact %1 has no email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="161"/>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="209"/>
        <source>the mail server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="211"/>
        <source>the mail server refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/smtpadapter.cpp" line="212"/>
        <source>the mail server did not take it (will retry): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/twilioadapter.cpp" line="152"/>
        <source>contact %1 has no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/dispatch/twilioadapter.cpp" line="178"/>
        <source>the provider answered without a sid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="620"/>
        <location filename="../model/draftstore.cpp" line="704"/>
        <source>no draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="402"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="408"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="411"/>
        <source>draft %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="412"/>
        <source>draft %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="637"/>
        <source>left the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="483"/>
        <source>draft %1 was cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="485"/>
        <source>its touch will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="486"/>
        <source>the contact left the campaign (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="489"/>
        <source>draft %1 has no text yet: it awaits the external drafter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="492"/>
        <source>draft %1 cannot be undone: its touch is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="496"/>
        <source>draft %1 is %2, not awaiting a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="497"/>
        <source>draft %1 is %2: only your own approval or rejection can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="503"/>
        <source>draft %1 was already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="504"/>
        <source>draft %1 was already %2 by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="855"/>
        <source>--campaign %1: no such campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="880"/>
        <source>a rejection needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="953"/>
        <source>draft %1 can no longer be edited: it is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="954"/>
        <source>draft %1 can no longer be edited: it was %2 by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/draftstore.cpp" line="1070"/>
        <source>a draft needs a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/enginefiring.cpp" line="682"/>
        <source>%1 in %2, step %3: set aside: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="88"/>
        <location filename="../model/enginehandoffs.cpp" line="168"/>
        <source>no handoff with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="93"/>
        <source>declining handoff %1 needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="170"/>
        <source>task %1 is a %2, not a meeting_booked handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/enginehandoffs.cpp" line="172"/>
        <source>handoff %1 was already decided (%2) by %3 at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="251"/>
        <source>pick at least one campaign to enroll the contact in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="269"/>
        <source>declining a handoff needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="348"/>
        <source>no number for agent %1 in the voice account of %2 (setting agent_numbers): call %3 stays on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="356"/>
        <source>no secret for the voice account of %1: set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="371"/>
        <source>call %1 redirected to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="415"/>
        <source>handoff %1 is not claimed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/handoffstore.cpp" line="440"/>
        <source>a callback needs a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/reportstore.cpp" line="423"/>
        <source>unknown campaign &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="46"/>
        <source>Attio answered HTTP 429 to %1 %2: Retry-After asks for %3 s, more than the %4 s a sync waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="62"/>
        <source>Attio answered %1 %2 with something that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="101"/>
        <source>no answer from Attio to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="104"/>
        <source>the API key was refused (set it in the keychain or in TOUCHLINE_SECRET_&lt;CLIENT&gt;_CRM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="107"/>
        <source>still rate limited after waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attioclient.cpp" line="108"/>
        <source>Attio answered HTTP %1 to %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attioperson.cpp" line="63"/>
        <source>the record has no id.record_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="158"/>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="225"/>
        <source>another CRM sync for client %1 is running (since %2; its lease runs out at %3); try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/crm/attiosync.cpp" line="243"/>
        <source>the CRM sync of client %1 ran longer than its %n-minute lease and another sync took over; this one stopped</source>
        <translation>
            <numerusform>the CRM sync of client %1 ran longer than its %n-minute lease and another sync took over; this one stopped</numerusform>
            <numerusform>the CRM sync of client %1 ran longer than its %n-minute lease and another sync took over; this one stopped</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="312"/>
        <source>no Attio API key for client %1: store it in the keychain or set %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="359"/>
        <source>the record appears twice in one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="413"/>
        <source>a contact with this id belongs to another client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="527"/>
        <source>Touchline: left %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/crm/attiosync.cpp" line="530"/>
        <source>Left the campaign &quot;%1&quot; (%2) on %3. Reason: %4. Touchline enrollment %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/historyarchive.cpp" line="182"/>
        <source>the retention must be at least one day (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/historyarchive.cpp" line="201"/>
        <source>--older-than must be zero or more days (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::BulkEnrollDialog</name>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="33"/>
        <source>Enroll contacts in bulk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="36"/>
        <location filename="../console/bulkenrolldialog.cpp" line="38"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="40"/>
        <source>merge field, e.g. member_tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="49"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="52"/>
        <source>Preview the plan to see how many contacts it reaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="55"/>
        <source>Touches per day and channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="63"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="64"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="66"/>
        <source>Enroll no more: the contacts under way are enrolled, the rest are not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="68"/>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="76"/>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="77"/>
        <source>Company contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="78"/>
        <source>Title contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="79"/>
        <source>Attribute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="80"/>
        <source>Attribute value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="81"/>
        <source>Over days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="82"/>
        <source>At most new a day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="83"/>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="141"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/bulkenrolldialog.cpp" line="160"/>
        <source>%1 contacts match (not suppressed, not already active); %2 a day over %n day(s) enrolls %3.</source>
        <translation>
            <numerusform>%1 contacts match (not suppressed, not already active); %2 a day over %n day enrolls %3.</numerusform>
            <numerusform>%1 contacts match (not suppressed, not already active); %2 a day over %n days enrolls %3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="169"/>
        <source>The daily cap of %1 limits the pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="171"/>
        <source>%1 are left for a later plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="204"/>
        <source>Day of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="226"/>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="254"/>
        <source>Stopping after the contacts under way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="273"/>
        <source>%1 of %2 enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="293"/>
        <source>Stopped: %1 contacts enrolled; the rest of the plan is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="295"/>
        <source>Enrolled %1 contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/bulkenrolldialog.cpp" line="298"/>
        <source>%1 were refused: enrolled or suppressed meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::CampaignMapScene</name>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="166"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="384"/>
        <source>%1 → enroll in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="390"/>
        <source>Drop on a campaign to route %1 there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="425"/>
        <source>Routed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="462"/>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="468"/>
        <source>Drop a step on a campaign card, or open the campaign&apos;s sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="477"/>
        <source>Added a %1 step to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="519"/>
        <source>Copied %n campaign(s)</source>
        <translation>
            <numerusform>Copied %n campaign</numerusform>
            <numerusform>Copied %n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="535"/>
        <source>Paste %n campaign(s)</source>
        <translation>
            <numerusform>Paste %n campaign</numerusform>
            <numerusform>Paste %n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="575"/>
        <source>Remove %n route(s)</source>
        <translation>
            <numerusform>Remove %n route</numerusform>
            <numerusform>Remove %n routes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::CampaignOverview</name>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="20"/>
        <source>go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="22"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="24"/>
        <source>retry after %1 min (max %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="28"/>
        <source>hand off to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="36"/>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="37"/>
        <source>day %1 +%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="75"/>
        <source>On exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="75"/>
        <source>Continues in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="89"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="90"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="91"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="92"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="93"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="94"/>
        <source>On outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="185"/>
        <source>No campaign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="187"/>
        <source>This database holds no campaigns yet. Import a flow with File &gt; Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="195"/>
        <source>exec gate: a booked meeting waits for the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="198"/>
        <source>sends %1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignoverview.cpp" line="200"/>
        <source>no engagement after %n day(s)</source>
        <translation>
            <numerusform>no engagement after %n day</numerusform>
            <numerusform>no engagement after %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="210"/>
        <source>exec approver decides (gate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="211"/>
        <source>ends here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="216"/>
        <source>%1, suggested to the exec approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="233"/>
        <source>next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::ChannelsDialog</name>
    <message>
        <location filename="../app/channelsdialog.cpp" line="35"/>
        <source>Channel accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39"/>
        <location filename="../app/channelsdialog.cpp" line="76"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39"/>
        <location filename="../app/channelsdialog.cpp" line="77"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39"/>
        <location filename="../app/channelsdialog.cpp" line="78"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39"/>
        <source>Server or API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="39"/>
        <location filename="../app/channelsdialog.cpp" line="80"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="57"/>
        <source>smtps://mail.example.com:465, https://api.twilio.com, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="61"/>
        <source>Require STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="63"/>
        <source>wss://bot.example/stream or sip:bot@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="66"/>
        <source>imaps://mail.example.com/INBOX (replies and bounces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="68"/>
        <source>sends per second (empty: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="72"/>
        <source>kept in this computer&apos;s keychain; empty keeps the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="79"/>
        <source>Server or API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="81"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="82"/>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="84"/>
        <source>Voicebot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="85"/>
        <source>Agent number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="86"/>
        <source>Reply mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="87"/>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="88"/>
        <source>Password, token or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="93"/>
        <source>Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="94"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="143"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="153"/>
        <source>Could not read the channel accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="172"/>
        <source>No channel account yet: nothing is sent until one is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/channelsdialog.cpp" line="173"/>
        <source>%n account(s). Secrets stay in this computer&apos;s keychain.</source>
        <translation>
            <numerusform>%n account. Secrets stay in this computer&apos;s keychain.</numerusform>
            <numerusform>%n accounts. Secrets stay in this computer&apos;s keychain.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="242"/>
        <location filename="../app/channelsdialog.cpp" line="262"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="248"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/channelsdialog.cpp" line="283"/>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::ConnectionBanner</name>
    <message>
        <location filename="../app/connectionbanner.cpp" line="27"/>
        <source>Retry &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbanner.cpp" line="44"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectionbanner.cpp" line="80"/>
        <source>Connection to the database lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/connectionbanner.cpp" line="85"/>
        <source>Connection to the database lost — reconnecting in %n s…</source>
        <translation>
            <numerusform>Connection to the database lost — reconnecting in %n s…</numerusform>
            <numerusform>Connection to the database lost — reconnecting in %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::ConnectionDialog</name>
    <message>
        <location filename="../app/connectiondialog.cpp" line="35"/>
        <source>Database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="36"/>
        <source>&amp;Embedded local database on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="37"/>
        <source>&amp;Shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="43"/>
        <source>db.example.com, or a socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="55"/>
        <source>Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="62"/>
        <source>verify-ca checks the server&apos;s certificate against the CA file; verify-full also checks that it names the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="67"/>
        <source>The server&apos;s CA certificate (PEM), for verify-ca and verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="68"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="75"/>
        <source>Through a connection pooler in transaction mode (PgBouncer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="77"/>
        <source>Keeps no session state on the server: no prepared statements, settings only inside transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="82"/>
        <source>host:port of the server itself, for live updates (empty: poll every 2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="85"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="86"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="87"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="88"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="89"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="91"/>
        <source>SS&amp;L:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="92"/>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="96"/>
        <source>&amp;Live updates from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="100"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="259"/>
        <source>Enter the server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="261"/>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="263"/>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="266"/>
        <source>Live updates from: write the server as host or host:port, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="276"/>
        <source>SSL mode %1 checks the server&apos;s certificate against a CA certificate: choose the CA file, or pick a weaker SSL mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="283"/>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="285"/>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="293"/>
        <source>The server&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="295"/>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="303"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="330"/>
        <source>Connected: PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::ContactImportDialog</name>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="33"/>
        <source>(merge field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="40"/>
        <location filename="../console/contactimportdialog.cpp" line="103"/>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="44"/>
        <source>A CSV file with a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="45"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="48"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="53"/>
        <source>any (each row names its client_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="57"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="57"/>
        <source>Touchline column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="57"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="70"/>
        <source>The import&apos;s report: counts and every refused row with its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="72"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="80"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="81"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="82"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="85"/>
        <source>Columns (remembered for files with this header):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="87"/>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="103"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="113"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="234"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="260"/>
        <source>The file was refused: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactimportdialog.cpp" line="261"/>
        <source>%1 new, %2 updated, %3 refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::ContactListModel</name>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="47"/>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="50"/>
        <source>suppressed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="55"/>
        <source>%1 (CRM id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="73"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="75"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="77"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="79"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="81"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="83"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="85"/>
        <source>Suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactlistmodel.cpp" line="87"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::ContactsView</name>
    <message>
        <location filename="../console/contactsview.cpp" line="41"/>
        <source>Search name, company, email or CRM id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="45"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="47"/>
        <source>&amp;Bulk enroll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="49"/>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="51"/>
        <source>&amp;Suppress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="53"/>
        <source>&amp;Lift suppression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="88"/>
        <source>&lt;i&gt;Select a contact to see everything Touchline holds about them.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93"/>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="93"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="152"/>
        <source>Importing contacts needs the touchline_author role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="156"/>
        <source>Enrolling and suppressing need the touchline_approver or touchline_engine role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="188"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="213"/>
        <source>%1+ contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/contactsview.cpp" line="214"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="257"/>
        <source>%1 · %2 · %3 · client %4 · CRM id %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="264"/>
        <source>&lt;span style=&apos;color:#b03030&apos;&gt;Do not contact&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="266"/>
        <source>&lt;span style=&apos;color:#b03030&apos;&gt;Suppressed for %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/contactsview.cpp" line="307"/>
        <source>%1 is suppressed for %2; %n active enrollment(s) ended</source>
        <translation>
            <numerusform>%1 is suppressed for %2; %n active enrollment ended</numerusform>
            <numerusform>%1 is suppressed for %2; %n active enrollments ended</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="312"/>
        <source>%1 may be contacted again for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="332"/>
        <source>Suppress %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="333"/>
        <source>Lift the suppression of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="343"/>
        <source>Why (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="352"/>
        <source>Client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="353"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/contactsview.cpp" line="355"/>
        <source>Active enrollments of this client end, and touches not yet sent are cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::DashboardDrill</name>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="34"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="38"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="39"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="40"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="41"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="42"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="43"/>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="44"/>
        <source>Occurred (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="45"/>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="46"/>
        <source>Enrollment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="47"/>
        <source>Item status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="56"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="57"/>
        <source>Contact history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="75"/>
        <source>Could not load the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/dashboarddrill.cpp" line="78"/>
        <source>%n event(s). Double-click a row for the contact&apos;s history.</source>
        <translation>
            <numerusform>%n event. Double-click a row for the contact&apos;s history.</numerusform>
            <numerusform>%n events. Double-click a row for the contact&apos;s history.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="92"/>
        <source>(no item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="103"/>
        <location filename="../console/dashboarddrill.cpp" line="129"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="138"/>
        <source>Export contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboarddrill.cpp" line="138"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::DashboardWidget</name>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="106"/>
        <source>&lt;h3&gt;Connecting…&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="148"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="161"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="162"/>
        <source>C&amp;lient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="165"/>
        <source>All running campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="166"/>
        <source>C&amp;ampaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="168"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="171"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="173"/>
        <source>All revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="174"/>
        <source>&amp;Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="176"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="177"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="178"/>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="179"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="180"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="182"/>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="193"/>
        <source>The live database, or a scratch database that touchline simulate --keep left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="195"/>
        <source>Live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="208"/>
        <location filename="../console/dashboardwidget.cpp" line="380"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="209"/>
        <source>Pause or resume live updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="213"/>
        <source>Show &amp;%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="214"/>
        <source>Show the outcomes as shares of each step&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="217"/>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="220"/>
        <source>Charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="221"/>
        <source>Charts as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="222"/>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="254"/>
        <source>Click a segment to list its contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="258"/>
        <source>Routed by on_exit to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="263"/>
        <source>&lt;b&gt;Exits and where on_exit routed them&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="285"/>
        <source>Running campaigns at a glance. Double-click one for its breakdown per step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="288"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="289"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="290"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="291"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="292"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="293"/>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="294"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="295"/>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="296"/>
        <source>Touches fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="297"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="298"/>
        <source>Engaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="380"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="389"/>
        <source>&lt;span style=&apos;color:#2e7d32&apos;&gt;●&lt;/span&gt; &lt;b&gt;Live&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="390"/>
        <source>&lt;span style=&apos;color:#9e9e9e&apos;&gt;●&lt;/span&gt; &lt;b&gt;Paused&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="391"/>
        <source>Updates within a second of each outcome and firing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="392"/>
        <source>Live updates are paused; press Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="395"/>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="405"/>
        <source>&lt;h3&gt;The dashboard cannot reach its database&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;It retries every few seconds.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="415"/>
        <source>Simulation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="420"/>
        <source>Reads from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="477"/>
        <source>&lt;h3&gt;The dashboard could not load&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="528"/>
        <source>Revision %1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="529"/>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="548"/>
        <source>&lt;h3&gt;Nothing has happened in %1 in this window yet&lt;/h3&gt;&lt;p&gt;The charts fill in live as the scheduler fires its steps and outcomes come back: enroll contacts (&lt;code&gt;touchline enroll --campaign %2&lt;/code&gt;), or widen the time window and the filters.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="593"/>
        <source>Step %1, %2: %3 (%4 of step 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="608"/>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="619"/>
        <source>%1, %2: %3 touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="638"/>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="639"/>
        <source>Step %1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="641"/>
        <source>%1
%2: %3 events
%4 of %5 fired items, %6 of the step&apos;s outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="650"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="653"/>
        <source>Click to list the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="668"/>
        <source>%1 · step %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="688"/>
        <source>History of contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="721"/>
        <source>not routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="728"/>
        <source>Running campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="730"/>
        <source>&lt;h3&gt;No running campaigns&lt;/h3&gt;&lt;p&gt;Import a flow (&lt;code&gt;touchline import FILE.json&lt;/code&gt;) or draw one in the Designer, then enroll contacts: each campaign shows up here with its key rates, live.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="762"/>
        <source>%1 replies, accepts and live answers for %2 touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="780"/>
        <source>%1, %2: %3 of %4 enrolled (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="830"/>
        <source>Touchline dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="833"/>
        <location filename="../console/dashboardwidget.cpp" line="841"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="886"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="896"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="897"/>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="898"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardwidget.cpp" line="900"/>
        <location filename="../console/dashboardwidget.cpp" line="906"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::DashboardWorker</name>
    <message>
        <location filename="../console/dashboardworker.cpp" line="67"/>
        <source>cannot listen for dashboard updates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/dashboardworker.cpp" line="80"/>
        <source>the replica: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::DesignSession</name>
    <message numerus="yes">
        <location filename="../designer/designsession.cpp" line="127"/>
        <source>the flow has %n error(s); the problems list names them</source>
        <translation>
            <numerusform>the flow has %n error; the problems list names them</numerusform>
            <numerusform>the flow has %n errors; the problems list names them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::Designer</name>
    <message>
        <location filename="../designer/autolayout.cpp" line="77"/>
        <source>Graphviz could not lay out the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/autolayout.cpp" line="122"/>
        <source>The flow changed during auto-layout: run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/autolayout.cpp" line="126"/>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="98"/>
        <source>%1 enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="251"/>
        <source>%1 · client %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignnodeitem.cpp" line="259"/>
        <source>%n step(s) · %1 days</source>
        <translation>
            <numerusform>%n step · %1 days</numerusform>
            <numerusform>%n steps · %1 days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="277"/>
        <source>ENTRY · EXEC GATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="277"/>
        <source>ENTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="336"/>
        <source>exec approver routes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="337"/>
        <source>ends here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="212"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="214"/>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="216"/>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="218"/>
        <source>Voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="225"/>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="227"/>
        <source>no engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="229"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="236"/>
        <source>Day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="238"/>
        <source>Day %1 +%2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="239"/>
        <source>Day %1 +%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/exitedgeitem.cpp" line="89"/>
        <source>suggested by exec gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="37"/>
        <source>then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="40"/>
        <source>%1 → step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="46"/>
        <source>retry %1 min, %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="49"/>
        <source>%1: retry in %2 min, max %3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="116"/>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="117"/>
        <source>%1 contacts · %2 touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="129"/>
        <source>%1 · %L2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="203"/>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="221"/>
        <source>handled by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="249"/>
        <source>intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/terminalitem.cpp" line="30"/>
        <source>Exit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/terminalitem.cpp" line="31"/>
        <source>Hand off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::DispatchStatus</name>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="31"/>
        <source>Pause or resume this console&apos;s dispatcher: while paused it sends nothing (approved items wait)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="41"/>
        <source>Failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="43"/>
        <source>The items that could not be sent, with the provider&apos;s error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="62"/>
        <source>Dispatcher: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="63"/>
        <source>Dispatcher: paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="64"/>
        <source>Dispatcher: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="67"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="67"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="75"/>
        <source>nothing approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dispatchstatus.cpp" line="76"/>
        <source>Dispatch: %n sent today</source>
        <translation>
            <numerusform>Dispatch: %n sent today</numerusform>
            <numerusform>Dispatch: %n sent today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dispatchstatus.cpp" line="77"/>
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="77"/>
        <source>next: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::FailedItemsDialog</name>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="98"/>
        <source>Failed items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="102"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="108"/>
        <source>Retry selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="110"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="132"/>
        <source>Not retried: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="163"/>
        <source>Nothing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/dispatchstatus.cpp" line="164"/>
        <source>%n item(s) failed; their drafts are kept.</source>
        <translation>
            <numerusform>%n item failed; their drafts are kept.</numerusform>
            <numerusform>%n items failed; their drafts are kept.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/dispatchstatus.cpp" line="173"/>
        <source>Sending again…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::FirstRun</name>
    <message>
        <location filename="../app/firstrun.cpp" line="22"/>
        <source>Starting Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="37"/>
        <source>Creating Touchline&apos;s local database (the first start takes a few seconds)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="38"/>
        <source>Starting Touchline&apos;s local database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="53"/>
        <source>cannot start the embedded local database in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="64"/>
        <source>Bringing the database up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/firstrun.cpp" line="69"/>
        <source>Loading the demo flows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::FlowDesigner</name>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="77"/>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="85"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="97"/>
        <source>Click a problem to go to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="104"/>
        <source>Find campaign by slug or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="142"/>
        <source>&lt;b&gt;Palette&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="147"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="156"/>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="226"/>
        <location filename="../designer/flowdesigner.cpp" line="400"/>
        <location filename="../designer/flowdesigner.cpp" line="820"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="234"/>
        <location filename="../designer/flowdesigner.cpp" line="244"/>
        <location filename="../designer/flowdesigner.cpp" line="247"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="238"/>
        <location filename="../designer/flowdesigner.cpp" line="245"/>
        <location filename="../designer/flowdesigner.cpp" line="250"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="247"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="250"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="256"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="258"/>
        <source>Copy the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="261"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="263"/>
        <source>Paste with fresh slugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="266"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="268"/>
        <source>Duplicate the selected campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="271"/>
        <location filename="../designer/flowdesigner.cpp" line="783"/>
        <location filename="../designer/flowdesigner.cpp" line="791"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="273"/>
        <source>Delete the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="276"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="278"/>
        <source>Select everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="287"/>
        <source>◀ Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="289"/>
        <source>Back to the campaign map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="292"/>
        <source>Auto-layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="294"/>
        <source>Arrange the campaigns with Graphviz dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="299"/>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="301"/>
        <source>Fit everything into view (also F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="310"/>
        <location filename="../designer/flowdesigner.cpp" line="312"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="314"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="319"/>
        <source>Snap to grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="321"/>
        <source>Snap moved campaigns to the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="327"/>
        <source>Minimap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="329"/>
        <source>Show the overview of the whole map in the corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="338"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="338"/>
        <source>Find a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="343"/>
        <source>Open sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="345"/>
        <source>Open the selected campaign&apos;s sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="357"/>
        <source>Open flow file in editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="359"/>
        <source>Show a flow definition (JSON) in the editor, without writing it to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="363"/>
        <source>Export editor contents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="365"/>
        <source>Write what the editor shows, unsaved edits included, as a flow definition (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="86"/>
        <location filename="../designer/flowdesigner.cpp" line="408"/>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="410"/>
        <source>Run the open flow, unsaved edits included, in a what-if simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="415"/>
        <source>Simulation figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="417"/>
        <source>Show the last simulation&apos;s figures on the map and the sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="423"/>
        <source>Simulation panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="425"/>
        <source>Show the simulation&apos;s plan and results beside the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="460"/>
        <source>Fix the flow&apos;s errors before simulating (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="466"/>
        <source>Simulating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="467"/>
        <source>the flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="474"/>
        <source>Simulated %1: the figures are on the map and the sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="477"/>
        <source>Not simulated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="945"/>
        <source>Open flow file in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="949"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="955"/>
        <source>Export editor contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="369"/>
        <source>Export image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="371"/>
        <source>Export the canvas as PNG or SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="374"/>
        <source>Revision history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="376"/>
        <source>The selected campaign&apos;s revisions, what changed between two, and moving its contacts to another revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="381"/>
        <source>Select a campaign first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="553"/>
        <source>  &lt;b&gt;Campaign map&lt;/b&gt;  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="554"/>
        <source>Drag a campaign type onto the map, or a channel onto a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="570"/>
        <source>  Map › &lt;b&gt;%1&lt;/b&gt;  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="592"/>
        <source>Laying out the map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="620"/>
        <source>Laid out the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="639"/>
        <source>%n campaign(s) match</source>
        <translation>
            <numerusform>%n campaign match</numerusform>
            <numerusform>%n campaigns match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="666"/>
        <source>&lt;span style=&apos;color:#dc2626&apos;&gt;● %n error(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#dc2626&apos;&gt;● %n error&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#dc2626&apos;&gt;● %n errors&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="667"/>
        <source>&lt;span style=&apos;color:#16a34a&apos;&gt;● valid&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="669"/>
        <source> · &lt;span style=&apos;color:#d97706&apos;&gt;%n warning(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> · &lt;span style=&apos;color:#d97706&apos;&gt;%n warning&lt;/span&gt;</numerusform>
            <numerusform> · &lt;span style=&apos;color:#d97706&apos;&gt;%n warnings&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="671"/>
        <source> · &lt;b&gt;unsaved changes&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="714"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="717"/>
        <location filename="../designer/flowdesigner.cpp" line="746"/>
        <source>Nothing deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="751"/>
        <source>Removed from the editor; the database still runs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="757"/>
        <location filename="../designer/flowdesigner.cpp" line="816"/>
        <source>Archive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="773"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="776"/>
        <source>These routes go with it:
• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="779"/>
        <source>%1 is published: the database keeps enrolling and sending for it unless you archive it. Archiving sets its status to archived in the database now, ends its running enrollments and cancels its unsent touches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="787"/>
        <source>Archive in database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="791"/>
        <source>Remove from editor only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="810"/>
        <source>Cannot archive %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="823"/>
        <source>Archived in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="861"/>
        <source>Opening %1 replaces the editor&apos;s contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="862"/>
        <source>not opened; your edits are still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="877"/>
        <source>Opened %1 in the editor: %n campaign(s)</source>
        <translation>
            <numerusform>Opened %1 in the editor: %n campaign</numerusform>
            <numerusform>Opened %1 in the editor: %n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="893"/>
        <source>Exported the editor&apos;s %n campaign(s), unsaved edits included, to %1</source>
        <translation>
            <numerusform>Exported the editor&apos;s %n campaign, unsaved edits included, to %1</numerusform>
            <numerusform>Exported the editor&apos;s %n campaigns, unsaved edits included, to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="898"/>
        <source>Exported the editor&apos;s %n campaign(s) to %1</source>
        <translation>
            <numerusform>Exported the editor&apos;s %n campaign to %1</numerusform>
            <numerusform>Exported the editor&apos;s %n campaigns to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="907"/>
        <source>There is nothing to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="916"/>
        <source>Touchline flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="919"/>
        <location filename="../designer/flowdesigner.cpp" line="936"/>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="945"/>
        <location filename="../designer/flowdesigner.cpp" line="957"/>
        <source>Flow definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="961"/>
        <source>Cannot export %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="967"/>
        <source>Export image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="969"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="975"/>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::FlowDocument</name>
    <message>
        <location filename="../designer/flowdocument.cpp" line="187"/>
        <source>Add campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="245"/>
        <source>%1 on %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="264"/>
        <source>step %1 on %2 → step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="301"/>
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>Delete %n campaign</numerusform>
            <numerusform>Delete %n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="359"/>
        <source>End %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="360"/>
        <source>Route %1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="378"/>
        <source>Move %n campaign(s)</source>
        <translation>
            <numerusform>Move %n campaign</numerusform>
            <numerusform>Move %n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="416"/>
        <source>Map %1 of step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="417"/>
        <source>Unmap %1 of step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="443"/>
        <source>Add %1 step to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="480"/>
        <source>Delete %n step(s) of %1</source>
        <translation>
            <numerusform>Delete %n step of %1</numerusform>
            <numerusform>Delete %n steps of %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="504"/>
        <source>New %1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="522"/>
        <source>Text {{first_name}} one short line (160 characters) about {{company}} that can be answered with a word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="528"/>
        <source>Call script for {{first_name}} at {{company}}: who is calling and why, one question, and the offer of a short meeting. Voicemail: name and call-back number, under 20 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="535"/>
        <source>Connection note to {{first_name}} (under 300 characters): why {{company}}, no pitch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="539"/>
        <source>Write to {{first_name}} at {{company}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="676"/>
        <source>Drop the route on a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="678"/>
        <source>%1 is not an exit of a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="680"/>
        <source>A campaign cannot enroll its own leavers again: route %1 to another campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="683"/>
        <source>%1 is archived and enrolls no one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="701"/>
        <source>Drop the outcome on a step, an exit or a handoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="706"/>
        <source>A goto stays inside its campaign: route %1 to an exit, and on_exit continues in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="711"/>
        <source>%1 is never redialled: route it to an exit or another step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::HandoffsView</name>
    <message>
        <location filename="../console/handoffsview.cpp" line="34"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="36"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="37"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="47"/>
        <source>Exec gate: booked meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="48"/>
        <source>Live calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="51"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75"/>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75"/>
        <location filename="../console/handoffsview.cpp" line="132"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75"/>
        <source>From campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="75"/>
        <source>Suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="88"/>
        <source>The routing note for the next owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="90"/>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="94"/>
        <source>Why not (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="95"/>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="98"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="100"/>
        <source>Enroll in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="101"/>
        <source>Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="102"/>
        <location filename="../console/handoffsview.cpp" line="166"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="107"/>
        <source>Or decline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="132"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="145"/>
        <source>&amp;Claim this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="149"/>
        <source>Converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="150"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="151"/>
        <source>Call back at…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="157"/>
        <source>What was said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="158"/>
        <source>Record &amp;result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="161"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="164"/>
        <source>Result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="165"/>
        <source>Call back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="171"/>
        <source>Script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="173"/>
        <source>Conversation so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="228"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="242"/>
        <source>unclaimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="247"/>
        <source>Exec gate: booked meetings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="248"/>
        <source>Live calls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="266"/>
        <source>&lt;i&gt;Pick a booked meeting to route it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="271"/>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3&lt;br&gt;Booked %4 in &lt;b&gt;%5&lt;/b&gt;: %6&lt;br&gt;BDR notes: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="279"/>
        <source>&lt;i&gt;none&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="292"/>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="312"/>
        <source>&lt;i&gt;Pick a call; the longest waiting is first.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="318"/>
        <source>&lt;b style=&apos;font-size:large&apos;&gt;%1&lt;/b&gt;&lt;br&gt;%2 · %3 · waiting %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="343"/>
        <source>Enrolled in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="360"/>
        <source>Declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="379"/>
        <source>The call is yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="380"/>
        <source>Another agent has taken this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/handoffsview.cpp" line="402"/>
        <source>Result recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::InboxModel</name>
    <message>
        <location filename="../console/inboxmodel.cpp" line="22"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="24"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="26"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="27"/>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="33"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="35"/>
        <source>Awaiting draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="37"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="39"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="41"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="43"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="111"/>
        <source> · edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxmodel.cpp" line="129"/>
        <source>%n merge field(s) unresolved</source>
        <translation>
            <numerusform>%n merge field unresolved</numerusform>
            <numerusform>%n merge fields unresolved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="167"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="169"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="171"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="173"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="175"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="177"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="179"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="181"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="183"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="185"/>
        <source>Routing note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxmodel.cpp" line="187"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::InboxPreview</name>
    <message>
        <location filename="../console/inboxpreview.cpp" line="92"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="97"/>
        <source>Message, as it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="116"/>
        <source>Step instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="123"/>
        <source>Conversation so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="132"/>
        <source>Select a draft to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="212"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · step %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="217"/>
        <source> · scheduled %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="219"/>
        <source>&lt;br&gt;Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="221"/>
        <source>&lt;br&gt;Routing note: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="228"/>
        <source>Approved without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="229"/>
        <source>Approved by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="233"/>
        <source>Rejected by %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="237"/>
        <source>Cancelled: the contact left the campaign (%1) at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="240"/>
        <source>Cancelled: this touch will not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="243"/>
        <source>Awaiting draft: an external agent writes this touch; it appears here for review when filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="250"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="254"/>
        <source>step %1 · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="258"/>
        <source>No earlier touches: this is the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="269"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxpreview.cpp" line="286"/>
        <source>%n unresolved merge field(s): %1</source>
        <translation>
            <numerusform>%n unresolved merge field: %1</numerusform>
            <numerusform>%n unresolved merge fields: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="297"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="319"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="328"/>
        <source>Saved · edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxpreview.cpp" line="328"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::InboxWidget</name>
    <message>
        <location filename="../console/inboxwidget.cpp" line="60"/>
        <source>Wrong tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="61"/>
        <source>Factual error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="62"/>
        <source>Unresolved merge fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="63"/>
        <source>Wrong contact or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="64"/>
        <source>Bad timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="65"/>
        <source>Duplicate touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="206"/>
        <source>Search contact, company, subject or message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="214"/>
        <location filename="../console/inboxwidget.cpp" line="342"/>
        <source>To review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="215"/>
        <location filename="../console/inboxwidget.cpp" line="343"/>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="216"/>
        <location filename="../console/inboxwidget.cpp" line="344"/>
        <source>Awaiting draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="217"/>
        <location filename="../console/inboxwidget.cpp" line="345"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="218"/>
        <location filename="../console/inboxwidget.cpp" line="346"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="219"/>
        <location filename="../console/inboxwidget.cpp" line="347"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="220"/>
        <location filename="../console/inboxwidget.cpp" line="348"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="221"/>
        <location filename="../console/inboxwidget.cpp" line="349"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="227"/>
        <location filename="../console/inboxwidget.cpp" line="338"/>
        <source>All clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="228"/>
        <location filename="../console/inboxwidget.cpp" line="339"/>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="229"/>
        <location filename="../console/inboxwidget.cpp" line="340"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="242"/>
        <location filename="../console/inboxwidget.cpp" line="442"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="247"/>
        <source>Approve the selected drafts and move to the next (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="248"/>
        <location filename="../console/inboxwidget.cpp" line="443"/>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="251"/>
        <source>Reject the selected drafts with a reason (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="252"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="255"/>
        <source>Leave this draft for later and go to the next (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="256"/>
        <location filename="../console/inboxwidget.cpp" line="444"/>
        <source>Undo decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="259"/>
        <source>Take back the last approval or rejection while it is not sent (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="273"/>
        <source>↑↓ move · Shift/Ctrl+click select several · Ctrl+Enter approve · Ctrl+R reject · Ctrl+Down skip · Ctrl+U undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="357"/>
        <source>Inbox — %1 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="359"/>
        <source>, %1 awaiting a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="381"/>
        <source>Inbox zero.
Nothing is waiting for your review; new drafts appear here as the scheduler fires them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="383"/>
        <source>No drafts match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="424"/>
        <source>This login may read the inbox but not decide: approving and rejecting need the touchline_approver role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="442"/>
        <source>Approve %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="443"/>
        <source>Reject %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="446"/>
        <source>Undo approval (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="447"/>
        <source>Undo rejection (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="488"/>
        <source>Reject %n draft(s)</source>
        <translation>
            <numerusform>Reject %n draft</numerusform>
            <numerusform>Reject %n drafts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="490"/>
        <source>Why? The reason stays with the draft and in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="497"/>
        <source>Details (optional with a reason above, else required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="500"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="560"/>
        <source>Not approved: %1. Approving again once the database answers is safe: a draft is never approved twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="563"/>
        <source>Not rejected: %1. Rejecting again once the database answers is safe: a draft is never rejected twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/inboxwidget.cpp" line="578"/>
        <source>: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="580"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="584"/>
        <source>Approved %n draft(s).</source>
        <translation>
            <numerusform>Approved %n draft.</numerusform>
            <numerusform>Approved %n drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="585"/>
        <source>Rejected %n draft(s).</source>
        <translation>
            <numerusform>Rejected %n draft.</numerusform>
            <numerusform>Rejected %n drafts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../console/inboxwidget.cpp" line="625"/>
        <source>Undone: %n draft(s) back in review.</source>
        <translation>
            <numerusform>Undone: %n draft back in review.</numerusform>
            <numerusform>Undone: %n drafts back in review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::InspectorWidget</name>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="119"/>
        <source>Select a campaign on the map or a step in a sequence to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="182"/>
        <source>What authors and approvers call this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="184"/>
        <source>Unique key: lower-case letters, digits and _; routes name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="192"/>
        <source>Meetings wait for the approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="193"/>
        <source>Only roles.bdr campaigns may gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="194"/>
        <location filename="../designer/inspectorwidget.cpp" line="292"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="196"/>
        <source>Off: this campaign&apos;s touches are approved as they fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="199"/>
        <source>Touchline&apos;s templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="200"/>
        <source>an external agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="203"/>
        <source> days after last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="208"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="209"/>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="210"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="211"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="212"/>
        <source>Owner role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="213"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="214"/>
        <source>Exec gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="215"/>
        <location filename="../designer/inspectorwidget.cpp" line="312"/>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="216"/>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="217"/>
        <source>No engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="222"/>
        <source>Only send inside a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="242"/>
        <source>Send window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="247"/>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="266"/>
        <source>lower-case letters, digits and _ only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="284"/>
        <source>day </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="287"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="289"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="294"/>
        <source>Follows the campaign&apos;s setting until changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="301"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="301"/>
        <source>Then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="308"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="309"/>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="310"/>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="311"/>
        <source>Handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="313"/>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="314"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="326"/>
        <source>The draft Touchline&apos;s templates write for a sample contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="336"/>
        <source>Preview for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="340"/>
        <source>On outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="363"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="396"/>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="400"/>
        <source>%1 · step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="437"/>
        <source>(exec approver decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="438"/>
        <source>(ends here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="642"/>
        <location filename="../designer/inspectorwidget.cpp" line="655"/>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="664"/>
        <source>length %1, GSM-7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="665"/>
        <source>length %1, UCS-2 (not all GSM-7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="668"/>
        <source>1 SMS segment (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="669"/>
        <source>%1 SMS segments (%2 characters each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="674"/>
        <source>subject %1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="679"/>
        <source>note %1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="684"/>
        <source>about %1 s read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="687"/>
        <source>not on the sample contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="70"/>
        <location filename="../designer/inspectorwidget.cpp" line="80"/>
        <source>next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="70"/>
        <source>end (times out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="72"/>
        <source>(default) exit converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="74"/>
        <source>(default) exit rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="76"/>
        <source>(default) classify reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="78"/>
        <source>(default) a week later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="479"/>
        <source>go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="481"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="483"/>
        <source>retry in 30 min, 3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="484"/>
        <source>retry in 60 min, 3×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="485"/>
        <source>retry in 120 min, 2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="488"/>
        <source>hand off to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="494"/>
        <source>retry in %1 min, %2×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="548"/>
        <source>Edit campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="586"/>
        <source>Edit step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="67"/>
        <location filename="../app/mainwindow.cpp" line="1009"/>
        <source>Touchline[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="82"/>
        <source>&amp;Designer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="83"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <source>&amp;Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="85"/>
        <source>Dash&amp;board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="87"/>
        <source>&amp;Handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <source>Archiving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="152"/>
        <source>%n running enrollment(s) ended</source>
        <translation>
            <numerusform>%n running enrollment ended</numerusform>
            <numerusform>%n running enrollments ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="153"/>
        <source>%n unsent touch(es) cancelled</source>
        <translation>
            <numerusform>%n unsent touch cancelled</numerusform>
            <numerusform>%n unsent touches cancelled</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="159"/>
        <source>&amp;Import flow file into database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Import a flow definition (JSON) into the database: its campaigns are published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="165"/>
        <source>&amp;Export published campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="168"/>
        <source>Write the campaigns as published in the database, without the editor&apos;s unsaved edits, as a flow definition (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="171"/>
        <source>&amp;Save design to database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="174"/>
        <source>Publish the changed campaigns to the database as new revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="175"/>
        <source>Save &amp;draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="179"/>
        <source>Store the changed campaigns in the database as drafts, without publishing them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="193"/>
        <source>&amp;Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="194"/>
        <source>Choose the embedded database or a shared PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="195"/>
        <source>C&amp;hannel accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="199"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Load the campaigns again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="214"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="220"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="235"/>
        <source>The language changes at the next start of Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="239"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="241"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="244"/>
        <source>&amp;About Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="250"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="251"/>
        <source>Export published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="266"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="295"/>
        <location filename="../app/mainwindow.cpp" line="537"/>
        <source>Loading the campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="385"/>
        <source>Reading the login&apos;s roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="403"/>
        <source>Database: %1 · login %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="408"/>
        <source> · clients %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="419"/>
        <source>This login may not edit flows: it does not hold the touchline_author role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="435"/>
        <source>This login does not hold touchline_engine: this console&apos;s scheduler and dispatcher stay paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="517"/>
        <source>Cannot load the campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="523"/>
        <source>Cannot load the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="555"/>
        <source>%n campaign(s) · schema v%1</source>
        <translation>
            <numerusform>%n campaign · schema v%1</numerusform>
            <numerusform>%n campaigns · schema v%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="561"/>
        <source>Reloading replaces the editor&apos;s contents with the database&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="606"/>
        <source>Cancelled; your edits are still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="615"/>
        <source>The design has unsaved edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="617"/>
        <source>The design has unsaved edits to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="619"/>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="624"/>
        <source>Save a draft (not published), publish them as new revisions, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="626"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="628"/>
        <source>Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="630"/>
        <source>Discard edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="648"/>
        <source>Quitting loses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="658"/>
        <source>Importing %1 reloads the editor from the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <location filename="../app/mainwindow.cpp" line="682"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="662"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="674"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="692"/>
        <source>%1 is invalid; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="698"/>
        <source>Import failed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="720"/>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="739"/>
        <source>Exporting the published campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="748"/>
        <location filename="../app/mainwindow.cpp" line="756"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="757"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="761"/>
        <source>Exported %n published campaign(s) from the database to %1</source>
        <translation>
            <numerusform>Exported %n published campaign from the database to %1</numerusform>
            <numerusform>Exported %n published campaigns from the database to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="841"/>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="981"/>
        <source>Saving the draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1016"/>
        <source>Import flow file into database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1027"/>
        <source>Export published campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n campaign(s) to %1</source>
        <translation type="vanished">
            <numerusform>Exported %n campaign to %1</numerusform>
            <numerusform>Exported %n campaigns to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="804"/>
        <source>Cannot save the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="805"/>
        <source>The flow has %n error(s); the problems list names them.</source>
        <translation>
            <numerusform>The flow has %n error; the problems list names them.</numerusform>
            <numerusform>The flow has %n errors; the problems list names them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="813"/>
        <source>Nothing to save: no campaign changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="825"/>
        <location filename="../app/mainwindow.cpp" line="869"/>
        <source>Saving failed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="878"/>
        <source>Not saved; your edits are still here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="887"/>
        <source>Reloaded; your unsaved edits were discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="826"/>
        <source>Other authors kept saving the same campaigns; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="909"/>
        <source>Published, but its drafts could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="913"/>
        <source>Saved: %1 created, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="898"/>
        <source>Cannot save as copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="943"/>
        <source>Save as copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="952"/>
        <source>Save %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="963"/>
        <source>No campaign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="964"/>
        <source>Select or open a campaign to see its revision history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="975"/>
        <source>Nothing to save: no campaign differs from what is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="990"/>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="999"/>
        <source>Draft saved, not published: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="1010"/>
        <source>Touchline[*] — %n unpublished draft(s)</source>
        <translation>
            <numerusform>Touchline[*] — %n unpublished draft</numerusform>
            <numerusform>Touchline[*] — %n unpublished drafts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1018"/>
        <location filename="../app/mainwindow.cpp" line="1029"/>
        <source>Flow definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1041"/>
        <source>The new connection is used from the next start of Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1077"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1081"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1081"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1087"/>
        <source>Pan the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1087"/>
        <source>Space + drag, or middle-button drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1088"/>
        <source>Fit the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1088"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1102"/>
        <source>About Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="1103"/>
        <source>&lt;h3&gt;Touchline %1&lt;/h3&gt;&lt;p&gt;Campaign flow designer and supervisor console.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::MinimapView</name>
    <message>
        <location filename="../designer/minimapview.cpp" line="19"/>
        <source>Overview of the whole map: click to go there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::PaletteWidget</name>
    <message>
        <location filename="../designer/palettewidget.cpp" line="26"/>
        <source>Drag a campaign type onto the map, or a channel onto a campaign or sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="28"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="31"/>
        <source>%1 campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="35"/>
        <source>A new %1 campaign with one email step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="37"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="44"/>
        <source>A %1 step; its outcomes become ports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::PasswordPrompt</name>
    <message>
        <location filename="../app/passwordprompt.cpp" line="18"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/passwordprompt.cpp" line="24"/>
        <source>No system keychain answered (%1), so Touchline cannot remember the password of %2. Enter it for this session; it is kept in memory only and asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/passwordprompt.cpp" line="33"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::ProblemsModel</name>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="16"/>
        <source>(unnamed campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="79"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="79"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="88"/>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="111"/>
        <source>flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="114"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="130"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="143"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="145"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="147"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::PublishDialog</name>
    <message>
        <location filename="../designer/publishdialog.cpp" line="19"/>
        <source>Save and publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="24"/>
        <source>Changed (%1): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="27"/>
        <source>Only moved on the map (%1): positions are saved, nothing is published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="30"/>
        <source>Campaigns whose steps or exits changed get a new published revision; contacts already enrolled keep the revision they started on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="33"/>
        <source>Nothing changed since the last load or save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) changed: %1. Campaigns whose steps changed get a new published revision; contacts already enrolled keep the revision they started on.</source>
        <translation type="vanished">
            <numerusform>%n campaign changed: %1. Campaigns whose steps changed get a new published revision; contacts already enrolled keep the revision they started on.</numerusform>
            <numerusform>%n campaigns changed: %1. Campaigns whose steps changed get a new published revision; contacts already enrolled keep the revision they started on.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="39"/>
        <source>Publish &amp;message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="43"/>
        <source>Recorded with each new revision; shown in the revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="50"/>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="66"/>
        <source>Saved from the designer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::RevisionHistoryDialog</name>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="28"/>
        <source>Revision history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="30"/>
        <source>Select one revision to see what it changed, or two to compare them. Contacts stay on the revision they were enrolled on unless you move them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43"/>
        <source>Published by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43"/>
        <source>Active contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="43"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="60"/>
        <location filename="../designer/revisionhistorydialog.cpp" line="223"/>
        <source>&amp;Move contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="87"/>
        <source>Reading the revisions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="104"/>
        <source>Cannot read the revisions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="112"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="179"/>
        <source>Select one or two revisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="183"/>
        <source>Revision %1 is the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="186"/>
        <source>Comparing revisions %1 and %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="203"/>
        <source>Cannot compare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="207"/>
        <source>Revisions %1 and %2 have the same steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="208"/>
        <source>From revision %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/revisionhistorydialog.cpp" line="222"/>
        <source>&amp;Move %n contact(s) from %1 to %2…</source>
        <translation>
            <numerusform>&amp;Move %n contact from %1 to %2…</numerusform>
            <numerusform>&amp;Move %n contacts from %1 to %2…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="224"/>
        <source>Move the active contacts on the older revision to the newer one; a contact past the new last step is due to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="235"/>
        <source>Move contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="236"/>
        <source>Move the active contacts of %1 from revision %2 to revision %3? They continue with revision %3&apos;s steps from the step they are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="253"/>
        <source>Cannot move the contacts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/revisionhistorydialog.cpp" line="258"/>
        <source>Moved %n contact(s) from revision %1 to %2.</source>
        <translation>
            <numerusform>Moved %n contact from revision %1 to %2.</numerusform>
            <numerusform>Moved %n contacts from revision %1 to %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::SaveConflictDialog</name>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="20"/>
        <source>Another author saved first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/saveconflictdialog.cpp" line="22"/>
        <source>Since you loaded them, %n campaign(s) were saved by someone else. Nothing has been written yet, and your edits are kept until you choose.</source>
        <translation>
            <numerusform>Since you loaded them, %n campaign were saved by someone else. Nothing has been written yet, and your edits are kept until you choose.</numerusform>
            <numerusform>Since you loaded them, %n campaigns were saved by someone else. Nothing has been written yet, and your edits are kept until you choose.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>Saved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="39"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="46"/>
        <source>new here, created there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="47"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="53"/>
        <source>&amp;Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="55"/>
        <source>Discard your edits and load what is in the database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="56"/>
        <source>&amp;Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="58"/>
        <source>Save your version of these campaigns over theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="59"/>
        <source>Save as &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="61"/>
        <source>Keep theirs and save yours as new campaigns with fresh slugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="64"/>
        <source>Save nothing now and keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::SchedulerService</name>
    <message>
        <location filename="../model/schedulerservice.cpp" line="185"/>
        <source>The scheduler cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="187"/>
        <source>Cannot connect: %1. Next attempt in %n s.</source>
        <translation>
            <numerusform>Cannot connect: %1. Next attempt in %n s.</numerusform>
            <numerusform>Cannot connect: %1. Next attempt in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="249"/>
        <source>cannot listen for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="327"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="417"/>
        <source>A scheduler pass failed: %1. Next try in %n s.</source>
        <translation>
            <numerusform>A scheduler pass failed: %1. Next try in %n s.</numerusform>
            <numerusform>A scheduler pass failed: %1. Next try in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="432"/>
        <source>The scheduler lost its database connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="435"/>
        <source>Connection lost: %1. Reconnecting in %n s.</source>
        <translation>
            <numerusform>Connection lost: %1. Reconnecting in %n s.</numerusform>
            <numerusform>Connection lost: %1. Reconnecting in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="449"/>
        <source>The scheduler cannot reconnect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="451"/>
        <source>Cannot reconnect: %1. Next attempt in %n s.</source>
        <translation>
            <numerusform>Cannot reconnect: %1. Next attempt in %n s.</numerusform>
            <numerusform>Cannot reconnect: %1. Next attempt in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="477"/>
        <source>Scheduler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="504"/>
        <source>Paused: no steps are fired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="507"/>
        <source>Running on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="544"/>
        <location filename="../model/schedulerservice.cpp" line="599"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="566"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::SchedulerStatus</name>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="30"/>
        <location filename="../console/schedulerstatus.cpp" line="66"/>
        <location filename="../console/schedulerstatus.cpp" line="98"/>
        <location filename="../console/schedulerstatus.cpp" line="121"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="31"/>
        <source>Pause or resume this console&apos;s scheduler (campaigns are unaffected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="66"/>
        <location filename="../console/schedulerstatus.cpp" line="98"/>
        <location filename="../console/schedulerstatus.cpp" line="121"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="73"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="75"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="77"/>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="81"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="86"/>
        <source>Scheduler: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="105"/>
        <source>nothing due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="110"/>
        <source>next due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../console/schedulerstatus.cpp" line="116"/>
        <source>%n fired today</source>
        <translation>
            <numerusform>%n fired today</numerusform>
            <numerusform>%n fired today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::SendLoadChart</name>
    <message>
        <location filename="../designer/sendloadchart.cpp" line="53"/>
        <source>No touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sendloadchart.cpp" line="86"/>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::SequenceScene</name>
    <message>
        <location filename="../designer/sequencescene.cpp" line="136"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="157"/>
        <source>exec approver routes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="158"/>
        <source>exec approver; suggests %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="160"/>
        <source>ends here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="160"/>
        <source>enrolls in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="169"/>
        <source>a person takes the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="170"/>
        <source>the voicebot takes over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="264"/>
        <source>On %1, continues in %2 · %3 (double-click to open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="462"/>
        <source>Drop %1 on a step, an exit or a handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="471"/>
        <source>%1 → here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="495"/>
        <source>Mapped %1 of step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="524"/>
        <source>Only steps go into a sequence; drop campaigns on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="542"/>
        <source>Added step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="588"/>
        <source>Copied %n step(s)</source>
        <translation>
            <numerusform>Copied %n step</numerusform>
            <numerusform>Copied %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="629"/>
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>Paste %n step</numerusform>
            <numerusform>Paste %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="652"/>
        <source>Unmap %n outcome(s)</source>
        <translation>
            <numerusform>Unmap %n outcome</numerusform>
            <numerusform>Unmap %n outcomes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::SimulationPanel</name>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="62"/>
        <source>Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="68"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="69"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="70"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="77"/>
        <source>Outcome probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="84"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="84"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="91"/>
        <source>Channel defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="93"/>
        <source>Use the channel&apos;s built-in probabilities for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="110"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="124"/>
        <source>Show figures on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="126"/>
        <source>Compare with the previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="136"/>
        <source>Touches per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="211"/>
        <source>Select a step in a sequence to edit its outcome probabilities; the others use their channel&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="216"/>
        <source>%1, step %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="242"/>
        <source>nothing heard back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/simulationpanel.cpp" line="310"/>
        <source>Simulating %L1 contacts over %n day(s)…</source>
        <translation>
            <numerusform>Simulating %L1 contacts over %n day…</numerusform>
            <numerusform>Simulating %L1 contacts over %n days…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="336"/>
        <source>Run a simulation to see how many contacts reach each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="343"/>
        <source>%1: %L2 touches in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationpanel.cpp" line="348"/>
        <source>The flow or the plan changed since this run: simulate again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::SimulationSession</name>
    <message>
        <location filename="../designer/simulationsession.cpp" line="172"/>
        <source>contacts: expected 1 to %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="174"/>
        <source>days: expected 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="185"/>
        <source>%1.%2.%3: not an outcome of a %4 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="202"/>
        <source>campaign: the flow has no campaign to enroll the contacts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="204"/>
        <source>There is no database server to simulate on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="245"/>
        <source>Simulation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="421"/>
        <source>%1 end here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../designer/simulationsession.cpp" line="422"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline::TemplateEdit</name>
    <message>
        <location filename="../designer/templateedit.cpp" line="33"/>
        <source>What this touch should say; type {{ for merge fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
