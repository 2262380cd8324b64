<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="43"/>
        <source>PostgreSQL URI (default: $TOUCHLINE_DB, else the embedded local database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="47"/>
        <source>Print one JSON object on standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="75"/>
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
TIME is ISO 8601 with an offset, e.g. 2026-03-02T09:00:00+01:00
exit codes: 0 ok, 1 rejected input, 2 usage or I/O error, 3 database unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="142"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="149"/>
        <source>The flow definition to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="157"/>
        <source>validate takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="178"/>
        <location filename="../app/commandline.cpp" line="236"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="180"/>
        <location filename="../app/commandline.cpp" line="238"/>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="185"/>
        <source>%1: valid, %n campaign(s)</source>
        <translation>
            <numerusform>%1: valid, %n campaign</numerusform>
            <numerusform>%1: valid, %n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="194"/>
        <source>The flow definition to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="202"/>
        <source>import takes exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="208"/>
        <location filename="../app/commandline.cpp" line="529"/>
        <location filename="../app/commandline.cpp" line="686"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="240"/>
        <source>%1 is invalid: nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="251"/>
        <source>import of %1 failed, nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="267"/>
        <source>imported %1 into %2: %3 created, %4 updated, %5 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="282"/>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="283"/>
        <source>Export only this campaign (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="291"/>
        <source>export takes no FILE argument; use -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="313"/>
        <source>note: %1 routes %2 to %3, which is not in this export; import resolves it from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="327"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="337"/>
        <source>db init: also load the demo flows into an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="338"/>
        <source>init, migrate or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="347"/>
        <source>db needs one action: init, migrate or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="350"/>
        <source>unknown db action &quot;%1&quot; (expected init, migrate or status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="371"/>
        <source>cannot create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="433"/>
        <source>database: %1 (PostgreSQL %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="437"/>
        <source>applied migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="438"/>
        <source>schema version %1 of %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="441"/>
        <source>: the database is newer than this Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="443"/>
        <source>: %1 pending, run touchline db migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="444"/>
        <source>, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="447"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="449"/>
        <source>demo flows loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="462"/>
        <source>--at %1: expected an ISO 8601 time with its offset, e.g. 2026-03-02T09:00:00+01:00 or 2026-03-02T08:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="505"/>
        <source>The campaign to enroll into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="506"/>
        <source>A contact id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="507"/>
        <source>A file of contact ids, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="508"/>
        <source>awareness, pipeline, credibility or marketing_relief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="509"/>
        <source>The exec gate&apos;s routing note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="510"/>
        <source>Enrollment time (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="518"/>
        <source>enroll needs --campaign and --contact or --contacts-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="548"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="558"/>
        <source>enrolled %n contact(s) in %1</source>
        <translation>
            <numerusform>enrolled %n contact in %1</numerusform>
            <numerusform>enrolled %n contacts in %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="569"/>
        <source>Scheduler time (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="571"/>
        <source>Enrollments claimed per transaction (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="584"/>
        <source>--batch %1: expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="601"/>
        <source>fired %1, exited %2, enrolled %3, postponed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="615"/>
        <source>The contact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="616"/>
        <source>The campaign slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="617"/>
        <source>The step number the outcome belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="618"/>
        <source>The outcome, e.g. replied, busy, live_answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="619"/>
        <source>A reply&apos;s intent, e.g. meeting_booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="620"/>
        <source>When it happened (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="629"/>
        <source>outcome needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="637"/>
        <source>--step %1: expected a step number (1, 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="673"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="674"/>
        <source>A CSV file with a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="683"/>
        <source>usage: touchline contacts import FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="712"/>
        <source>%1 has %n bad row(s): nothing was imported</source>
        <translation>
            <numerusform>%1 has %n bad row: nothing was imported</numerusform>
            <numerusform>%1 has %n bad rows: nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="720"/>
        <source>imported %1: %2 created, %3 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="732"/>
        <source>pause, resume or cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="733"/>
        <source>When (default: the database&apos;s now()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="734"/>
        <source>cap: the client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="735"/>
        <source>cap: the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="736"/>
        <source>cap: touches per day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="747"/>
        <source>usage: touchline campaign pause|resume SLUG, or campaign cap --client ID --channel CH --daily N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="763"/>
        <source>campaign cap needs --client ID, --channel (%1) and --daily N &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/main.cpp" line="66"/>
        <location filename="../app/main.cpp" line="71"/>
        <location filename="../app/main.cpp" line="83"/>
        <source>Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
        <source>Touchline cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>The demo flows could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Touchline</name>
    <message>
        <location filename="../model/connection.cpp" line="39"/>
        <source>cannot start the embedded local database in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="18"/>
        <source>%1 is not a PostgreSQL URI (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="88"/>
        <source>embedded local database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="61"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="111"/>
        <source>malformed CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="119"/>
        <source>malformed CSV: an unterminated quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="129"/>
        <source>the file is empty: expected a header line with id and client_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="141"/>
        <source>the header needs the columns id and client_id, it has: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="151"/>
        <source>column %1 of the header is empty or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="176"/>
        <source>%1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="190"/>
        <source>do_not_contact is &quot;%1&quot;, expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="197"/>
        <source>unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="213"/>
        <source>id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="217"/>
        <source>id %1 already appears on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="223"/>
        <source>client_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="16"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="32"/>
        <source>cannot connect to the database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="40"/>
        <source>the built-in demo flows do not validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="44"/>
        <source>demo flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="214"/>
        <source>unknown goal &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="227"/>
        <location filename="../model/engine.cpp" line="697"/>
        <location filename="../model/engine.cpp" line="962"/>
        <location filename="../model/engine.cpp" line="998"/>
        <source>no campaign with the slug %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="232"/>
        <source>campaign %1 is archived and takes no enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="280"/>
        <location filename="../model/engine.cpp" line="701"/>
        <source>no contact with the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="282"/>
        <source>%1 is marked do-not-contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="284"/>
        <source>%1 unsubscribed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="286"/>
        <source>%1 is already active in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="289"/>
        <source>%1 could not be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="682"/>
        <source>unknown reply intent &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="717"/>
        <source>%1 has no active enrollment in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="748"/>
        <source>%1 has no step %2 (revision %3 has steps 1..%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="757"/>
        <source>unknown outcome &quot;%1&quot; for step %2 of %3, a %4 step (expected one of: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="768"/>
        <source>step %1 of %2 has not fired yet for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="864"/>
        <source>exit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="875"/>
        <source>goto step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="877"/>
        <source>recorded (a later step has fired since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="886"/>
        <source>retry step %1 in %2 min (attempt %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="892"/>
        <source>no retry left: moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="912"/>
        <source>handoff to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../model/engine.cpp" line="923"/>
        <source>next touch pushed back %n day(s)</source>
        <translation>
            <numerusform>next touch pushed back %n day</numerusform>
            <numerusform>next touch pushed back %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="925"/>
        <source>recorded; the sequence continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="127"/>
        <location filename="../model/flowcodec.cpp" line="179"/>
        <location filename="../model/flowcodec.cpp" line="248"/>
        <location filename="../model/flowcodec.cpp" line="359"/>
        <location filename="../model/flowcodec.cpp" line="441"/>
        <location filename="../model/flowcodec.cpp" line="513"/>
        <source>missing required field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="131"/>
        <location filename="../model/flowcodec.cpp" line="454"/>
        <location filename="../model/flowcodec.cpp" line="627"/>
        <location filename="../model/flowcodec.cpp" line="639"/>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="136"/>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="141"/>
        <source>must not contain NUL characters (\u0000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="160"/>
        <location filename="../model/flowcodec.cpp" line="165"/>
        <source>expected an integer, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="203"/>
        <source>unknown %1 %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="212"/>
        <source>unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="224"/>
        <source>missing required field (expected &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="227"/>
        <source>unknown format %1 (expected &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="233"/>
        <source>missing required field (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="236"/>
        <source>unsupported version %1 (this Touchline reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="250"/>
        <location filename="../model/flowcodec.cpp" line="363"/>
        <location filename="../model/flowcodec.cpp" line="444"/>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="254"/>
        <source>the flow has no campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="260"/>
        <location filename="../model/flowcodec.cpp" line="375"/>
        <location filename="../model/flowcodec.cpp" line="403"/>
        <location filename="../model/flowcodec.cpp" line="431"/>
        <location filename="../model/flowcodec.cpp" line="501"/>
        <location filename="../model/flowcodec.cpp" line="579"/>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="301"/>
        <source>slug %1 must match ^[a-z0-9_]+$ (lower-case letters, digits, _)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="305"/>
        <source>slug %1 is already used by campaigns[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="317"/>
        <source>campaign type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="322"/>
        <source>owner_role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="327"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="333"/>
        <source>expected a boolean, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="340"/>
        <source>the exec gate is only for roles.bdr campaigns, this one is owned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="351"/>
        <location filename="../model/flowcodec.cpp" line="543"/>
        <location filename="../model/flowcodec.cpp" line="548"/>
        <location filename="../model/flowcodec.cpp" line="668"/>
        <source>must not be negative, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="368"/>
        <source>a campaign needs at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="385"/>
        <source>step %1 (day %2, +%3 min) is due before the step before it (day %4, +%5 min): delays must not decrease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="411"/>
        <source>unknown exit reason %1 (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="419"/>
        <source>expected a campaign slug or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="447"/>
        <source>a send window needs at least one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="458"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="462"/>
        <source>day %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="480"/>
        <source>expected a time as HH:MM, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="489"/>
        <source>the window must end after it starts (%1 is not after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="514"/>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="539"/>
        <source>steps must be numbered 1..n in order: expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="554"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="562"/>
        <source>a handler is only for voice steps, this step&apos;s channel is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="567"/>
        <source>handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="587"/>
        <source>unknown outcome %1 for channel %2 (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="607"/>
        <source>expected an object such as {&quot;goto&quot;: 2}, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="613"/>
        <source>expected exactly one of goto, exit, retry, handoff, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="614"/>
        <source>an empty object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="633"/>
        <source>exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="645"/>
        <source>handoff target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="651"/>
        <source>%1 is never redialled: route it to an exit or another step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="657"/>
        <source>expected an object {&quot;after_minutes&quot;: M, &quot;max_attempts&quot;: K}, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="674"/>
        <source>must be at least 1, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="692"/>
        <source>goto to missing step %1 (the campaign has steps 1..%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="707"/>
        <source>on_exit target %1 is not a campaign in this file%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="710"/>
        <source> or in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="753"/>
        <source>step %1 is unreachable: no path from step 1 leads to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="785"/>
        <source>on_exit routes form a cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1048"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1087"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1102"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;campaigns&quot;, got an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1120"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="116"/>
        <source>no campaign with the slug %1 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="168"/>
        <source>the database holds an invalid flow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="281"/>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="116"/>
        <source>TOUCHLINE_PG_BINDIR is %1, which holds no initdb and pg_ctl: install the Debian package %2, or point it at their folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="144"/>
        <source>the PostgreSQL server programs (initdb, pg_ctl) were not found: install the Debian package %1, or set TOUCHLINE_PG_BINDIR to their folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="171"/>
        <source>%1 did not finish in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="182"/>
        <source>the cluster folder %1 is too deep for a Unix socket path; set TOUCHLINE_HOME to a shorter folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="189"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="196"/>
        <source>running as root, the server needs the unprivileged system user postgres, which does not exist: install the Debian package %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="202"/>
        <source>cannot hand %1 to the postgres user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="207"/>
        <source>the postgres user cannot reach %1 (a parent folder is closed to other users); set TOUCHLINE_HOME to a folder outside /root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="231"/>
        <source>initdb failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="237"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="271"/>
        <source>another Touchline holds %1/cluster.lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="289"/>
        <source>the local PostgreSQL server did not start: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="318"/>
        <source>cannot create the touchline database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="370"/>
        <source>the local PostgreSQL server did not stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="75"/>
        <source>cannot create schema_migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="96"/>
        <source>the database schema is at version %1, newer than this Touchline (it knows versions up to %2): upgrade Touchline before using this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="110"/>
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
    <name>Touchline::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="29"/>
        <source>Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="34"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="35"/>
        <source>&amp;Import flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="37"/>
        <source>Import a flow definition (JSON) into the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="38"/>
        <source>&amp;Export flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="40"/>
        <source>Export every campaign as a flow definition (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="42"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="44"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="45"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="47"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="48"/>
        <source>&amp;About Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="50"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="63"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="74"/>
        <source>Cannot load the campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="79"/>
        <source>%n campaign(s) · schema v%1</source>
        <translation>
            <numerusform>%n campaign · schema v%1</numerusform>
            <numerusform>%n campaigns · schema v%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <location filename="../app/mainwindow.cpp" line="95"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="88"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="104"/>
        <source>%1 is invalid; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109"/>
        <source>Import failed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="113"/>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="128"/>
        <location filename="../app/mainwindow.cpp" line="134"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="139"/>
        <source>Exported %n campaign(s) to %1</source>
        <translation>
            <numerusform>Exported %n campaign to %1</numerusform>
            <numerusform>Exported %n campaigns to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>Import flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="147"/>
        <location filename="../app/mainwindow.cpp" line="155"/>
        <source>Flow definitions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="155"/>
        <source>Export flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>About Touchline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="164"/>
        <source>&lt;h3&gt;Touchline %1&lt;/h3&gt;&lt;p&gt;Campaign flow designer and supervisor console.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
