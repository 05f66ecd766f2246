<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>GuiOptions</name>
    <message>
        <source>AuthScope: see and revoke sessions, inspect and verify JWTs, rotate signing keys.</source>
        <translation>AuthScope: Sitzungen sehen und widerrufen, JWTs prüfen und verifizieren, Signaturschlüssel rotieren.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the versions in use.</source>
        <translation>Die verwendeten Versionen anzeigen.</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Die Datenbank unter PFAD öffnen.</translation>
    </message>
    <message>
        <source>Use language CODE (en, de, fr) instead of the system's.</source>
        <translation>Sprache CODE (en, de, fr) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db braucht einen Pfad.</translation>
    </message>
</context>
<context>
    <name>authscope::AboutDialog</name>
    <message>
        <source>About AuthScope</source>
        <translation>Über AuthScope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AuthScope %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AuthScope %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop console for the people who run authentication: see and revoke sessions, read and verify JWTs, rotate signing keys, and measure the session-versus-JWT trade-off on your own machine.</source>
        <translation>Eine Desktop-Konsole für alle, die Authentifizierung betreiben: Sitzungen sehen und widerrufen, JWTs lesen und verifizieren, Signaturschlüssel rotieren und den Kompromiss zwischen Sitzungen und JWTs auf dem eigenen Rechner messen.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT-Lizenz</translation>
    </message>
</context>
<context>
    <name>authscope::AuditPage</name>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>Filter by actor, target or details…</source>
        <translation>Nach Akteur, Ziel oder Details filtern…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the log (F5)</source>
        <translation>Protokoll neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute every row's hash and report the first row that was edited, inserted or deleted</source>
        <translation>Den Hash jeder Zeile neu berechnen und die erste geänderte, eingefügte oder gelöschte Zeile melden</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Akti&amp;on:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Select a row to see the whole entry, with its hashes.</source>
        <translation>Eine Zeile wählen, um den ganzen Eintrag samt Hashes zu sehen.</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>%1* (all)</source>
        <translation>%1* (alle)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform><numerusform>%n Einträge</numerusform></translation>
    </message>
    <message>
        <source>Could not check the chain: %1</source>
        <translation>Die Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %n row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Kette intakt: %n Zeile geprüft, keine geändert, eingefügt oder gelöscht.</numerusform><numerusform>✔ Kette intakt: %n Zeilen geprüft, keine geändert, eingefügt oder gelöscht.</numerusform></translation>
    </message>
    <message>
        <source>✘ Chain broken at row %1: %2</source>
        <translation>✘ Kette unterbrochen bei Zeile %1: %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform><numerusform>%n Zeilen nach %1 exportiert</numerusform></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>authscope::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>authscope::MainWindow</name>
    <message>
        <source>AuthScope — %1</source>
        <translation>AuthScope — %1</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Datenbank: %1 (Schema %2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About AuthScope</source>
        <translation>Ü&amp;ber AuthScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>AuthScope-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db)</source>
        <translation>AuthScope-Datenbanken (*.db)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not start a new AuthScope window.</source>
        <translation>Ein neues AuthScope-Fenster konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope kann seine Datenbank nicht öffnen</translation>
    </message>
</context>
</TS>