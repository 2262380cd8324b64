<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="44"/>
        <source>PostgreSQL URI (default: $TOUCHLINE_DB, else the embedded local database)</source>
        <translation>PostgreSQL-URI (Standard: $TOUCHLINE_DB, sonst die eingebettete lokale Datenbank)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="48"/>
        <source>Print one JSON object on standard output.</source>
        <translation>Ein JSON-Objekt auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="147"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="154"/>
        <source>The flow definition to check.</source>
        <translation>Die zu prüfende Ablaufdefinition.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="158"/>
        <source>validate takes exactly one FILE</source>
        <translation>validate erwartet genau ein FILE-Argument</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="179"/>
        <location filename="../app/commandline.cpp" line="233"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="181"/>
        <location filename="../app/commandline.cpp" line="235"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="186"/>
        <source>%1: valid, %n campaign(s)</source>
        <translation>
            <numerusform>%1: gültig, %n Kampagne</numerusform>
            <numerusform>%1: gültig, %n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="195"/>
        <source>The flow definition to import.</source>
        <translation>Die zu importierende Ablaufdefinition.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="199"/>
        <source>import takes exactly one FILE</source>
        <translation>import erwartet genau ein FILE-Argument</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="205"/>
        <location filename="../app/commandline.cpp" line="529"/>
        <location filename="../app/commandline.cpp" line="674"/>
        <location filename="../app/commandline.cpp" line="807"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="237"/>
        <source>%1 is invalid: nothing was imported</source>
        <translation>%1 ist ungültig: Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="248"/>
        <source>import of %1 failed, nothing was written: %2</source>
        <translation>Import von %1 fehlgeschlagen, es wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="264"/>
        <source>imported %1 into %2: %3 created, %4 updated, %5 unchanged</source>
        <translation>%1 in %2 importiert: %3 angelegt, %4 aktualisiert, %5 unverändert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="279"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="280"/>
        <source>Export only this campaign (repeatable).</source>
        <translation>Nur diese Kampagne exportieren (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="284"/>
        <source>export takes no FILE argument; use -o FILE</source>
        <translation>export erwartet kein FILE-Argument; verwenden Sie -o FILE</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="306"/>
        <source>note: %1 routes %2 to %3, which is not in this export; import resolves it from the database</source>
        <translation>Hinweis: %1 leitet %2 an %3 weiter, das nicht in diesem Export enthalten ist; import löst es aus der Datenbank auf</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="320"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="330"/>
        <source>db init: also load the demo flows into an empty database.</source>
        <translation>db init: zusätzlich die Demo-Abläufe in eine leere Datenbank laden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="331"/>
        <source>init, migrate or status</source>
        <translation>init, migrate oder status</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="336"/>
        <source>db needs one action: init, migrate or status</source>
        <translation>db erwartet eine Aktion: init, migrate oder status</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="339"/>
        <source>unknown db action &quot;%1&quot; (expected init, migrate or status)</source>
        <translation>unbekannte db-Aktion „%1“ (erwartet: init, migrate oder status)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="360"/>
        <source>cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="422"/>
        <source>database: %1 (PostgreSQL %2)</source>
        <translation>Datenbank: %1 (PostgreSQL %2)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="426"/>
        <source>applied migration %1</source>
        <translation>Migration %1 angewendet</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="427"/>
        <source>schema version %1 of %2%3</source>
        <translation>Schemaversion %1 von %2%3</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="430"/>
        <source>: the database is newer than this Touchline</source>
        <translation>: Die Datenbank ist neuer als diese Touchline-Version</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="432"/>
        <source>: %1 pending, run touchline db migrate</source>
        <translation>: %1 ausstehend, führen Sie touchline db migrate aus</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="433"/>
        <source>, up to date</source>
        <translation>, aktuell</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="436"/>
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="438"/>
        <source>demo flows loaded</source>
        <translation>Demo-Abläufe geladen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="76"/>
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
        <translation>Aufruf: touchline [--db URL]                Fenster öffnen
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
        <location filename="../app/commandline.cpp" line="448"/>
        <source>--%1 %2: expected an ISO 8601 time with its offset, e.g. 2026-03-02T09:00:00+01:00 or 2026-03-02T08:00:00Z</source>
        <translation>--%1 %2: erwartet wird eine ISO-8601-Zeit mit UTC-Offset, z. B. 2026-03-02T09:00:00+01:00 oder 2026-03-02T08:00:00Z</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="509"/>
        <source>The campaign to enroll into.</source>
        <translation>Die Kampagne, in die aufgenommen wird.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="510"/>
        <source>A contact id (repeatable).</source>
        <translation>Eine Kontakt-ID (mehrfach angebbar).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="511"/>
        <source>A file of contact ids, one per line.</source>
        <translation>Eine Datei mit Kontakt-IDs, eine pro Zeile.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="512"/>
        <source>awareness, pipeline, credibility or marketing_relief.</source>
        <translation>awareness, pipeline, credibility oder marketing_relief.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="513"/>
        <source>The exec gate&apos;s routing note.</source>
        <translation>Der Routing-Hinweis für die Management-Freigabe.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="514"/>
        <source>Enrollment time (default: the database&apos;s now()).</source>
        <translation>Aufnahmezeitpunkt (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="518"/>
        <source>enroll needs --campaign and --contact or --contacts-file</source>
        <translation>enroll erfordert --campaign sowie --contact oder --contacts-file</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="548"/>
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="558"/>
        <source>enrolled %n contact(s) in %1</source>
        <translation>
            <numerusform>%n Kontakt in %1 aufgenommen</numerusform>
            <numerusform>%n Kontakte in %1 aufgenommen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="569"/>
        <source>Scheduler time (default: the database&apos;s now()).</source>
        <translation>Zeitpunkt für den Planer (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="571"/>
        <source>Enrollments claimed per transaction (default 1000).</source>
        <translation>Pro Transaktion übernommene Aufnahmen (Standard: 1000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="580"/>
        <source>--batch %1: expected a positive number</source>
        <translation>--batch %1: erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="597"/>
        <source>fired %1, exited %2, enrolled %3, postponed %4</source>
        <translation>%1 ausgelöst, %2 ausgestiegen, %3 aufgenommen, %4 verschoben</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="611"/>
        <source>The contact id.</source>
        <translation>Die Kontakt-ID.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="612"/>
        <source>The campaign slug.</source>
        <translation>Der Slug der Kampagne.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="613"/>
        <source>The step number the outcome belongs to.</source>
        <translation>Die Nummer des Schritts, zu dem das Ergebnis gehört.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="614"/>
        <source>The outcome, e.g. replied, busy, live_answer.</source>
        <translation>Das Ergebnis, z. B. replied, busy, live_answer.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="615"/>
        <source>A reply&apos;s intent, e.g. meeting_booked.</source>
        <translation>Die Absicht einer Antwort, z. B. meeting_booked.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="616"/>
        <source>When it happened (default: the database&apos;s now()).</source>
        <translation>Zeitpunkt des Ereignisses (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="621"/>
        <source>outcome needs --%1</source>
        <translation>outcome erfordert --%1</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="629"/>
        <source>--step %1: expected a step number (1, 2, …)</source>
        <translation>--step %1: erwartet wird eine Schrittnummer (1, 2, …)</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="665"/>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="666"/>
        <source>A CSV file with a header line.</source>
        <translation>Eine CSV-Datei mit Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="671"/>
        <source>usage: touchline contacts import FILE.csv</source>
        <translation>Aufruf: touchline contacts import FILE.csv</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="700"/>
        <source>%1 has %n bad row(s): nothing was imported</source>
        <translation>
            <numerusform>%1 enthält %n fehlerhafte Zeile: Es wurde nichts importiert</numerusform>
            <numerusform>%1 enthält %n fehlerhafte Zeilen: Es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="708"/>
        <source>imported %1: %2 created, %3 updated</source>
        <translation>%1 importiert: %2 angelegt, %3 aktualisiert</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="720"/>
        <source>pause, resume or cap</source>
        <translation>pause, resume oder cap</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="721"/>
        <source>When (default: the database&apos;s now()).</source>
        <translation>Zeitpunkt (Standard: now() der Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="722"/>
        <source>cap: the client id.</source>
        <translation>cap: die Kunden-ID.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="723"/>
        <source>cap: the channel.</source>
        <translation>cap: der Kanal.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="724"/>
        <source>cap: touches per day.</source>
        <translation>cap: Ansprachen pro Tag.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="731"/>
        <source>usage: touchline campaign pause|resume SLUG, or campaign cap --client ID --channel CH --daily N</source>
        <translation>Aufruf: touchline campaign pause|resume SLUG oder campaign cap --client ID --channel CH --daily N</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="747"/>
        <source>campaign cap needs --client ID, --channel (%1) and --daily N &gt;= 0</source>
        <translation>campaign cap erfordert --client ID, --channel (%1) und --daily N &gt;= 0</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="768"/>
        <source>The campaign to enroll the simulated contacts in.</source>
        <translation>Die Kampagne, in die die simulierten Kontakte aufgenommen werden.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="769"/>
        <source>How many contacts (default 1000).</source>
        <translation>Anzahl der Kontakte (Standard: 1000).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="770"/>
        <source>Virtual days to run (default 3).</source>
        <translation>Anzahl virtueller Tage (Standard: 3).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="772"/>
        <source>Random seed (default 1): the same seed gives the same run.</source>
        <translation>Zufalls-Seed (Standard: 1): Derselbe Seed ergibt denselben Lauf.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="776"/>
        <source>JSON file of outcome probabilities per step.</source>
        <translation>JSON-Datei mit Ergebniswahrscheinlichkeiten pro Schritt.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="778"/>
        <source>Virtual start time (default: next Monday 09:00 UTC).</source>
        <translation>Virtueller Startzeitpunkt (Standard: nächster Montag, 09:00 UTC).</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="779"/>
        <source>Keep the scratch database afterwards.</source>
        <translation>Die temporäre Datenbank anschließend behalten.</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="783"/>
        <source>simulate needs --campaign SLUG</source>
        <translation>simulate erfordert --campaign SLUG</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="794"/>
        <source>--contacts, --days and --seed take positive whole numbers</source>
        <translation>--contacts, --days und --seed erwarten positive ganze Zahlen</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="813"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="866"/>
        <source>simulated %1 contacts in %2 over %n day(s) from %3 (seed %4)</source>
        <translation>
            <numerusform>%1 Kontakte in %2 über %n Tag ab %3 simuliert (Seed %4)</numerusform>
            <numerusform>%1 Kontakte in %2 über %n Tage ab %3 simuliert (Seed %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="895"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="897"/>
        <source>%1 virtual moments, %2 ms</source>
        <translation>%1 virtuelle Zeitpunkte, %2 ms</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <location filename="../app/passwordstore.cpp" line="27"/>
        <source>the system keychain refused: %1</source>
        <translation>Der Schlüsselbund des Systems hat die Anfrage abgewiesen: %1</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <location filename="../app/main.cpp" line="85"/>
        <location filename="../app/main.cpp" line="88"/>
        <location filename="../app/main.cpp" line="102"/>
        <source>Touchline</source>
        <translation>Touchline</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="95"/>
        <source>Touchline cannot open its database</source>
        <translation>Touchline kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="103"/>
        <source>The demo flows could not be loaded: %1</source>
        <translation>Die Demo-Abläufe konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Touchline</name>
    <message>
        <location filename="../model/connection.cpp" line="39"/>
        <source>cannot start the embedded local database in %1: %2</source>
        <translation>Die eingebettete lokale Datenbank in %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="18"/>
        <source>%1 is not a PostgreSQL URI (expected postgresql://user@host:port/database)</source>
        <translation>%1 ist keine PostgreSQL-URI (erwartet: postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <location filename="../model/connectionsettings.cpp" line="88"/>
        <source>embedded local database (%1)</source>
        <translation>eingebettete lokale Datenbank (%1)</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="59"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="113"/>
        <source>malformed CSV: %1</source>
        <translation>fehlerhaftes CSV: %1</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="121"/>
        <source>malformed CSV: an unterminated quoted field</source>
        <translation>fehlerhaftes CSV: ein nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="131"/>
        <source>the file is empty: expected a header line with id and client_id</source>
        <translation>Die Datei ist leer: erwartet wird eine Kopfzeile mit id und client_id</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="143"/>
        <source>the header needs the columns id and client_id, it has: %1</source>
        <translation>Die Kopfzeile benötigt die Spalten id und client_id, vorhanden sind: %1</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="153"/>
        <source>column %1 of the header is empty or repeated</source>
        <translation>Spalte %1 der Kopfzeile ist leer oder doppelt</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="178"/>
        <source>%1 fields, the header has %2</source>
        <translation>%1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="192"/>
        <source>do_not_contact is &quot;%1&quot;, expected true or false</source>
        <translation>do_not_contact ist „%1“, erwartet: true oder false</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="199"/>
        <source>unknown time zone &quot;%1&quot; (an IANA name such as Europe/Berlin)</source>
        <translation>unbekannte Zeitzone „%1“ (erwartet wird ein IANA-Name wie Europe/Berlin)</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="215"/>
        <source>id is empty</source>
        <translation>id ist leer</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="219"/>
        <source>id %1 already appears on line %2</source>
        <translation>id %1 kommt bereits in Zeile %2 vor</translation>
    </message>
    <message>
        <location filename="../model/contactstore.cpp" line="225"/>
        <source>client_id is empty</source>
        <translation>client_id ist leer</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="16"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed: install the Debian package libqt6sql6-psql</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert: Installieren Sie das Debian-Paket libqt6sql6-psql</translation>
    </message>
    <message>
        <location filename="../model/database.cpp" line="32"/>
        <source>cannot connect to the database at %1: %2</source>
        <translation>Keine Verbindung zur Datenbank unter %1 möglich: %2</translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="40"/>
        <source>the built-in demo flows do not validate</source>
        <translation>Die integrierten Demo-Abläufe sind ungültig</translation>
    </message>
    <message>
        <location filename="../model/demoflows.cpp" line="44"/>
        <source>demo flows</source>
        <translation>Demo-Abläufe</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="250"/>
        <source>unknown goal &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekanntes Ziel „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="263"/>
        <location filename="../model/engine.cpp" line="790"/>
        <location filename="../model/engine.cpp" line="1193"/>
        <location filename="../model/simulator.cpp" line="186"/>
        <source>no campaign with the slug %1</source>
        <translation>keine Kampagne mit dem Slug %1</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="268"/>
        <source>campaign %1 is archived and takes no enrollments</source>
        <translation>Kampagne %1 ist archiviert und nimmt keine Kontakte auf</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="316"/>
        <location filename="../model/engine.cpp" line="792"/>
        <source>no contact with the id %1</source>
        <translation>kein Kontakt mit der ID %1</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="318"/>
        <source>%1 is marked do-not-contact</source>
        <translation>%1 ist als „Nicht kontaktieren“ markiert</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="320"/>
        <source>%1 unsubscribed from %2</source>
        <translation>%1 hat sich von %2 abgemeldet</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="322"/>
        <source>%1 is already active in %2</source>
        <translation>%1 ist bereits in %2 aktiv</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="325"/>
        <source>%1 could not be enrolled</source>
        <translation>%1 konnte nicht aufgenommen werden</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="897"/>
        <source>unknown reply intent &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Antwortabsicht „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="795"/>
        <location filename="../model/engine.cpp" line="904"/>
        <source>%1 has no active enrollment in %2</source>
        <translation>%1 hat keine aktive Aufnahme in %2</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="912"/>
        <source>%1 has no step %2 (revision %3 has steps 1..%4)</source>
        <translation>%1 hat keinen Schritt %2 (Revision %3 hat die Schritte 1..%4)</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="922"/>
        <source>unknown outcome &quot;%1&quot; for step %2 of %3, a %4 step (expected one of: %5)</source>
        <translation>unbekanntes Ergebnis „%1“ für Schritt %2 von %3, einen %4-Schritt (zulässig: %5)</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="933"/>
        <source>step %1 of %2 has not fired yet for %3</source>
        <translation>Schritt %1 von %2 wurde für %3 noch nicht ausgelöst</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="991"/>
        <location filename="../model/flowstore.cpp" line="581"/>
        <source>exit %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="1001"/>
        <source>goto step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="1003"/>
        <source>recorded (a later step has fired since)</source>
        <translation>erfasst (seitdem wurde ein späterer Schritt ausgelöst)</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="1011"/>
        <source>retry step %1 in %2 min (attempt %3 of %4)</source>
        <translation>Schritt %1 wird in %2 min wiederholt (Versuch %3 von %4)</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="1017"/>
        <source>no retry left: moves on</source>
        <translation>keine Wiederholung mehr übrig: weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="1037"/>
        <source>handoff to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="1046"/>
        <source>the sequence resumes at step %1</source>
        <translation>die Sequenz wird bei Schritt %1 fortgesetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/engine.cpp" line="1051"/>
        <source>next touch pushed back %n day(s)</source>
        <translation>
            <numerusform>nächste Ansprache um %n Tag verschoben</numerusform>
            <numerusform>nächste Ansprache um %n Tage verschoben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/engine.cpp" line="1053"/>
        <source>recorded; the sequence continues</source>
        <translation>erfasst; die Sequenz läuft weiter</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="127"/>
        <location filename="../model/flowcodec.cpp" line="179"/>
        <location filename="../model/flowcodec.cpp" line="248"/>
        <location filename="../model/flowcodec.cpp" line="359"/>
        <location filename="../model/flowcodec.cpp" line="441"/>
        <location filename="../model/flowcodec.cpp" line="513"/>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="131"/>
        <location filename="../model/flowcodec.cpp" line="454"/>
        <location filename="../model/flowcodec.cpp" line="627"/>
        <location filename="../model/flowcodec.cpp" line="639"/>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="136"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="141"/>
        <source>must not contain NUL characters (\u0000)</source>
        <translation>darf keine NUL-Zeichen (\u0000) enthalten</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="160"/>
        <location filename="../model/flowcodec.cpp" line="165"/>
        <source>expected an integer, got %1</source>
        <translation>Ganzzahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="203"/>
        <source>unknown %1 %2 (expected one of: %3)</source>
        <translation>unbekannter Wert für %1: %2 (zulässig: %3)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="212"/>
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="224"/>
        <source>missing required field (expected &quot;%1&quot;)</source>
        <translation>Pflichtfeld fehlt (erwartet: &quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="227"/>
        <source>unknown format %1 (expected &quot;%2&quot;)</source>
        <translation>unbekanntes Format %1 (erwartet: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="233"/>
        <source>missing required field (expected %1)</source>
        <translation>Pflichtfeld fehlt (erwartet: %1)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="236"/>
        <source>unsupported version %1 (this Touchline reads version %2)</source>
        <translation>nicht unterstützte Version %1 (diese Touchline-Version liest Version %2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="250"/>
        <location filename="../model/flowcodec.cpp" line="363"/>
        <location filename="../model/flowcodec.cpp" line="444"/>
        <source>expected an array, got %1</source>
        <translation>Array erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="254"/>
        <source>the flow has no campaigns</source>
        <translation>der Ablauf enthält keine Kampagnen</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="260"/>
        <location filename="../model/flowcodec.cpp" line="375"/>
        <location filename="../model/flowcodec.cpp" line="403"/>
        <location filename="../model/flowcodec.cpp" line="431"/>
        <location filename="../model/flowcodec.cpp" line="501"/>
        <location filename="../model/flowcodec.cpp" line="579"/>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="301"/>
        <source>slug %1 must match ^[a-z0-9_]+$ (lower-case letters, digits, _)</source>
        <translation>Slug %1 muss ^[a-z0-9_]+$ entsprechen (Kleinbuchstaben, Ziffern, _)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="305"/>
        <source>slug %1 is already used by campaigns[%2]</source>
        <translation>Slug %1 wird bereits von campaigns[%2] verwendet</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="317"/>
        <source>campaign type</source>
        <translation>Kampagnentyp</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="322"/>
        <source>owner_role</source>
        <translation>owner_role</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="327"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="333"/>
        <source>expected a boolean, got %1</source>
        <translation>Boolescher Wert erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="340"/>
        <source>the exec gate is only for roles.bdr campaigns, this one is owned by %1</source>
        <translation>die Management-Freigabe gibt es nur für roles.bdr-Kampagnen, diese gehört zu %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="351"/>
        <location filename="../model/flowcodec.cpp" line="543"/>
        <location filename="../model/flowcodec.cpp" line="548"/>
        <location filename="../model/flowcodec.cpp" line="668"/>
        <source>must not be negative, got %1</source>
        <translation>darf nicht negativ sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="368"/>
        <source>a campaign needs at least one step</source>
        <translation>eine Kampagne benötigt mindestens einen Schritt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="385"/>
        <source>step %1 (day %2, +%3 min) is due before the step before it (day %4, +%5 min): delays must not decrease</source>
        <translation>Schritt %1 (Tag %2, +%3 min) ist vor dem vorherigen Schritt fällig (Tag %4, +%5 min): Verzögerungen dürfen nicht abnehmen</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="411"/>
        <source>unknown exit reason %1 (expected one of: %2)</source>
        <translation>unbekannter Ausstiegsgrund %1 (zulässig: %2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="419"/>
        <source>expected a campaign slug or null, got %1</source>
        <translation>Kampagnen-Slug oder null erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="447"/>
        <source>a send window needs at least one day</source>
        <translation>ein Versandfenster benötigt mindestens einen Tag</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="458"/>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="462"/>
        <source>day %1 is listed twice</source>
        <translation>Tag %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="480"/>
        <source>expected a time as HH:MM, got %1</source>
        <translation>Uhrzeit im Format HH:MM erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="489"/>
        <source>the window must end after it starts (%1 is not after %2)</source>
        <translation>das Fenster muss nach seinem Beginn enden (%1 liegt nicht nach %2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="514"/>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="539"/>
        <source>steps must be numbered 1..n in order: expected %1, got %2</source>
        <translation>Schritte müssen fortlaufend von 1..n nummeriert sein: erwartet %1, erhalten %2</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="554"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="562"/>
        <source>a handler is only for voice steps, this step&apos;s channel is %1</source>
        <translation>ein Bearbeiter ist nur für Anrufschritte vorgesehen, der Kanal dieses Schritts ist %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="567"/>
        <source>handler</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="587"/>
        <source>unknown outcome %1 for channel %2 (expected one of: %3)</source>
        <translation>unbekanntes Ergebnis %1 für Kanal %2 (zulässig: %3)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="607"/>
        <source>expected an object such as {&quot;goto&quot;: 2}, got %1</source>
        <translation>Objekt wie {&quot;goto&quot;: 2} erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="613"/>
        <source>expected exactly one of goto, exit, retry, handoff, got %1</source>
        <translation>genau eines von goto, exit, retry, handoff erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="614"/>
        <source>an empty object</source>
        <translation>ein leeres Objekt</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="633"/>
        <source>exit reason</source>
        <translation>Ausstiegsgrund</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="645"/>
        <source>handoff target</source>
        <translation>Übergabeziel</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="651"/>
        <source>%1 is never redialled: route it to an exit or another step</source>
        <translation>%1 wird nie erneut angewählt: Leiten Sie es zu einem Ausstieg oder einem anderen Schritt weiter</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="657"/>
        <source>expected an object {&quot;after_minutes&quot;: M, &quot;max_attempts&quot;: K}, got %1</source>
        <translation>Objekt {&quot;after_minutes&quot;: M, &quot;max_attempts&quot;: K} erwartet, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="674"/>
        <source>must be at least 1, got %1</source>
        <translation>muss mindestens 1 sein, erhalten: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="692"/>
        <source>goto to missing step %1 (the campaign has steps 1..%2)</source>
        <translation>goto zu nicht vorhandenem Schritt %1 (die Kampagne hat die Schritte 1..%2)</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="707"/>
        <source>on_exit target %1 is not a campaign in this file%2</source>
        <translation>on_exit-Ziel %1 ist keine Kampagne in dieser Datei%2</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="710"/>
        <source> or in the database</source>
        <translation> oder in der Datenbank</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="753"/>
        <source>step %1 is unreachable: no path from step 1 leads to it</source>
        <translation>Schritt %1 ist nicht erreichbar: Kein Pfad von Schritt 1 führt dorthin</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="785"/>
        <source>on_exit routes form a cycle: %1</source>
        <translation>on_exit-Routen bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1048"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1087"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1102"/>
        <source>expected a JSON object with &quot;format&quot;, &quot;version&quot; and &quot;campaigns&quot;, got an array</source>
        <translation>JSON-Objekt mit &quot;format&quot;, &quot;version&quot; und &quot;campaigns&quot; erwartet, erhalten: ein Array</translation>
    </message>
    <message>
        <location filename="../model/flowcodec.cpp" line="1120"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="133"/>
        <location filename="../model/flowstore.cpp" line="705"/>
        <source>no campaign with the slug %1 in the database</source>
        <translation>keine Kampagne mit dem Slug %1 in der Datenbank</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="185"/>
        <source>the database holds an invalid flow: %1</source>
        <translation>die Datenbank enthält einen ungültigen Ablauf: %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="220"/>
        <source>imported from %1</source>
        <translation>importiert aus %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="539"/>
        <location filename="../model/flowstore.cpp" line="710"/>
        <source>%1 has no revision %2</source>
        <translation>%1 hat keine Revision %2</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="579"/>
        <source>go to step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="583"/>
        <source>retry after %1 min, at most %2 attempts</source>
        <translation>Wiederholung nach %1 min, höchstens %2 Versuche</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="587"/>
        <source>hand off to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="619"/>
        <source>step %1 added: %2 %3, day %4</source>
        <translation>Schritt %1 hinzugefügt: %2 %3, Tag %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="625"/>
        <source>step %1 removed: %2 %3, day %4</source>
        <translation>Schritt %1 entfernt: %2 %3, Tag %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="632"/>
        <source>step %1 %2: %3 -&gt; %4</source>
        <translation>Schritt %1 %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="644"/>
        <location filename="../model/flowstore.cpp" line="645"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="653"/>
        <source>step %1 on_outcome %2 added: %3</source>
        <translation>Schritt %1 on_outcome %2 hinzugefügt: %3</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="656"/>
        <source>step %1 on_outcome %2 removed (was: %3)</source>
        <translation>Schritt %1 on_outcome %2 entfernt (war: %3)</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="660"/>
        <source>step %1 on_outcome %2: %3 -&gt; %4</source>
        <translation>Schritt %1 on_outcome %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../model/flowstore.cpp" line="713"/>
        <source>the two revisions are the same</source>
        <translation>die beiden Revisionen sind identisch</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="116"/>
        <source>TOUCHLINE_PG_BINDIR is %1, which holds no initdb and pg_ctl: install the Debian package %2, or point it at their folder</source>
        <translation>TOUCHLINE_PG_BINDIR ist %1, dort liegen weder initdb noch pg_ctl: Installieren Sie das Debian-Paket %2 oder lassen Sie die Variable auf deren Ordner verweisen</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="144"/>
        <source>the PostgreSQL server programs (initdb, pg_ctl) were not found: install the Debian package %1, or set TOUCHLINE_PG_BINDIR to their folder</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl) wurden nicht gefunden: Installieren Sie das Debian-Paket %1 oder setzen Sie TOUCHLINE_PG_BINDIR auf deren Ordner</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="171"/>
        <source>%1 did not finish in %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s beendet</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="182"/>
        <source>the cluster folder %1 is too deep for a Unix socket path; set TOUCHLINE_HOME to a shorter folder</source>
        <translation>Der Cluster-Ordner %1 ist für einen Unix-Socket-Pfad zu tief verschachtelt; setzen Sie TOUCHLINE_HOME auf einen kürzeren Ordnerpfad</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="189"/>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="196"/>
        <source>running as root, the server needs the unprivileged system user postgres, which does not exist: install the Debian package %1</source>
        <translation>Bei Ausführung als root benötigt der Server den nicht privilegierten Systembenutzer postgres, der nicht existiert: Installieren Sie das Debian-Paket %1</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="202"/>
        <source>cannot hand %1 to the postgres user</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="207"/>
        <source>the postgres user cannot reach %1 (a parent folder is closed to other users); set TOUCHLINE_HOME to a folder outside /root</source>
        <translation>Der Benutzer postgres kann nicht auf %1 zugreifen (ein übergeordneter Ordner ist für andere Benutzer nicht zugänglich); setzen Sie TOUCHLINE_HOME auf einen Ordner außerhalb von /root</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="231"/>
        <source>initdb failed for %1: %2</source>
        <translation>initdb für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="237"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="271"/>
        <source>another Touchline holds %1/cluster.lock</source>
        <translation>eine andere Touchline-Instanz hält %1/cluster.lock</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="289"/>
        <source>the local PostgreSQL server did not start: %1
%2</source>
        <translation>Der lokale PostgreSQL-Server ist nicht gestartet: %1
%2</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="318"/>
        <source>cannot create the touchline database: %1</source>
        <translation>Die Datenbank touchline kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/localcluster.cpp" line="370"/>
        <source>the local PostgreSQL server did not stop: %1</source>
        <translation>Der lokale PostgreSQL-Server wurde nicht beendet: %1</translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="75"/>
        <source>cannot create schema_migrations: %1</source>
        <translation>schema_migrations kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="96"/>
        <source>the database schema is at version %1, newer than this Touchline (it knows versions up to %2): upgrade Touchline before using this database</source>
        <translation>Das Datenbankschema hat Version %1 und ist neuer als diese Touchline-Version (sie kennt Versionen bis %2): Aktualisieren Sie Touchline, bevor Sie diese Datenbank verwenden</translation>
    </message>
    <message>
        <location filename="../model/migrator.cpp" line="110"/>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="75"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="76"/>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="78"/>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <location filename="../model/templatedrafter.cpp" line="79"/>
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="115"/>
        <source>%1: expected an object of outcome probabilities</source>
        <translation>%1: Objekt mit Ergebniswahrscheinlichkeiten erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="124"/>
        <source>%1: unknown outcome &quot;%2&quot; for channel %3</source>
        <translation>%1: unbekanntes Ergebnis „%2“ für Kanal %3</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="126"/>
        <source>%1: expected a probability between 0 and 1</source>
        <translation>%1: Wahrscheinlichkeit zwischen 0 und 1 erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="132"/>
        <source>%1: the probabilities add up to %2, more than 1</source>
        <translation>%1: Die Wahrscheinlichkeiten ergeben zusammen %2, mehr als 1</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="136"/>
        <source>%1: expected an object</source>
        <translation>%1: Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="144"/>
        <source>%1: unknown channel &quot;%2&quot;</source>
        <translation>%1: unbekannter Kanal „%2“</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="150"/>
        <source>%1: expected a step number as the key</source>
        <translation>%1: Schrittnummer als Schlüssel erwartet</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="214"/>
        <source>cannot create the scratch database: %1</source>
        <translation>Die temporäre Datenbank kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="238"/>
        <source>simulation</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../model/simulator.cpp" line="283"/>
        <source>%1.%2.%3: unknown outcome for a %4 step</source>
        <translation>%1.%2.%3: unbekanntes Ergebnis für einen %4-Schritt</translation>
    </message>
</context>
<context>
    <name>Touchline::CampaignMapScene</name>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="151"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="273"/>
        <source>Drop the route on a campaign.</source>
        <translation>Legen Sie die Route auf einer Kampagne ab.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="275"/>
        <source>%1 is not an exit of a campaign.</source>
        <translation>%1 ist kein Ausstieg einer Kampagne.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="277"/>
        <source>A campaign cannot enroll its own leavers again: route %1 to another campaign.</source>
        <translation>Eine Kampagne kann ihre eigenen Aussteiger nicht erneut aufnehmen: Leiten Sie %1 an eine andere Kampagne weiter.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="280"/>
        <source>%1 is archived and enrolls no one.</source>
        <translation>%1 ist archiviert und nimmt niemanden auf.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="378"/>
        <source>%1 → enroll in %2</source>
        <translation>%1 → in %2 aufnehmen</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="384"/>
        <source>Drop on a campaign to route %1 there</source>
        <translation>Auf einer Kampagne ablegen, um %1 dorthin zu leiten</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="419"/>
        <source>Routed %1 to %2</source>
        <translation>%1 an %2 weitergeleitet</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="447"/>
        <source>New %1 campaign</source>
        <translation>Neue %1-Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="462"/>
        <source>Write to {{first_name}} at {{company}}.</source>
        <translation>Schreiben Sie an {{first_name}} bei {{company}}.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="486"/>
        <source>Added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="492"/>
        <source>Drop a step on a campaign card, or open the campaign&apos;s sequence.</source>
        <translation>Legen Sie einen Schritt auf einer Kampagnenkachel ab oder öffnen Sie die Sequenz der Kampagne.</translation>
    </message>
    <message>
        <location filename="../designer/campaignmapscene.cpp" line="501"/>
        <source>Added a %1 step to %2</source>
        <translation>%1-Schritt zu %2 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="543"/>
        <source>Copied %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne kopiert</numerusform>
            <numerusform>%n Kampagnen kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="559"/>
        <source>Paste %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne einfügen</numerusform>
            <numerusform>%n Kampagnen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignmapscene.cpp" line="599"/>
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
        <location filename="../designer/campaignoverview.cpp" line="20"/>
        <source>go to step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="22"/>
        <source>exit %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="24"/>
        <source>retry after %1 min (max %2)</source>
        <translation>Wiederholung nach %1 min (max. %2)</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="28"/>
        <source>hand off to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="36"/>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="37"/>
        <source>day %1 +%2 min</source>
        <translation>Tag %1 +%2 min</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="54"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="75"/>
        <source>On exit</source>
        <translation>Beim Ausstieg</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="75"/>
        <source>Continues in</source>
        <translation>Weiter in</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="89"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="90"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="91"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="92"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="93"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="94"/>
        <source>On outcome</source>
        <translation>Bei Ergebnis</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="145"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="185"/>
        <source>No campaign selected</source>
        <translation>Keine Kampagne ausgewählt</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="187"/>
        <source>This database holds no campaigns yet. Import a flow with File &gt; Import.</source>
        <translation>Diese Datenbank enthält noch keine Kampagnen. Importieren Sie einen Ablauf über Datei &gt; Ablauf importieren.</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="195"/>
        <source>exec gate: a booked meeting waits for the approver</source>
        <translation>Management-Freigabe: Ein gebuchter Termin wartet auf den Freigeber</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="198"/>
        <source>sends %1 %2–%3</source>
        <translation>versendet %1 %2–%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignoverview.cpp" line="200"/>
        <source>no engagement after %n day(s)</source>
        <translation>
            <numerusform>keine Interaktion nach %n Tag</numerusform>
            <numerusform>keine Interaktion nach %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="210"/>
        <source>exec approver decides (gate)</source>
        <translation>Management-Freigeber entscheidet (Freigabe)</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="211"/>
        <source>ends here</source>
        <translation>endet hier</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="216"/>
        <source>%1, suggested to the exec approver</source>
        <translation>%1, dem Management-Freigeber vorgeschlagen</translation>
    </message>
    <message>
        <location filename="../designer/campaignoverview.cpp" line="233"/>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
</context>
<context>
    <name>Touchline::ConnectionDialog</name>
    <message>
        <location filename="../app/connectiondialog.cpp" line="29"/>
        <source>Database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="30"/>
        <source>&amp;Embedded local database on this computer</source>
        <translation>&amp;Eingebettete lokale Datenbank auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="31"/>
        <source>&amp;Shared PostgreSQL server</source>
        <translation>&amp;Gemeinsamer PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="37"/>
        <source>db.example.com, or a socket folder</source>
        <translation>db.example.com oder ein Socket-Ordner</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="49"/>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="57"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="58"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="59"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="60"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="61"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="63"/>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="65"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="156"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="158"/>
        <source>Enter the database name.</source>
        <translation>Geben Sie den Datenbanknamen ein.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="160"/>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <location filename="../app/connectiondialog.cpp" line="185"/>
        <source>Connected: PostgreSQL %1</source>
        <translation>Verbunden: PostgreSQL %1</translation>
    </message>
</context>
<context>
    <name>Touchline::Designer</name>
    <message>
        <location filename="../designer/autolayout.cpp" line="67"/>
        <source>Graphviz could not lay out the map</source>
        <translation>Graphviz konnte die Karte nicht anordnen</translation>
    </message>
    <message>
        <location filename="../designer/autolayout.cpp" line="96"/>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="221"/>
        <source>%1 · client %2</source>
        <translation>%1 · Kunde %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/campaignnodeitem.cpp" line="229"/>
        <source>%n step(s) · %1 days</source>
        <translation>
            <numerusform>%n Schritt · %1 Tage</numerusform>
            <numerusform>%n Schritte · %1 Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="247"/>
        <source>ENTRY · EXEC GATE</source>
        <translation>EINSTIEG · MANAGEMENT-FREIGABE</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="247"/>
        <source>ENTRY</source>
        <translation>EINSTIEG</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="306"/>
        <source>exec approver routes</source>
        <translation>Management-Freigeber leitet weiter</translation>
    </message>
    <message>
        <location filename="../designer/campaignnodeitem.cpp" line="307"/>
        <source>ends here</source>
        <translation>endet hier</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="186"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="188"/>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="190"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="192"/>
        <source>Voice call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="199"/>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="201"/>
        <source>no engagement</source>
        <translation>keine Interaktion</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="203"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="210"/>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="212"/>
        <source>Day %1 +%2 h</source>
        <translation>Tag %1 +%2 h</translation>
    </message>
    <message>
        <location filename="../designer/designerstyle.cpp" line="213"/>
        <source>Day %1 +%2 min</source>
        <translation>Tag %1 +%2 min</translation>
    </message>
    <message>
        <location filename="../designer/exitedgeitem.cpp" line="89"/>
        <source>suggested by exec gate</source>
        <translation>vorgeschlagen durch Management-Freigabe</translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="32"/>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="35"/>
        <source>%1 → step %2</source>
        <translation>%1 → Schritt %2</translation>
    </message>
    <message>
        <location filename="../designer/outcomeedgeitem.cpp" line="39"/>
        <source>%1: retry in %2 min, max %3×</source>
        <translation>%1: Wiederholung in %2 min, max. %3×</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="136"/>
        <source>Step %1 · %2</source>
        <translation>Schritt %1 · %2</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="154"/>
        <source>handled by %1</source>
        <translation>bearbeitet von %1</translation>
    </message>
    <message>
        <location filename="../designer/stepnodeitem.cpp" line="180"/>
        <source>intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location filename="../designer/terminalitem.cpp" line="54"/>
        <source>Exit: %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../designer/terminalitem.cpp" line="55"/>
        <source>Hand off: %1</source>
        <translation>Übergabe: %1</translation>
    </message>
</context>
<context>
    <name>Touchline::FlowDesigner</name>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="66"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="76"/>
        <source>Double-click a problem to go to it</source>
        <translation>Doppelklicken Sie auf ein Problem, um dorthin zu springen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="82"/>
        <source>Find campaign by slug or name (Ctrl+F)</source>
        <translation>Kampagne nach Slug oder Name suchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="120"/>
        <source>&lt;b&gt;Palette&lt;/b&gt;</source>
        <translation>&lt;b&gt;Palette&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="125"/>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Verlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="134"/>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Probleme&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="198"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="206"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="210"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="218"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="220"/>
        <source>Copy the selection</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="223"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="225"/>
        <source>Paste with fresh slugs</source>
        <translation>Mit neuen Slugs einfügen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="228"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="230"/>
        <source>Duplicate the selected campaigns</source>
        <translation>Ausgewählte Kampagnen duplizieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="233"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="235"/>
        <source>Delete the selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="238"/>
        <source>Select all</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="240"/>
        <source>Select everything</source>
        <translation>Alles auswählen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="249"/>
        <source>◀ Map</source>
        <translation>◀ Karte</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="251"/>
        <source>Back to the campaign map</source>
        <translation>Zurück zur Kampagnenkarte</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="254"/>
        <source>Auto-layout</source>
        <translation>Automatisch anordnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="256"/>
        <source>Arrange the campaigns with Graphviz dot</source>
        <translation>Kampagnen mit Graphviz dot anordnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="261"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="263"/>
        <source>Fit everything into view (also F)</source>
        <translation>Alles in die Ansicht einpassen (auch F)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="267"/>
        <location filename="../designer/flowdesigner.cpp" line="269"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="271"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="276"/>
        <source>Snap to grid</source>
        <translation>Am Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="278"/>
        <source>Snap moved campaigns to the grid</source>
        <translation>Verschobene Kampagnen am Raster ausrichten</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="283"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="283"/>
        <source>Find a campaign</source>
        <translation>Kampagne suchen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="288"/>
        <source>Open sequence</source>
        <translation>Sequenz öffnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="290"/>
        <source>Open the selected campaign&apos;s sequence</source>
        <translation>Sequenz der ausgewählten Kampagne öffnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="302"/>
        <source>Import JSON…</source>
        <translation>JSON importieren…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="304"/>
        <source>Open a flow definition into the designer</source>
        <translation>Ablaufdefinition im Designer öffnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="307"/>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="309"/>
        <source>Write the designed flow as a flow definition</source>
        <translation>Den gestalteten Ablauf als Ablaufdefinition speichern</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="312"/>
        <source>Export image…</source>
        <translation>Bild exportieren…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="314"/>
        <source>Export the canvas as PNG or SVG</source>
        <translation>Arbeitsfläche als PNG oder SVG exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="317"/>
        <source>Revision history…</source>
        <translation>Revisionsverlauf…</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="319"/>
        <source>The selected campaign&apos;s revisions, what changed between two, and moving its contacts to another revision</source>
        <translation>Revisionen der ausgewählten Kampagne, Änderungen zwischen zwei Revisionen und Verschieben ihrer Kontakte in eine andere Revision</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="324"/>
        <source>Select a campaign first</source>
        <translation>Wählen Sie zuerst eine Kampagne aus</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="452"/>
        <source>  &lt;b&gt;Campaign map&lt;/b&gt;  </source>
        <translation>  &lt;b&gt;Kampagnenkarte&lt;/b&gt;  </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="453"/>
        <source>Drag a campaign type onto the map, or a channel onto a campaign</source>
        <translation>Ziehen Sie einen Kampagnentyp auf die Karte oder einen Kanal auf eine Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="466"/>
        <source>  Map › &lt;b&gt;%1&lt;/b&gt;  </source>
        <translation>  Karte › &lt;b&gt;%1&lt;/b&gt;  </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="501"/>
        <source>%n campaign(s) match</source>
        <translation>
            <numerusform>%n Kampagne gefunden</numerusform>
            <numerusform>%n Kampagnen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="526"/>
        <source>&lt;span style=&apos;color:#dc2626&apos;&gt;● %n error(s)&lt;/span&gt;</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:#dc2626&apos;&gt;● %n Fehler&lt;/span&gt;</numerusform>
            <numerusform>&lt;span style=&apos;color:#dc2626&apos;&gt;● %n Fehler&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="527"/>
        <source>&lt;span style=&apos;color:#16a34a&apos;&gt;● valid&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#16a34a&apos;&gt;● gültig&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdesigner.cpp" line="529"/>
        <source> · &lt;span style=&apos;color:#d97706&apos;&gt;%n warning(s)&lt;/span&gt;</source>
        <translation>
            <numerusform> · &lt;span style=&apos;color:#d97706&apos;&gt;%n Warnung&lt;/span&gt;</numerusform>
            <numerusform> · &lt;span style=&apos;color:#d97706&apos;&gt;%n Warnungen&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="531"/>
        <source> · &lt;b&gt;unsaved changes&lt;/b&gt;</source>
        <translation> · &lt;b&gt;nicht gespeicherte Änderungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="622"/>
        <source>There is nothing to export</source>
        <translation>Es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="631"/>
        <source>Touchline flow</source>
        <translation>Touchline-Ablauf</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="634"/>
        <location filename="../designer/flowdesigner.cpp" line="651"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="660"/>
        <source>Import flow</source>
        <translation>Ablauf importieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="660"/>
        <location filename="../designer/flowdesigner.cpp" line="669"/>
        <source>Flow definitions (*.json)</source>
        <translation>Ablaufdefinitionen (*.json)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="663"/>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="669"/>
        <source>Export flow</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="672"/>
        <source>Cannot export %1: %2</source>
        <translation>%1 kann nicht exportiert werden: %2</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="678"/>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="678"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../designer/flowdesigner.cpp" line="683"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>Touchline::FlowDocument</name>
    <message>
        <location filename="../designer/flowdocument.cpp" line="175"/>
        <source>Add campaign %1</source>
        <translation>Kampagne %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="239"/>
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne löschen</numerusform>
            <numerusform>%n Kampagnen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="286"/>
        <source>End %1 on %2</source>
        <translation>%1 bei %2 enden lassen</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="287"/>
        <source>Route %1 %2 to %3</source>
        <translation>%1: %2 an %3 weiterleiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="305"/>
        <source>Move %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne verschieben</numerusform>
            <numerusform>%n Kampagnen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="343"/>
        <source>Map %1 of step %2</source>
        <translation>%1 von Schritt %2 zuordnen</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="344"/>
        <source>Unmap %1 of step %2</source>
        <translation>Zuordnung von %1 in Schritt %2 aufheben</translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="370"/>
        <source>Add %1 step to %2</source>
        <translation>%1-Schritt zu %2 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/flowdocument.cpp" line="407"/>
        <source>Delete %n step(s) of %1</source>
        <translation>
            <numerusform>%n Schritt von %1 löschen</numerusform>
            <numerusform>%n Schritte von %1 löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/flowdocument.cpp" line="471"/>
        <source>unhandled outcome port: on %1 the contact moves on to the next step</source>
        <translation>nicht behandelter Ergebnis-Port: Bei %1 geht der Kontakt zum nächsten Schritt über</translation>
    </message>
</context>
<context>
    <name>Touchline::InspectorWidget</name>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="91"/>
        <source>Select a campaign on the map or a step in a sequence to edit it.</source>
        <translation>Wählen Sie zum Bearbeiten eine Kampagne auf der Karte oder einen Schritt in einer Sequenz aus.</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="145"/>
        <source>What authors and approvers call this campaign</source>
        <translation>So nennen Autoren und Freigeber diese Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="147"/>
        <source>Unique key: lower-case letters, digits and _; routes name it</source>
        <translation>Eindeutiger Schlüssel: Kleinbuchstaben, Ziffern und _; Routen verweisen darauf</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="155"/>
        <source>Meetings wait for the approver</source>
        <translation>Termine warten auf den Freigeber</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="156"/>
        <source>Only roles.bdr campaigns may gate</source>
        <translation>Nur roles.bdr-Kampagnen können eine Freigabe verlangen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="159"/>
        <source> days after last step</source>
        <translation> Tage nach dem letzten Schritt</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="164"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="165"/>
        <source>Slug</source>
        <translation>Slug</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="166"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="167"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="168"/>
        <source>Owner role</source>
        <translation>Verantwortliche Rolle</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="169"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="170"/>
        <source>Exec gate</source>
        <translation>Management-Freigabe</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="171"/>
        <source>No engagement</source>
        <translation>Keine Interaktion</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="176"/>
        <source>Only send inside a window</source>
        <translation>Nur im Versandfenster senden</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="196"/>
        <source>Send window</source>
        <translation>Versandfenster</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="201"/>
        <source>On %1</source>
        <translation>Bei „%1“</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="217"/>
        <source>lower-case letters, digits and _ only</source>
        <translation>nur Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="234"/>
        <source>day </source>
        <translation>Tag </translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="237"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="239"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="248"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="248"/>
        <source>Then</source>
        <translation>Dann</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="253"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="254"/>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="255"/>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="256"/>
        <source>Handler</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="257"/>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="258"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="259"/>
        <source>On outcome</source>
        <translation>Bei Ergebnis</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="275"/>
        <source>Inspector</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="308"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="312"/>
        <source>%1 · step %2</source>
        <translation>%1 · Schritt %2</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="345"/>
        <source>(exec approver decides)</source>
        <translation>(Management-Freigeber entscheidet)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="346"/>
        <source>(ends here)</source>
        <translation>(endet hier)</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="372"/>
        <source>next step</source>
        <translation>nächster Schritt</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="374"/>
        <source>go to step %1</source>
        <translation>zu Schritt %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="376"/>
        <source>exit %1</source>
        <translation>Ausstieg: %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="378"/>
        <source>retry in 30 min, 3×</source>
        <translation>Wiederholung in 30 min, 3×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="379"/>
        <source>retry in 60 min, 3×</source>
        <translation>Wiederholung in 60 min, 3×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="380"/>
        <source>retry in 120 min, 2×</source>
        <translation>Wiederholung in 120 min, 2×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="383"/>
        <source>hand off to %1</source>
        <translation>Übergabe an %1</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="389"/>
        <source>retry in %1 min, %2×</source>
        <translation>Wiederholung in %1 min, %2×</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="436"/>
        <source>Edit campaign %1</source>
        <translation>Kampagne %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../designer/inspectorwidget.cpp" line="465"/>
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
        <location filename="../app/mainwindow.cpp" line="41"/>
        <location filename="../app/mainwindow.cpp" line="391"/>
        <source>Touchline[*]</source>
        <translation>Touchline[*]</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="48"/>
        <source>&amp;Designer</source>
        <translation>D&amp;esigner</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="49"/>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="59"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="60"/>
        <source>&amp;Import flow…</source>
        <translation>Ablauf &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="62"/>
        <source>Import a flow definition (JSON) into the database</source>
        <translation>Ablaufdefinition (JSON) in die Datenbank importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="63"/>
        <source>&amp;Export flow…</source>
        <translation>Ablauf &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="65"/>
        <source>Export every campaign as a flow definition (JSON)</source>
        <translation>Alle Kampagnen als Ablaufdefinition (JSON) exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="67"/>
        <source>&amp;Save design to database…</source>
        <translation>Design in Datenbank &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="70"/>
        <source>Publish the changed campaigns to the database as new revisions</source>
        <translation>Geänderte Kampagnen als neue Revisionen in der Datenbank veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="71"/>
        <source>Save &amp;draft</source>
        <translation>Als Entw&amp;urf speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="75"/>
        <source>Store the changed campaigns in the database as drafts, without publishing them</source>
        <translation>Geänderte Kampagnen als Entwürfe in der Datenbank speichern, ohne sie zu veröffentlichen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="81"/>
        <source>&amp;Connection…</source>
        <translation>&amp;Verbindung…</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="82"/>
        <source>Choose the embedded database or a shared PostgreSQL server</source>
        <translation>Eingebettete Datenbank oder gemeinsamen PostgreSQL-Server wählen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="84"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="86"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="89"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="93"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="95"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="96"/>
        <source>&amp;About Touchline</source>
        <translation>&amp;Über Touchline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="131"/>
        <source>Cannot load the campaigns</source>
        <translation>Die Kampagnen können nicht geladen werden</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <source>Cannot load the drafts</source>
        <translation>Die Entwürfe können nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="147"/>
        <source>%n campaign(s) · schema v%1</source>
        <translation>
            <numerusform>%n Kampagne · Schema v%1</numerusform>
            <numerusform>%n Kampagnen · Schema v%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <location filename="../app/mainwindow.cpp" line="163"/>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="156"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="172"/>
        <source>%1 is invalid; nothing was imported</source>
        <translation>%1 ist ungültig; es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>Import failed; nothing was written</source>
        <translation>Import fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="181"/>
        <source>Imported %1: %2 created, %3 updated, %4 unchanged</source>
        <translation>%1 importiert: %2 angelegt, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="196"/>
        <location filename="../app/mainwindow.cpp" line="202"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="203"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="207"/>
        <source>Exported %n campaign(s) to %1</source>
        <translation>
            <numerusform>%n Kampagne nach %1 exportiert</numerusform>
            <numerusform>%n Kampagnen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="238"/>
        <source>Cannot save the design</source>
        <translation>Das Design kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="239"/>
        <source>The flow has %n error(s); the problems list names them.</source>
        <translation>
            <numerusform>Der Ablauf enthält %n Fehler; die Problemliste führt ihn auf.</numerusform>
            <numerusform>Der Ablauf enthält %n Fehler; die Problemliste führt sie auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="246"/>
        <source>Nothing to save: no campaign changed</source>
        <translation>Nichts zu speichern: Keine Kampagne wurde geändert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="263"/>
        <location filename="../app/mainwindow.cpp" line="289"/>
        <source>Saving failed; nothing was written</source>
        <translation>Speichern fehlgeschlagen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="272"/>
        <source>Not saved; your edits are still here</source>
        <translation>Nicht gespeichert; Ihre Änderungen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="276"/>
        <source>Reloaded; your unsaved edits were discarded</source>
        <translation>Neu geladen; Ihre nicht gespeicherten Änderungen wurden verworfen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="290"/>
        <source>Other authors kept saving the same campaigns; try again.</source>
        <translation>Andere Autoren haben dieselben Kampagnen wiederholt gespeichert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="298"/>
        <source>Published, but its drafts could not be cleared: %1</source>
        <translation>Veröffentlicht, aber die zugehörigen Entwürfe konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="309"/>
        <source>Saved: %1 created, %2 updated, %3 unchanged</source>
        <translation>Gespeichert: %1 angelegt, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="331"/>
        <source>Cannot save as copy</source>
        <translation>Speichern als Kopie nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="335"/>
        <source>Save as copy</source>
        <translation>Als Kopie speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="344"/>
        <source>Save %1 as %2</source>
        <translation>%1 als %2 speichern</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="356"/>
        <source>No campaign selected</source>
        <translation>Keine Kampagne ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="357"/>
        <source>Select or open a campaign to see its revision history.</source>
        <translation>Wählen oder öffnen Sie eine Kampagne, um ihren Revisionsverlauf anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="368"/>
        <source>Nothing to save: no campaign differs from what is published</source>
        <translation>Nichts zu speichern: Keine Kampagne weicht vom veröffentlichten Stand ab</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="375"/>
        <source>The draft was not saved</source>
        <translation>Der Entwurf wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="383"/>
        <source>Draft saved, not published: %1</source>
        <translation>Entwurf gespeichert, nicht veröffentlicht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="392"/>
        <source>Touchline[*] — %n unpublished draft(s)</source>
        <translation>
            <numerusform>Touchline[*] — %n unveröffentlichter Entwurf</numerusform>
            <numerusform>Touchline[*] — %n unveröffentlichte Entwürfe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="398"/>
        <source>Import flow</source>
        <translation>Ablauf importieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="398"/>
        <location filename="../app/mainwindow.cpp" line="406"/>
        <source>Flow definitions (*.json)</source>
        <translation>Ablaufdefinitionen (*.json)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="406"/>
        <source>Export flow</source>
        <translation>Ablauf exportieren</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="417"/>
        <source>The new connection is used from the next start of Touchline</source>
        <translation>Die neue Verbindung wird ab dem nächsten Start von Touchline verwendet</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="424"/>
        <source>About Touchline</source>
        <translation>Über Touchline</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="425"/>
        <source>&lt;h3&gt;Touchline %1&lt;/h3&gt;&lt;p&gt;Campaign flow designer and supervisor console.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Touchline %1&lt;/h3&gt;&lt;p&gt;Designer für Kampagnenabläufe und Supervisor-Konsole.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Touchline::MinimapView</name>
    <message>
        <location filename="../designer/minimapview.cpp" line="19"/>
        <source>Overview of the whole map: click to go there</source>
        <translation>Übersicht der gesamten Karte: Klicken Sie, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>Touchline::PaletteWidget</name>
    <message>
        <location filename="../designer/palettewidget.cpp" line="26"/>
        <source>Drag a campaign type onto the map, or a channel onto a campaign or sequence</source>
        <translation>Ziehen Sie einen Kampagnentyp auf die Karte oder einen Kanal auf eine Kampagne oder Sequenz</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="28"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="31"/>
        <source>%1 campaign</source>
        <translation>%1-Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="35"/>
        <source>A new %1 campaign with one email step</source>
        <translation>Eine neue %1-Kampagne mit einem E-Mail-Schritt</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="37"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../designer/palettewidget.cpp" line="44"/>
        <source>A %1 step; its outcomes become ports</source>
        <translation>Ein %1-Schritt; seine Ergebnisse werden zu Ports</translation>
    </message>
</context>
<context>
    <name>Touchline::ProblemsModel</name>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="57"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="57"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="61"/>
        <source>flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="62"/>
        <source>%1 · step %2</source>
        <translation>%1 · Schritt %2</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="92"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="94"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../designer/problemsmodel.cpp" line="96"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Touchline::PublishDialog</name>
    <message>
        <location filename="../designer/publishdialog.cpp" line="17"/>
        <source>Save and publish</source>
        <translation>Speichern und veröffentlichen</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="21"/>
        <source>Nothing changed since the last load or save.</source>
        <translation>Seit dem letzten Laden oder Speichern wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/publishdialog.cpp" line="22"/>
        <source>%n campaign(s) changed: %1. Campaigns whose steps changed get a new published revision; contacts already enrolled keep the revision they started on.</source>
        <translation>
            <numerusform>%n Kampagne geändert: %1. Kampagnen mit geänderten Schritten erhalten eine neue veröffentlichte Revision; bereits aufgenommene Kontakte bleiben auf der Revision, mit der sie begonnen haben.</numerusform>
            <numerusform>%n Kampagnen geändert: %1. Kampagnen mit geänderten Schritten erhalten eine neue veröffentlichte Revision; bereits aufgenommene Kontakte bleiben auf der Revision, mit der sie begonnen haben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="30"/>
        <source>Publish &amp;message:</source>
        <translation>&amp;Nachricht zur Veröffentlichung:</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="34"/>
        <source>Recorded with each new revision; shown in the revision history</source>
        <translation>Wird mit jeder neuen Revision gespeichert und im Revisionsverlauf angezeigt</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="41"/>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../designer/publishdialog.cpp" line="57"/>
        <source>Saved from the designer</source>
        <translation>Aus dem Designer gespeichert</translation>
    </message>
</context>
<context>
    <name>Touchline::RevisionHistoryDialog</name>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="24"/>
        <source>Revision history of %1</source>
        <translation>Revisionsverlauf von %1</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="26"/>
        <source>Select one revision to see what it changed, or two to compare them. Contacts stay on the revision they were enrolled on unless you move them.</source>
        <translation>Wählen Sie eine Revision aus, um ihre Änderungen zu sehen, oder zwei, um sie zu vergleichen. Kontakte bleiben auf der Revision, mit der sie aufgenommen wurden, sofern Sie sie nicht verschieben.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="39"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="39"/>
        <source>Published by</source>
        <translation>Veröffentlicht von</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="39"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="39"/>
        <source>Active contacts</source>
        <translation>Aktive Kontakte</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="39"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="52"/>
        <location filename="../designer/revisionhistorydialog.cpp" line="170"/>
        <source>&amp;Move contacts…</source>
        <translation>Kontakte &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="72"/>
        <source>Cannot read the revisions: %1</source>
        <translation>Die Revisionen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="80"/>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="145"/>
        <source>Select one or two revisions.</source>
        <translation>Wählen Sie eine oder zwei Revisionen aus.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="147"/>
        <source>Revision %1 is the first.</source>
        <translation>Revision %1 ist die erste.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="152"/>
        <source>Cannot compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="156"/>
        <source>Revisions %1 and %2 have the same steps.</source>
        <translation>Die Revisionen %1 und %2 haben dieselben Schritte.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="157"/>
        <source>From revision %1 to %2:</source>
        <translation>Von Revision %1 zu %2:</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/revisionhistorydialog.cpp" line="169"/>
        <source>&amp;Move %n contact(s) from %1 to %2…</source>
        <translation>
            <numerusform>%n Kontakt von %1 nach %2 &amp;verschieben…</numerusform>
            <numerusform>%n Kontakte von %1 nach %2 &amp;verschieben…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="171"/>
        <source>Move the active contacts on the older revision to the newer one; a contact past the new last step is due to leave</source>
        <translation>Aktive Kontakte von der älteren auf die neuere Revision verschieben; ein Kontakt, der bereits hinter dem neuen letzten Schritt steht, ist zum Ausstieg fällig</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="182"/>
        <source>Move contacts</source>
        <translation>Kontakte verschieben</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="183"/>
        <source>Move the active contacts of %1 from revision %2 to revision %3? They continue with revision %3&apos;s steps from the step they are on.</source>
        <translation>Die aktiven Kontakte von %1 von Revision %2 auf Revision %3 verschieben? Sie durchlaufen ab ihrem aktuellen Schritt die Schritte von Revision %3.</translation>
    </message>
    <message>
        <location filename="../designer/revisionhistorydialog.cpp" line="197"/>
        <source>Cannot move the contacts</source>
        <translation>Die Kontakte können nicht verschoben werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/revisionhistorydialog.cpp" line="203"/>
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
        <location filename="../designer/saveconflictdialog.cpp" line="20"/>
        <source>Another author saved first</source>
        <translation>Ein anderer Autor hat zuerst gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/saveconflictdialog.cpp" line="22"/>
        <source>Since you loaded them, %n campaign(s) were saved by someone else. Nothing has been written yet, and your edits are kept until you choose.</source>
        <translation>
            <numerusform>Seit dem Laden wurde %n Kampagne von jemand anderem gespeichert. Es wurde noch nichts geschrieben, und Ihre Änderungen bleiben erhalten, bis Sie sich entscheiden.</numerusform>
            <numerusform>Seit dem Laden wurden %n Kampagnen von jemand anderem gespeichert. Es wurde noch nichts geschrieben, und Ihre Änderungen bleiben erhalten, bis Sie sich entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="34"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="39"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="46"/>
        <source>new here, created there</source>
        <translation>hier neu, dort angelegt</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="47"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="53"/>
        <source>&amp;Reload theirs</source>
        <translation>Andere Version &amp;laden</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="55"/>
        <source>Discard your edits and load what is in the database now</source>
        <translation>Ihre Änderungen verwerfen und den aktuellen Stand aus der Datenbank laden</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="56"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="58"/>
        <source>Save your version of these campaigns over theirs</source>
        <translation>Ihre Version dieser Kampagnen über die andere Version speichern</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="59"/>
        <source>Save as &amp;copy</source>
        <translation>Als &amp;Kopie speichern</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="61"/>
        <source>Keep theirs and save yours as new campaigns with fresh slugs</source>
        <translation>Die andere Version behalten und Ihre als neue Kampagnen mit neuen Slugs speichern</translation>
    </message>
    <message>
        <location filename="../designer/saveconflictdialog.cpp" line="64"/>
        <source>Save nothing now and keep editing</source>
        <translation>Jetzt nichts speichern und weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>Touchline::SchedulerService</name>
    <message>
        <location filename="../model/schedulerservice.cpp" line="159"/>
        <source>The scheduler cannot connect: %1</source>
        <translation>Der Planer kann keine Verbindung herstellen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="161"/>
        <source>Cannot connect: %1. Next attempt in %n s.</source>
        <translation>
            <numerusform>Verbindung nicht möglich: %1. Nächster Versuch in %n s.</numerusform>
            <numerusform>Verbindung nicht möglich: %1. Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="222"/>
        <source>cannot listen for %1: %2</source>
        <translation>Benachrichtigungen für %1 können nicht abonniert werden: %2</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="296"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="386"/>
        <source>A scheduler pass failed: %1. Next try in %n s.</source>
        <translation>
            <numerusform>Ein Planerdurchlauf ist fehlgeschlagen: %1. Nächster Versuch in %n s.</numerusform>
            <numerusform>Ein Planerdurchlauf ist fehlgeschlagen: %1. Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="401"/>
        <source>The scheduler lost its database connection: %1</source>
        <translation>Der Planer hat die Datenbankverbindung verloren: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="404"/>
        <source>Connection lost: %1. Reconnecting in %n s.</source>
        <translation>
            <numerusform>Verbindung verloren: %1. Neuer Verbindungsversuch in %n s.</numerusform>
            <numerusform>Verbindung verloren: %1. Neuer Verbindungsversuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="418"/>
        <source>The scheduler cannot reconnect: %1</source>
        <translation>Der Planer kann die Verbindung nicht wiederherstellen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/schedulerservice.cpp" line="420"/>
        <source>Cannot reconnect: %1. Next attempt in %n s.</source>
        <translation>
            <numerusform>Verbindung kann nicht wiederhergestellt werden: %1. Nächster Versuch in %n s.</numerusform>
            <numerusform>Verbindung kann nicht wiederhergestellt werden: %1. Nächster Versuch in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="467"/>
        <source>Paused: no steps are fired.</source>
        <translation>Pausiert: Es werden keine Schritte ausgelöst.</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="470"/>
        <source>Running on %1.</source>
        <translation>Läuft auf %1.</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="492"/>
        <location filename="../model/schedulerservice.cpp" line="533"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <location filename="../model/schedulerservice.cpp" line="514"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
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
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="31"/>
        <source>Pause or resume this console&apos;s scheduler (campaigns are unaffected)</source>
        <translation>Planer dieser Konsole pausieren oder fortsetzen (Kampagnen sind nicht betroffen)</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="66"/>
        <location filename="../console/schedulerstatus.cpp" line="98"/>
        <location filename="../console/schedulerstatus.cpp" line="121"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="73"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="75"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="77"/>
        <source>reconnecting</source>
        <translation>verbindet neu</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="81"/>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="86"/>
        <source>Scheduler: %1</source>
        <translation>Planer: %1</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="105"/>
        <source>nothing due</source>
        <translation>nichts fällig</translation>
    </message>
    <message>
        <location filename="../console/schedulerstatus.cpp" line="110"/>
        <source>next due %1</source>
        <translation>als Nächstes fällig: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../console/schedulerstatus.cpp" line="116"/>
        <source>%n fired today</source>
        <translation>
            <numerusform>heute %n ausgelöst</numerusform>
            <numerusform>heute %n ausgelöst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::SequenceScene</name>
    <message>
        <location filename="../designer/sequencescene.cpp" line="116"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="140"/>
        <source>exec approver routes it</source>
        <translation>Management-Freigeber leitet weiter</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="141"/>
        <source>exec approver; suggests %1</source>
        <translation>Management-Freigeber; Vorschlag: %1</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="143"/>
        <source>ends here</source>
        <translation>endet hier</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="143"/>
        <source>enrolls in %1</source>
        <translation>nimmt in %1 auf</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="152"/>
        <source>a person takes the call</source>
        <translation>ein Mensch übernimmt das Gespräch</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="153"/>
        <source>the voicebot takes over</source>
        <translation>der Voicebot übernimmt</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="238"/>
        <source>On %1, continues in %2 · %3 (double-click to open)</source>
        <translation>Bei „%1“ weiter in %2 · %3 (Doppelklick zum Öffnen)</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="292"/>
        <location filename="../designer/sequencescene.cpp" line="307"/>
        <source>Drop the outcome on a step, an exit or a handoff.</source>
        <translation>Legen Sie das Ergebnis auf einem Schritt, einem Ausstieg oder einer Übergabe ab.</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="297"/>
        <source>A goto stays inside its campaign: route %1 to an exit, and on_exit continues in %2.</source>
        <translation>Ein goto bleibt innerhalb seiner Kampagne: Leiten Sie %1 zu einem Ausstieg weiter; über on_exit geht es dann in %2 weiter.</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="302"/>
        <source>%1 is never redialled: route it to an exit or another step.</source>
        <translation>%1 wird nie erneut angewählt: Leiten Sie es zu einem Ausstieg oder einem anderen Schritt weiter.</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="415"/>
        <source>Drop %1 on a step, an exit or a handoff</source>
        <translation>%1 auf einem Schritt, einem Ausstieg oder einer Übergabe ablegen</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="424"/>
        <source>%1 → here</source>
        <translation>%1 → hierher</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="448"/>
        <source>Mapped %1 of step %2</source>
        <translation>%1 von Schritt %2 zugeordnet</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="477"/>
        <source>Only steps go into a sequence; drop campaigns on the map.</source>
        <translation>In eine Sequenz gehören nur Schritte; legen Sie Kampagnen auf der Karte ab.</translation>
    </message>
    <message>
        <location filename="../designer/sequencescene.cpp" line="495"/>
        <source>Added step %1</source>
        <translation>Schritt %1 hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="541"/>
        <source>Copied %n step(s)</source>
        <translation>
            <numerusform>%n Schritt kopiert</numerusform>
            <numerusform>%n Schritte kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="582"/>
        <source>Paste %n step(s)</source>
        <translation>
            <numerusform>%n Schritt einfügen</numerusform>
            <numerusform>%n Schritte einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../designer/sequencescene.cpp" line="605"/>
        <source>Unmap %n outcome(s)</source>
        <translation>
            <numerusform>Zuordnung von %n Ergebnis aufheben</numerusform>
            <numerusform>Zuordnung von %n Ergebnissen aufheben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Touchline::TemplateEdit</name>
    <message>
        <location filename="../designer/templateedit.cpp" line="33"/>
        <source>What this touch should say; type {{ for merge fields</source>
        <translation>Inhalt dieser Ansprache; geben Sie {{ ein, um Platzhalter einzufügen</translation>
    </message>
</context>
</TS>
