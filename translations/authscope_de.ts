<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CurlCommands</name>
    <message>
        <source>Is the server up?</source>
        <translation>Läuft der Server?</translation>
    </message>
    <message>
        <source>Log in with a session cookie (kept in cookies.txt)</source>
        <translation>Mit einem Sitzungs-Cookie anmelden (in cookies.txt gespeichert)</translation>
    </message>
    <message>
        <source>Who am I, with the cookie</source>
        <translation>Wer bin ich, mit dem Cookie</translation>
    </message>
    <message>
        <source>Log in for a JWT (keep access_token in $TOKEN)</source>
        <translation>Für ein JWT anmelden (access_token in $TOKEN ablegen)</translation>
    </message>
    <message>
        <source>Who am I, with the bearer token</source>
        <translation>Wer bin ich, mit dem Bearer-Token</translation>
    </message>
    <message>
        <source>Swap a refresh token for new tokens</source>
        <translation>Ein Refresh-Token gegen neue Tokens tauschen</translation>
    </message>
    <message>
        <source>Log out (cookie session)</source>
        <translation>Abmelden (Cookie-Sitzung)</translation>
    </message>
    <message>
        <source>The public signing keys</source>
        <translation>Die öffentlichen Signaturschlüssel</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Discovery-Dokument</translation>
    </message>
    <message>
        <source>Is this token active? (RFC 7662)</source>
        <translation>Ist dieses Token aktiv? (RFC 7662)</translation>
    </message>
    <message>
        <source>Revoke a token (RFC 7009)</source>
        <translation>Ein Token widerrufen (RFC 7009)</translation>
    </message>
</context>
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
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db braucht einen Pfad.</translation>
    </message>
    <message>
        <source>Use language CODE (en, de, fr, es) instead of the system&apos;s.</source>
        <translation>Sprache CODE (en, de, fr, es) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (use one of: %2).</source>
        <translation>Unbekannte Sprache „%1“ (möglich sind: %2).</translation>
    </message>
    <message>
        <source>Open the database at PATH (a file or postgresql://USER@HOST/DB).</source>
        <translation>Die Datenbank unter PATH öffnen (eine Datei oder postgresql://USER@HOST/DB).</translation>
    </message>
    <message>
        <source>Open the connection profile NAME (File &gt; Connect…).</source>
        <translation>Das Verbindungsprofil NAME öffnen (Datei &gt; Verbinden…).</translation>
    </message>
    <message>
        <source>--db and --profile name two databases: give one.</source>
        <translation>--db und --profile nennen zwei Datenbanken: Geben Sie nur eine an.</translation>
    </message>
</context>
<context>
    <name>IssuersPage</name>
    <message>
        <source>No key vault is open: a client secret cannot be sealed.</source>
        <translation>Kein Schlüsseltresor ist geöffnet: Ein Client-Geheimnis kann nicht versiegelt werden.</translation>
    </message>
    <message>
        <source>The key store stayed locked: the client secret is sealed with the private keys and needs its passphrase.</source>
        <translation>Der Schlüsselspeicher blieb gesperrt: Das Client-Geheimnis wird mit den privaten Schlüsseln versiegelt und braucht deren Passphrase.</translation>
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
    <name>authscope::AttackJob</name>
    <message>
        <source>Starting the built-in server on a scratch database…</source>
        <translation>Der eingebaute Server wird auf einer Wegwerf-Datenbank gestartet…</translation>
    </message>
</context>
<context>
    <name>authscope::AttackPanel</name>
    <message>
        <source>Built-in server (a scratch database, removed afterwards)</source>
        <translation>Eingebauter Server (eine Wegwerf-Datenbank, danach entfernt)</translation>
    </message>
    <message>
        <source>Another server with the same endpoints:</source>
        <translation>Ein anderer Server mit denselben Endpunkten:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Used for the login requests of this run only; never saved or logged</source>
        <translation>Nur für die Anmeldeanfragen dieses Laufs; nie gespeichert oder protokolliert</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Run &amp;attacks</source>
        <translation>A&amp;ngriffe ausführen</translation>
    </message>
    <message>
        <source>Run the attacks</source>
        <translation>Die Angriffe ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the attacks</source>
        <translation>Die Angriffe abbrechen</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Export the attack results as JSON</source>
        <translation>Die Angriffsergebnisse als JSON exportieren</translation>
    </message>
    <message>
        <source>Attack progress</source>
        <translation>Fortschritt der Angriffe</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Attacks and their results</source>
        <translation>Angriffe und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Details of the selected attack</source>
        <translation>Details des ausgewählten Angriffs</translation>
    </message>
    <message>
        <source>Select an attack to see what it sends, the rule it checks and what happened.</source>
        <translation>Einen Angriff wählen, um zu sehen, was er sendet, welche Regel er prüft und was geschah.</translation>
    </message>
    <message>
        <source>Attacking %1…</source>
        <translation>Angriff auf %1…</translation>
    </message>
    <message>
        <source>Preparing the built-in server…</source>
        <translation>Der eingebaute Server wird vorbereitet…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <source>Cancelling after the attack under way…</source>
        <translation>Abbruch nach dem laufenden Angriff…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2 attacks refused, %3 accepted, %4 errors, %5 skipped.</source>
        <translation>%1 von %2 Angriffen abgewiesen, %3 akzeptiert, %4 Fehler, %5 übersprungen.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>The server refused every attack it was given.</source>
        <translation>Der Server hat jeden Angriff abgewiesen, den er erhielt.</translation>
    </message>
    <message>
        <source>Select a FAIL or error row to see what went wrong.</source>
        <translation>Eine FAIL- oder Fehlerzeile wählen, um zu sehen, was schiefging.</translation>
    </message>
    <message>
        <source>The attacks could not run: %1</source>
        <translation>Die Angriffe konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Got: %1</source>
        <translation>Erhalten: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>There are no attack results to export.</source>
        <translation>Es gibt keine Angriffsergebnisse zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export attack results</source>
        <translation>Angriffsergebnisse exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Attack results saved to %1</source>
        <translation>Angriffsergebnisse in %1 gespeichert</translation>
    </message>
    <message>
        <source>%1 attacks ready. The built-in server needs no setup.</source>
        <translation>%1 Angriffe bereit. Der eingebaute Server braucht keine Einrichtung.</translation>
    </message>
    <message>
        <source>optional: PEM, JWK or JWK Set with the private key</source>
        <translation>optional: PEM, JWK oder JWK Set mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Signaturschlüsseldatei</translation>
    </message>
    <message>
        <source>The server&apos;s private signing key, so that the claim attacks are signed with it; read for this run only, never saved</source>
        <translation>Der private Signaturschlüssel des Servers, damit die Claim-Angriffe damit signiert werden; nur für diesen Lauf gelesen, nie gespeichert</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signatur&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Signaturschlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Signing key of the server</source>
        <translation>Signaturschlüssel des Servers</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.jwk *.json *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: %1</source>
        <translation>Der Signaturschlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Sends the known attacks on sign-in tokens and sessions (forged algorithms, foreign keys, bad claims, stolen and fixed sessions, replayed refresh tokens, …) to a server as real requests and checks that it refuses every one.</source>
        <translation>Sendet die bekannten Angriffe auf Anmelde-Tokens und Sitzungen (gefälschte Algorithmen, fremde Schlüssel, fehlerhafte Claims, gestohlene und fixierte Sitzungen, wiederverwendete Refresh-Tokens, …) als echte Anfragen an einen Server und prüft, dass er jeden abweist.</translation>
    </message>
</context>
<context>
    <name>authscope::AttackTableModel</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Angriff</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Got</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Reload the log (F5)</source>
        <translation>Protokoll neu laden (F5)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and report the first row that was edited, inserted or deleted</source>
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
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the chain: %1</source>
        <translation>Die Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %Ln row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Kette intakt: %Ln Zeile geprüft, keine geändert, eingefügt oder gelöscht.</numerusform>
            <numerusform>✔ Kette intakt: %Ln Zeilen geprüft, keine geändert, eingefügt oder gelöscht.</numerusform>
        </translation>
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
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln Zeile nach %1 exportiert</numerusform>
            <numerusform>%Ln Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Show the entries whose actor, target or details contain this text (Ctrl+F)</source>
        <translation>Die Einträge anzeigen, deren Akteur, Ziel oder Details diesen Text enthalten (Strg+F)</translation>
    </message>
    <message>
        <source>Ver&amp;ify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Datumsfilter</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Since…</source>
        <translation>Seit…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>No entry matches these filters. Widen the date range, choose &quot;All actions&quot; or clear the text filter.</source>
        <translation>Kein Eintrag passt zu diesen Filtern. Erweitern Sie den Zeitraum, wählen Sie „Alle Aktionen“ oder leeren Sie den Textfilter.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Das Prüfprotokoll ist leer.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
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
        <source>Hashes</source>
        <translation>Hashes</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>vorheriger</translation>
    </message>
    <message>
        <source>this row</source>
        <translation>diese Zeile</translation>
    </message>
    <message>
        <source>No seals found, and none checked: unlock the key vault (Keys page); only its passphrase tells whether this log must carry seals.</source>
        <translation>Keine Siegel gefunden und keines geprüft: Entsperren Sie den Schlüsseltresor (Seite Schlüssel); nur seine Passphrase zeigt, ob dieses Protokoll Siegel tragen muss.</translation>
    </message>
    <message>
        <source>Not sealed yet: the audit key is made when the key vault is first unlocked.</source>
        <translation>Noch nicht versiegelt: Der Prüfschlüssel entsteht, wenn der Schlüsseltresor zum ersten Mal entsperrt wird.</translation>
    </message>
    <message>
        <source>Seals not checked: unlock the key vault (Keys page) to check them.</source>
        <translation>Siegel nicht geprüft: Entsperren Sie den Schlüsseltresor (Seite Schlüssel), um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Sealed through row %1; every seal checked.</source>
        <translation>Versiegelt bis Zeile %1; jedes Siegel geprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer row(s) not sealed yet (written while the vault was locked).</source>
        <translation>
            <numerusform>%Ln neuere Zeile noch nicht versiegelt (geschrieben, während der Tresor gesperrt war).</numerusform>
            <numerusform>%Ln neuere Zeilen noch nicht versiegelt (geschrieben, während der Tresor gesperrt war).</numerusform>
        </translation>
    </message>
    <message>
        <source>(kind of break: %1)</source>
        <translation>(Art des Bruchs: %1)</translation>
    </message>
    <message>
        <source>The audit log could not record the export, so %1 was removed: %2</source>
        <translation>Das Prüfprotokoll konnte den Export nicht vermerken, daher wurde %1 entfernt: %2</translation>
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
    <name>authscope::BackchannelPanel</name>
    <message>
        <source>Relying parties told of every session that ends, by a signed logout token (OpenID Connect Back-Channel Logout). Changes apply at the next start.</source>
        <translation>Vertrauende Parteien werden über jede endende Sitzung durch ein signiertes Logout-Token informiert (OpenID Connect Back-Channel Logout). Änderungen gelten ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Back-channel logout URI</source>
        <translation>Back-Channel-Logout-URI</translation>
    </message>
    <message>
        <source>Add lo&amp;gout URI</source>
        <translation>Logout-URI hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Dele&amp;te URI</source>
        <translation>URI entfer&amp;nen</translation>
    </message>
    <message>
        <source>Back-channel logout URIs</source>
        <translation>Back-Channel-Logout-URIs</translation>
    </message>
    <message>
        <source>Back-channel logout trace</source>
        <translation>Back-Channel-Logout-Verlauf</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Bereits in der Liste.</translation>
    </message>
</context>
<context>
    <name>authscope::BackchannelTraceModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>RP / issuer</source>
        <translation>RP / Aussteller</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
    <message>
        <source>sid</source>
        <translation>sid</translation>
    </message>
    <message>
        <source>sub</source>
        <translation>sub</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>authscope::BytesView</name>
    <message>
        <source>minimal claims</source>
        <translation>minimale Claims</translation>
    </message>
    <message>
        <source>typical claims</source>
        <translation>typische Claims</translation>
    </message>
    <message>
        <source>rich claims</source>
        <translation>umfangreiche Claims</translation>
    </message>
    <message>
        <source>Bytes on the wire: bar chart</source>
        <translation>Bytes auf der Leitung: Balkendiagramm</translation>
    </message>
    <message>
        <source>What anyone who reads the token sees</source>
        <translation>Was jeder sieht, der das Token liest</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>The cookie value or the compact JWT</source>
        <translation>Der Cookie-Wert oder das kompakte JWT</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>The header line a client sends with every request</source>
        <translation>Die Header-Zeile, die ein Client mit jeder Anfrage sendet</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Gesetzt durch</translation>
    </message>
    <message>
        <source>The response header that delivers it (a bearer token comes in a response body)</source>
        <translation>Der Antwort-Header, der es überbringt (ein Bearer-Token kommt im Antwort-Body)</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>Sitzungs-Cookie</translation>
    </message>
    <message>
        <source>bearer JWT</source>
        <translation>Bearer-JWT</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>Select a row to see what the credential reveals.</source>
        <translation>Eine Zeile wählen, um zu sehen, was das Credential preisgibt.</translation>
    </message>
    <message>
        <source>The session cookie reveals nothing:</source>
        <translation>Das Sitzungs-Cookie verrät nichts:</translation>
    </message>
    <message>
        <source>Anyone who reads this token (JWT %1, %2) sees this, no key needed:</source>
        <translation>Wer dieses Token liest (JWT %1, %2), sieht Folgendes, ohne Schlüssel:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Header:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>No bytes-on-the-wire run yet</source>
        <translation>Noch kein Lauf „Bytes auf der Leitung“</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>claim set</source>
        <translation>Claim-Set</translation>
    </message>
    <message>
        <source>Set-Cookie header (%1 B)</source>
        <translation>Set-Cookie-Header (%1 B)</translation>
    </message>
    <message>
        <source>It is a random ID of %1 characters. The user, the roles and the expiry stay on the server, which looks them up on each request.</source>
        <translation>Es ist eine zufällige ID aus %1 Zeichen. Benutzer, Rollen und Ablauf bleiben auf dem Server, der sie bei jeder Anfrage nachschlägt.</translation>
    </message>
    <message>
        <source>session cookie (%1 B)</source>
        <translation>Sitzungs-Cookie (%1 B)</translation>
    </message>
    <message>
        <source>bytes per request</source>
        <translation>Bytes pro Anfrage</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimCatalog</name>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Who issued and signed the token. A verifier compares it exactly with the issuer it trusts.</source>
        <translation>Wer das Token ausgestellt und signiert hat. Ein Prüfer vergleicht es exakt mit dem Aussteller, dem er vertraut.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Whom the token is about, usually a user or client ID, unique within the issuer.</source>
        <translation>Worum es im Token geht, meist eine Benutzer- oder Client-ID, eindeutig beim Aussteller.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>The recipients the token is meant for (a string or an array). A recipient that does not find itself here must reject the token.</source>
        <translation>Die Empfänger, für die das Token bestimmt ist (ein String oder ein Array). Ein Empfänger, der sich hier nicht findet, muss das Token ablehnen.</translation>
    </message>
    <message>
        <source>Expiration Time</source>
        <translation>Ablaufzeit</translation>
    </message>
    <message>
        <source>From this moment on the token must not be accepted (a NumericDate: seconds since 1970-01-01 UTC).</source>
        <translation>Ab diesem Zeitpunkt darf das Token nicht mehr akzeptiert werden (ein NumericDate: Sekunden seit 1970-01-01 UTC).</translation>
    </message>
    <message>
        <source>Not Before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <source>Before this moment the token must not be accepted (a NumericDate).</source>
        <translation>Vor diesem Zeitpunkt darf das Token nicht akzeptiert werden (ein NumericDate).</translation>
    </message>
    <message>
        <source>Issued At</source>
        <translation>Ausgestellt am</translation>
    </message>
    <message>
        <source>When the token was issued (a NumericDate); tells its age.</source>
        <translation>Wann das Token ausgestellt wurde (ein NumericDate); verrät sein Alter.</translation>
    </message>
    <message>
        <source>JWT ID</source>
        <translation>JWT-ID</translation>
    </message>
    <message>
        <source>A unique identifier of this token: lets a server refuse replays and revoke one token (deny-list by issuer and jti).</source>
        <translation>Eine eindeutige Kennung dieses Tokens: Damit kann ein Server Wiederholungen abweisen und ein einzelnes Token widerrufen (Sperrliste nach Aussteller und jti).</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>The OAuth 2.0 scopes granted, separated by spaces.</source>
        <translation>Die gewährten OAuth-2.0-Scopes, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>The OAuth 2.0 client the token was issued to.</source>
        <translation>Der OAuth-2.0-Client, für den das Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>The party acting on behalf of the subject (delegation).</source>
        <translation>Die Partei, die im Namen des Subjekts handelt (Delegation).</translation>
    </message>
    <message>
        <source>Authorized Actor</source>
        <translation>Berechtigter Akteur</translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject.</source>
        <translation>Wer im Namen des Subjekts handeln darf.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>The key the presenter must prove to hold (proof of possession).</source>
        <translation>Der Schlüssel, dessen Besitz der Vorzeigende nachweisen muss (Proof of Possession).</translation>
    </message>
    <message>
        <source>Authorized Party</source>
        <translation>Berechtigte Partei</translation>
    </message>
    <message>
        <source>The client the ID token was issued to.</source>
        <translation>Der Client, für den das ID-Token ausgestellt wurde.</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>A value from the authentication request, bound to the ID token to stop replays.</source>
        <translation>Ein Wert aus der Authentifizierungsanfrage, an das ID-Token gebunden, um Wiederholungen zu verhindern.</translation>
    </message>
    <message>
        <source>Authentication Time</source>
        <translation>Authentifizierungszeit</translation>
    </message>
    <message>
        <source>When the user last authenticated (a NumericDate).</source>
        <translation>Wann sich der Benutzer zuletzt authentifiziert hat (ein NumericDate).</translation>
    </message>
    <message>
        <source>Authentication Context Class</source>
        <translation>Authentifizierungskontextklasse</translation>
    </message>
    <message>
        <source>How strongly the user was authenticated.</source>
        <translation>Wie stark der Benutzer authentifiziert wurde.</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Authentifizierungsmethoden</translation>
    </message>
    <message>
        <source>The methods used to authenticate (pwd, otp, mfa…).</source>
        <translation>Die zur Authentifizierung verwendeten Methoden (pwd, otp, mfa…).</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Sitzungs-ID</translation>
    </message>
    <message>
        <source>The identity provider&apos;s session the token belongs to (used for logout).</source>
        <translation>Die Sitzung beim Identity Provider, zu der das Token gehört (für die Abmeldung).</translation>
    </message>
    <message>
        <source>Access Token Hash</source>
        <translation>Access-Token-Hash</translation>
    </message>
    <message>
        <source>Code Hash</source>
        <translation>Code-Hash</translation>
    </message>
    <message>
        <source>Half of a hash that binds the ID token to the access token or code issued with it.</source>
        <translation>Die Hälfte eines Hashes, die das ID-Token an das mit ihm ausgestellte Access-Token oder den Code bindet.</translation>
    </message>
    <message>
        <source>Updated At</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <source>When the user&apos;s profile was last changed (a NumericDate).</source>
        <translation>Wann das Profil des Benutzers zuletzt geändert wurde (ein NumericDate).</translation>
    </message>
    <message>
        <source>Standard user claim</source>
        <translation>Standard-Benutzer-Claim</translation>
    </message>
    <message>
        <source>Profile information about the user; readable by anyone who holds the token.</source>
        <translation>Profilangaben über den Benutzer; lesbar für jeden, der das Token besitzt.</translation>
    </message>
    <message>
        <source>Authorization attribute</source>
        <translation>Berechtigungsattribut</translation>
    </message>
    <message>
        <source>Roles, groups or entitlements of the subject, used for access decisions.</source>
        <translation>Rollen, Gruppen oder Berechtigungen des Subjekts, für Zugriffsentscheidungen verwendet.</translation>
    </message>
    <message>
        <source>Security Events</source>
        <translation>Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>The events a Security Event Token reports.</source>
        <translation>Die Ereignisse, die ein Security Event Token meldet.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>The algorithm the token says it was signed with. A safe verifier pins the algorithm itself and only checks that this one is allowed.</source>
        <translation>Der Algorithmus, mit dem das Token angeblich signiert wurde. Ein sicherer Prüfer legt den Algorithmus selbst fest und prüft nur, ob dieser erlaubt ist.</translation>
    </message>
    <message>
        <source>JWK Set URL</source>
        <translation>JWK-Set-URL</translation>
    </message>
    <message>
        <source>A URL of keys named by the token itself: never trust it to choose the verification key.</source>
        <translation>Eine URL mit Schlüsseln, die das Token selbst nennt: Ihr nie die Wahl des Prüfschlüssels überlassen.</translation>
    </message>
    <message>
        <source>JSON Web Key</source>
        <translation>JSON Web Key</translation>
    </message>
    <message>
        <source>A key embedded by the token itself: never trust it to verify the same token.</source>
        <translation>Ein vom Token selbst eingebetteter Schlüssel: Ihm nie vertrauen, um dasselbe Token zu verifizieren.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Names the key that signed the token; a verifier looks it up by exact match in its own keys.</source>
        <translation>Benennt den Schlüssel, der das Token signiert hat; ein Prüfer sucht ihn per exakter Übereinstimmung unter seinen eigenen Schlüsseln.</translation>
    </message>
    <message>
        <source>X.509 URL</source>
        <translation>X.509-URL</translation>
    </message>
    <message>
        <source>A URL of a certificate chain named by the token itself: never a source of trust.</source>
        <translation>Eine URL einer Zertifikatskette, die das Token selbst nennt: niemals eine Vertrauensquelle.</translation>
    </message>
    <message>
        <source>X.509 Certificate Chain</source>
        <translation>X.509-Zertifikatskette</translation>
    </message>
    <message>
        <source>Certificates embedded in the token: only trustworthy after validating the chain against your own roots.</source>
        <translation>Im Token eingebettete Zertifikate: erst vertrauenswürdig, nachdem die Kette gegen die eigenen Wurzeln validiert wurde.</translation>
    </message>
    <message>
        <source>X.509 SHA-1 Thumbprint</source>
        <translation>X.509-SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Names the signing certificate by its SHA-1 hash.</source>
        <translation>Benennt das Signaturzertifikat über seinen SHA-1-Hash.</translation>
    </message>
    <message>
        <source>X.509 SHA-256 Thumbprint</source>
        <translation>X.509-SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Names the signing certificate by its SHA-256 hash.</source>
        <translation>Benennt das Signaturzertifikat über seinen SHA-256-Hash.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>The media type of the whole token (&quot;JWT&quot;, &quot;at+jwt&quot;…): lets a verifier refuse a token of another kind.</source>
        <translation>Der Medientyp des ganzen Tokens („JWT“, „at+jwt“…): Damit kann ein Prüfer ein Token anderer Art ablehnen.</translation>
    </message>
    <message>
        <source>Content Type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>The media type of the payload (&quot;JWT&quot; for a nested token).</source>
        <translation>Der Medientyp der Nutzdaten („JWT“ bei einem verschachtelten Token).</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Header extensions the verifier must understand, or else reject the token.</source>
        <translation>Header-Erweiterungen, die der Prüfer verstehen muss, sonst muss er das Token ablehnen.</translation>
    </message>
    <message>
        <source>Base64url-Encode Payload</source>
        <translation>Nutzdaten Base64url-kodieren</translation>
    </message>
    <message>
        <source>false means the payload is sent unencoded (never allowed in a JWT).</source>
        <translation>false bedeutet, dass die Nutzdaten unkodiert gesendet werden (in einem JWT nie erlaubt).</translation>
    </message>
    <message>
        <source>Encryption Algorithm</source>
        <translation>Verschlüsselungsalgorithmus</translation>
    </message>
    <message>
        <source>The content encryption of a JWE (A256GCM…).</source>
        <translation>Die Inhaltsverschlüsselung eines JWE (A256GCM…).</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>The payload was compressed before encryption (DEF).</source>
        <translation>Die Nutzdaten wurden vor der Verschlüsselung komprimiert (DEF).</translation>
    </message>
    <message>
        <source>Ephemeral Public Key</source>
        <translation>Ephemerer öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>The sender&apos;s one-time key for ECDH key agreement.</source>
        <translation>Der Einmalschlüssel des Absenders für die ECDH-Schlüsselvereinbarung.</translation>
    </message>
    <message>
        <source>Agreement PartyUInfo</source>
        <translation>Agreement PartyUInfo</translation>
    </message>
    <message>
        <source>Agreement PartyVInfo</source>
        <translation>Agreement PartyVInfo</translation>
    </message>
    <message>
        <source>Information about the parties, mixed into the ECDH key derivation.</source>
        <translation>Angaben über die Parteien, die in die ECDH-Schlüsselableitung einfließen.</translation>
    </message>
    <message>
        <source>Initialization Vector</source>
        <translation>Initialisierungsvektor</translation>
    </message>
    <message>
        <source>Authentication Tag</source>
        <translation>Authentifizierungs-Tag</translation>
    </message>
    <message>
        <source>A parameter of AES-GCM key wrapping.</source>
        <translation>Ein Parameter des AES-GCM-Key-Wrappings.</translation>
    </message>
    <message>
        <source>PBES2 Salt</source>
        <translation>PBES2-Salt</translation>
    </message>
    <message>
        <source>PBES2 Count</source>
        <translation>PBES2-Iterationen</translation>
    </message>
    <message>
        <source>A parameter of password-based key wrapping.</source>
        <translation>Ein Parameter des passwortbasierten Key-Wrappings.</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimsPanel</name>
    <message>
        <source>Header parameters</source>
        <translation>Header-Parameter</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims (hover a name for its meaning and RFC section)</source>
        <translation>Claims (Maus auf Namen: Bedeutung und RFC)</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimsTableModel</name>
    <message>
        <source>%1: a header parameter not registered by the JOSE specifications; its meaning is up to the issuer.</source>
        <translation>%1: ein Header-Parameter, der in den JOSE-Spezifikationen nicht registriert ist; seine Bedeutung bestimmt der Aussteller.</translation>
    </message>
    <message>
        <source>%1: a private claim, not registered; its meaning is up to the issuer.</source>
        <translation>%1: ein privater, nicht registrierter Claim; seine Bedeutung bestimmt der Aussteller.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
Defined in %4</source>
        <translation>%1 (%2)
%3
Definiert in %4</translation>
    </message>
    <message>
        <source>This claim looks sensitive: a JWT payload is only encoded, not encrypted, so anyone who holds the token can read it.</source>
        <translation>Dieser Claim wirkt sensibel: Die Nutzdaten eines JWT sind nur kodiert, nicht verschlüsselt – jeder, der das Token besitzt, kann sie lesen.</translation>
    </message>
    <message>
        <source>A NumericDate must be a number of seconds since 1970-01-01 UTC, between 0 and year 9999.</source>
        <translation>Ein NumericDate muss eine Anzahl von Sekunden seit 1970-01-01 UTC sein, zwischen 0 und dem Jahr 9999.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not a valid NumericDate</source>
        <translation>kein gültiges NumericDate</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Relative to now</source>
        <translation>Relativ zu jetzt</translation>
    </message>
</context>
<context>
    <name>authscope::CollapsibleSection</name>
    <message>
        <source> (expanded)</source>
        <translation> (aufgeklappt)</translation>
    </message>
    <message>
        <source> (collapsed)</source>
        <translation> (zugeklappt)</translation>
    </message>
</context>
<context>
    <name>authscope::ConnectDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Mit einer Datenbank verbinden</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Neues Profil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>A new profile: fill in the form and save it.</source>
        <translation>Ein neues Profil: Füllen Sie das Formular aus und speichern Sie es.</translation>
    </message>
    <message>
        <source>No profiles yet: describe a database and save it.</source>
        <translation>Noch keine Profile: Beschreiben Sie eine Datenbank und speichern Sie sie.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 AuthScope will use PostgreSQL&apos;s own sources (PGPASSWORD, ~/.pgpass) or ask when it connects.</source>
        <translation>Das Passwort wurde nicht gespeichert: %1 AuthScope nutzt die Quellen von PostgreSQL selbst (PGPASSWORD, ~/.pgpass) oder fragt beim Verbinden.</translation>
    </message>
    <message>
        <source>The password was not saved: AuthScope will ask when it connects.</source>
        <translation>Das Passwort wurde nicht gespeichert: AuthScope fragt beim Verbinden danach.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its saved password? The database itself is not touched.</source>
        <translation>Das Profil %1 und sein gespeichertes Passwort löschen? Die Datenbank selbst bleibt unberührt.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>(No keychain entry was removed: %1)</source>
        <translation>(Kein Schlüsselbund-Eintrag wurde entfernt: %1)</translation>
    </message>
</context>
<context>
    <name>authscope::CostView</name>
    <message>
        <source>Bars show:</source>
        <translation>Balken zeigen:</translation>
    </message>
    <message>
        <source>Throughput (requests per second)</source>
        <translation>Durchsatz (Anfragen pro Sekunde)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99 in ms)</source>
        <translation>Latenz (p50, p90, p99 in ms)</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>Was die Balken zeigen</translation>
    </message>
    <message>
        <source>Cost per request: bar chart</source>
        <translation>Kosten pro Anfrage: Balkendiagramm</translation>
    </message>
    <message>
        <source>Cost per request: latency histogram</source>
        <translation>Kosten pro Anfrage: Latenz-Histogramm</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>vs. no auth</source>
        <translation>ggü. ohne Auth</translation>
    </message>
    <message>
        <source>Requests per second relative to the same server without authentication</source>
        <translation>Anfragen pro Sekunde im Verhältnis zum selben Server ohne Authentifizierung</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>Half the requests took at most this long</source>
        <translation>Die Hälfte der Anfragen dauerte höchstens so lange</translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation>p90 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>One request in a hundred took longer than this</source>
        <translation>Eine von hundert Anfragen dauerte länger</translation>
    </message>
    <message>
        <source>Added (ms)</source>
        <translation>Zusätzlich (ms)</translation>
    </message>
    <message>
        <source>Mean latency minus the mean latency without authentication</source>
        <translation>Mittlere Latenz minus mittlere Latenz ohne Authentifizierung</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Answers other than 200 and failed connections</source>
        <translation>Andere Antworten als 200 und fehlgeschlagene Verbindungen</translation>
    </message>
    <message>
        <source>No cost-per-request run yet</source>
        <translation>Noch kein Lauf „Kosten pro Anfrage“</translation>
    </message>
    <message>
        <source>no authentication (baseline)</source>
        <translation>keine Authentifizierung (Basislinie)</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>Sitzungs-Cookie</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>requests per second (higher is better)</source>
        <translation>Anfragen pro Sekunde (höher ist besser)</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>latency in milliseconds (lower is better)</source>
        <translation>Latenz in Millisekunden (niedriger ist besser)</translation>
    </message>
    <message>
        <source>This run has no latency histogram</source>
        <translation>Dieser Lauf hat kein Latenz-Histogramm</translation>
    </message>
    <message>
        <source>The latency histogram appears after a run</source>
        <translation>Histogramm erscheint nach einem Lauf</translation>
    </message>
    <message>
        <source>Tick modes in the table to draw their latency</source>
        <translation>Modi in der Tabelle ankreuzen, um ihre Latenz zu zeichnen</translation>
    </message>
    <message>
        <source>share of requests (%)</source>
        <translation>Anteil der Anfragen (%)</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>ohne Auth</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>cookie, no cache</source>
        <translation>Cookie, ohne Cache</translation>
    </message>
    <message>
        <source>cookie, renew all</source>
        <translation>Cookie, stets erneuert</translation>
    </message>
    <message>
        <source>%1 + deny</source>
        <translation>%1 + Sperrliste</translation>
    </message>
    <message>
        <source>Mode (ticked: in the histogram)</source>
        <translation>Modus (angekreuzt: im Histogramm)</translation>
    </message>
    <message>
        <source>Tick modes to compare their latency in the histogram</source>
        <translation>Modi ankreuzen, um ihre Latenz im Histogramm zu vergleichen</translation>
    </message>
    <message>
        <source>JWT %1 + deny</source>
        <translation>JWT %1 + Sperrliste</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>JWT %1 once</source>
        <translation>JWT %1 einmalig</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 einmalig</translation>
    </message>
    <message>
        <source>latency (ms, log scale)</source>
        <translation>Latenz (ms, log. Skala)</translation>
    </message>
</context>
<context>
    <name>authscope::DatabaseProblemDialog</name>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>AuthScope-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Open another AuthScope database, or create a new one. The file above was left as it is.</source>
        <translation>Öffnen Sie eine andere AuthScope-Datenbank oder legen Sie eine neue an. Die Datei oben bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>Andere ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>&amp;Neue anlegen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>authscope::DecodedPanel</name>
    <message>
        <source>Decoded header</source>
        <translation>Dekodierter Header</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Dekodierte Nutzdaten</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the decoded header JSON</source>
        <translation>Das JSON des dekodierten Headers kopieren</translation>
    </message>
    <message>
        <source>Copy the decoded payload</source>
        <translation>Die dekodierten Nutzdaten kopieren</translation>
    </message>
    <message>
        <source>Header: algorithm and token type</source>
        <translation>Header: Algorithmus und Tokentyp</translation>
    </message>
    <message>
        <source>Payload: data</source>
        <translation>Nutzdaten: Daten</translation>
    </message>
    <message>
        <source>The payload of a JWE is encrypted (%1).</source>
        <translation>Die Nutzdaten eines JWE sind verschlüsselt (%1).</translation>
    </message>
    <message>
        <source>A JWE has no signature: its integrity comes from the authentication tag.</source>
        <translation>Ein JWE hat keine Signatur: Seine Integrität stammt vom Authentifizierungs-Tag.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object or array: shown as text (a plain JWS, not a JWT).</source>
        <translation>Die Nutzdaten sind weder JSON-Objekt noch -Array: als Text angezeigt (ein einfaches JWS, kein JWT).</translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>Die Nutzdaten sind binär (%Ln Byte): hexadezimal angezeigt.</numerusform>
            <numerusform>Die Nutzdaten sind binär (%Ln Bytes): hexadezimal angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the token is not signed.</source>
        <translation>Leer: Das Token ist nicht signiert.</translation>
    </message>
    <message>
        <source>%1 bytes: r‖s for %2, as JWS requires (not DER)</source>
        <translation>%1 Bytes: r‖s für %2, wie JWS es verlangt (nicht DER)</translation>
    </message>
    <message>
        <source>%1 bytes, but %2 needs exactly %3 (r‖s): this signature cannot be valid</source>
        <translation>%1 Bytes, aber %2 braucht genau %3 (r‖s): Diese Signatur kann nicht gültig sein</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s), %1</source>
        <translation>
            <numerusform>%Ln Byte, %1</numerusform>
            <numerusform>%Ln Bytes, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>base64url: %1
hex: %2</source>
        <translation>base64url: %1
hex: %2</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts): only its protected header can be read without the key. &lt;a href=&quot;#decrypt&quot;&gt;Decrypt it&lt;/a&gt; with its key to see the payload; a signed token inside can then be read and verified.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE, fünf Teile): Ohne den Schlüssel ist nur sein geschützter Header lesbar. &lt;a href=&quot;#decrypt&quot;&gt;Entschlüsseln Sie es&lt;/a&gt; mit seinem Schlüssel, um die Nutzdaten zu sehen; ein signiertes Token darin kann dann gelesen und verifiziert werden.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Key binding</source>
        <translation>Schlüsselbindung</translation>
    </message>
    <message>
        <source>Check a proof…</source>
        <translation>Einen Nachweis prüfen…</translation>
    </message>
    <message>
        <source>Encrypted: decrypt it on the Decrypt tab to read the payload.</source>
        <translation>Verschlüsselt: Entschlüsseln Sie es im Tab Entschlüsseln, um die Nutzdaten zu lesen.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptKeySource</name>
    <message>
        <source>secret key of %1 bits</source>
        <translation>geheimer Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>Privater RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>Öffentlicher RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>Privater %1-Schlüssel</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Öffentlicher %1-Schlüssel</translation>
    </message>
    <message>
        <source> · kid &apos;%1&apos;</source>
        <translation> · kid „%1“</translation>
    </message>
    <message>
        <source>Decryption key source</source>
        <translation>Quelle des Entschlüsselungsschlüssels</translation>
    </message>
    <message>
        <source>Pasted JWK, JWK Set or PEM</source>
        <translation>Eingefügter JWK, JWK Set oder PEM</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Password (PBES2)</source>
        <translation>Passwort (PBES2)</translation>
    </message>
    <message>
        <source>This database&apos;s key store</source>
        <translation>Schlüsselspeicher dieser Datenbank</translation>
    </message>
    <message>
        <source>Paste the private key: a JWK, a JWK Set (the token&apos;s kid picks the key) or a PEM private key. An encrypted PEM asks for its passphrase when you decrypt.</source>
        <translation>Fügen Sie den privaten Schlüssel ein: einen JWK, ein JWK Set (die kid des Tokens wählt den Schlüssel) oder einen privaten PEM-Schlüssel. Ein verschlüsselter PEM fragt beim Entschlüsseln nach seiner Passphrase.</translation>
    </message>
    <message>
        <source>Decryption key text</source>
        <translation>Text des Entschlüsselungsschlüssels</translation>
    </message>
    <message>
        <source>The password the token was encrypted with (PBES2)</source>
        <translation>Das Passwort, mit dem das Token verschlüsselt wurde (PBES2)</translation>
    </message>
    <message>
        <source>PBES2 password</source>
        <translation>PBES2-Passwort</translation>
    </message>
    <message>
        <source>Choose the decryption key</source>
        <translation>Entschlüsselungsschlüssel wählen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.jwks *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.jwk *.json *.jwks *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Path of a JWK, JWK Set or PEM private key</source>
        <translation>Pfad eines JWK, JWK Set oder privaten PEM-Schlüssels</translation>
    </message>
    <message>
        <source>Decryption key file path</source>
        <translation>Pfad der Entschlüsselungsschlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Key store key</source>
        <translation>Schlüssel aus dem Schlüsselspeicher</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a key file is at most 1 MiB, so this is not one.</source>
        <translation>%1 hat %2 Bytes: Eine Schlüsseldatei hat höchstens 1 MiB, das ist also keine.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>No key store is open in this window.</source>
        <translation>In diesem Fenster ist kein Schlüsselspeicher geöffnet.</translation>
    </message>
    <message>
        <source>The key store cannot be read: %1 (%2)</source>
        <translation>Der Schlüsselspeicher kann nicht gelesen werden: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The key store&apos;s encryption keys do not fit this token&apos;s algorithm.</source>
        <translation>Die Verschlüsselungsschlüssel des Schlüsselspeichers passen nicht zum Algorithmus dieses Tokens.</translation>
    </message>
    <message>
        <source>This database&apos;s key store holds no encryption key (use &quot;enc&quot;); signing keys never decrypt.</source>
        <translation>Der Schlüsselspeicher dieser Datenbank enthält keinen Verschlüsselungsschlüssel (Verwendung „enc“); Signaturschlüssel entschlüsseln nie.</translation>
    </message>
    <message>
        <source>The key store is locked: its passphrase is asked when you decrypt.</source>
        <translation>Der Schlüsselspeicher ist gesperrt: Seine Passphrase wird beim Entschlüsseln abgefragt.</translation>
    </message>
    <message>
        <source>This is a public key: it can encrypt to its owner, but only the private key decrypts.</source>
        <translation>Dies ist ein öffentlicher Schlüssel: Damit kann man an seinen Besitzer verschlüsseln, entschlüsseln kann nur der private Schlüssel.</translation>
    </message>
    <message>
        <source>No key file chosen yet.</source>
        <translation>Noch keine Schlüsseldatei gewählt.</translation>
    </message>
    <message>
        <source>No key pasted yet.</source>
        <translation>Noch kein Schlüssel eingefügt.</translation>
    </message>
    <message>
        <source>Encrypted private key</source>
        <translation>Verschlüsselter privater Schlüssel</translation>
    </message>
    <message>
        <source>The private key is encrypted. Its passphrase opens it for this decryption; it is not kept.</source>
        <translation>Der private Schlüssel ist verschlüsselt. Seine Passphrase öffnet ihn für diese Entschlüsselung; sie wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>No passphrase given: the key stays closed.</source>
        <translation>Keine Passphrase angegeben: Der Schlüssel bleibt verschlossen.</translation>
    </message>
    <message>
        <source>No password entered yet.</source>
        <translation>Noch kein Passwort eingegeben.</translation>
    </message>
    <message>
        <source>No key store key chosen.</source>
        <translation>Kein Schlüssel aus dem Schlüsselspeicher gewählt.</translation>
    </message>
    <message>
        <source>The key store stays locked: its keys cannot be used.</source>
        <translation>Der Schlüsselspeicher bleibt gesperrt: Seine Schlüssel sind nicht nutzbar.</translation>
    </message>
    <message>
        <source>no key file</source>
        <translation>keine Schlüsseldatei</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>Schlüsseldatei %1</translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation>eingefügter Schlüssel</translation>
    </message>
    <message>
        <source>no key store key</source>
        <translation>kein Schlüssel aus dem Schlüsselspeicher</translation>
    </message>
    <message>
        <source>the key store&apos;s key &apos;%1&apos;</source>
        <translation>der Schlüssel „%1“ des Schlüsselspeichers</translation>
    </message>
    <message numerus="yes">
        <source>✔ A password of %Ln character(s), for PBES2 tokens</source>
        <translation>
            <numerusform>✔ Ein Passwort mit %Ln Zeichen, für PBES2-Tokens</numerusform>
            <numerusform>✔ Ein Passwort mit %Ln Zeichen, für PBES2-Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>✔ %1 (opened with its passphrase)</source>
        <translation>✔ %1 (mit seiner Passphrase geöffnet)</translation>
    </message>
    <message>
        <source>An encrypted private key: its passphrase is asked when you decrypt.</source>
        <translation>Ein verschlüsselter privater Schlüssel: Seine Passphrase wird beim Entschlüsseln abgefragt.</translation>
    </message>
    <message>
        <source>✘ %1 (%2)</source>
        <translation>✘ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptOptionsEditor</name>
    <message>
        <source>Allowed key management algorithms</source>
        <translation>Erlaubte Schlüsselverwaltungsalgorithmen</translation>
    </message>
    <message>
        <source>Which key management algorithms (alg) are accepted. None ticked: the key decides (its own alg, else what its type can do), which is the safe default.</source>
        <translation>Welche Schlüsselverwaltungsalgorithmen (alg) akzeptiert werden. Keiner angehakt: Der Schlüssel entscheidet (sein eigener alg, sonst was sein Typ kann) – die sichere Voreinstellung.</translation>
    </message>
    <message>
        <source>Allowed content encryptions</source>
        <translation>Erlaubte Inhaltsverschlüsselungen</translation>
    </message>
    <message>
        <source>Which content encryptions (enc) are accepted. None ticked: all six.</source>
        <translation>Welche Inhaltsverschlüsselungen (enc) akzeptiert werden. Keine angehakt: alle sechs.</translation>
    </message>
    <message>
        <source>Allow RSA1_5 (RSAES-PKCS1-v1_5: open to padding-oracle attacks)</source>
        <translation>RSA1_5 erlauben (RSAES-PKCS1-v1_5: anfällig für Padding-Oracle-Angriffe)</translation>
    </message>
    <message>
        <source>Off by default. Only for tokens from a provider that still uses RSA1_5 (RFC 8725 §3.2 advises against it).</source>
        <translation>Standardmäßig aus. Nur für Tokens eines Anbieters, der noch RSA1_5 verwendet (RFC 8725 §3.2 rät davon ab).</translation>
    </message>
    <message>
        <source>PBES2 tokens with more iterations (p2c) are refused before any key derivation: a huge count would keep the computer busy for minutes.</source>
        <translation>PBES2-Tokens mit mehr Iterationen (p2c) werden vor jeder Schlüsselableitung abgewiesen: Eine riesige Zahl würde den Computer minutenlang beschäftigen.</translation>
    </message>
    <message>
        <source>Maximum PBES2 iterations</source>
        <translation>Maximale PBES2-Iterationen</translation>
    </message>
    <message>
        <source>Algorithms (alg):</source>
        <translation>Algorithmen (alg):</translation>
    </message>
    <message>
        <source>Encryptions (enc):</source>
        <translation>Verschlüsselungen (enc):</translation>
    </message>
    <message>
        <source>PBES2 iterations at most:</source>
        <translation>Höchstens PBES2-Iterationen:</translation>
    </message>
    <message>
        <source>alg pinned by the key</source>
        <translation>alg vom Schlüssel bestimmt</translation>
    </message>
    <message numerus="yes">
        <source>%n algorithm(s)</source>
        <translation>
            <numerusform>%n Algorithmus</numerusform>
            <numerusform>%n Algorithmen</numerusform>
        </translation>
    </message>
    <message>
        <source>every enc</source>
        <translation>alle enc</translation>
    </message>
    <message numerus="yes">
        <source>%n encryption(s)</source>
        <translation>
            <numerusform>%n Verschlüsselung</numerusform>
            <numerusform>%n Verschlüsselungen</numerusform>
        </translation>
    </message>
    <message>
        <source>p2c ≤ %1</source>
        <translation>p2c ≤ %1</translation>
    </message>
    <message>
        <source>RSA1_5 allowed</source>
        <translation>RSA1_5 erlaubt</translation>
    </message>
    <message>
        <source>Pinned by the key</source>
        <translation>Vom Schlüssel festgelegt</translation>
    </message>
    <message>
        <source>All six</source>
        <translation>Alle sechs</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptPanel</name>
    <message>
        <source>Back to the encrypted token</source>
        <translation>Zurück zum verschlüsselten Token</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Entschlüsseln</translation>
    </message>
    <message>
        <source>Decrypt the token with the key (Ctrl+Return)</source>
        <translation>Das Token mit dem Schlüssel entschlüsseln (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Decryption result</source>
        <translation>Entschlüsselungsergebnis</translation>
    </message>
    <message>
        <source>Protected header</source>
        <translation>Geschützter Header</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Open the inner token (Decoded, Claims, Verify)</source>
        <translation>Das innere Token öffnen (Dekodiert, Claims, Verifizieren)</translation>
    </message>
    <message>
        <source>Read and verify the signed token inside: decryption alone does not prove who made it</source>
        <translation>Das signierte Token darin lesen und verifizieren: Die Entschlüsselung allein beweist nicht, wer es erstellt hat</translation>
    </message>
    <message>
        <source>The token on the page was decrypted from a JWE: it is the signed token that was inside.</source>
        <translation>Das Token auf der Seite wurde aus einem JWE entschlüsselt: Es ist das signierte Token, das darin steckte.</translation>
    </message>
    <message>
        <source>No token yet. Paste an encrypted token (JWE, five parts) to decrypt it.</source>
        <translation>Noch kein Token. Fügen Sie ein verschlüsseltes Token (JWE, fünf Teile) ein, um es zu entschlüsseln.</translation>
    </message>
    <message>
        <source>The token on this page is not encrypted (it is a signed JWS): there is nothing to decrypt.</source>
        <translation>Das Token auf dieser Seite ist nicht verschlüsselt (es ist ein signiertes JWS): Es gibt nichts zu entschlüsseln.</translation>
    </message>
    <message>
        <source>alg %1</source>
        <translation>alg %1</translation>
    </message>
    <message>
        <source>enc %1</source>
        <translation>enc %1</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid „%1“</translation>
    </message>
    <message>
        <source>a signed token inside (cty JWT)</source>
        <translation>ein signiertes Token darin (cty JWT)</translation>
    </message>
    <message>
        <source>An encrypted token (JWE): %1.</source>
        <translation>Ein verschlüsseltes Token (JWE): %1.</translation>
    </message>
    <message>
        <source>Choose the key, then Decrypt (Ctrl+Return).</source>
        <translation>Wählen Sie den Schlüssel, dann Entschlüsseln (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Entschlüsselung läuft…</translation>
    </message>
    <message numerus="yes">
        <source>The plaintext is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>Der Klartext ist binär (%Ln Byte): als Hex angezeigt.</numerusform>
            <numerusform>Der Klartext ist binär (%Ln Bytes): als Hex angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A nested JWT (cty JWT): decryption alone does not say who made it. Open it to read its claims and verify its signature.</source>
        <translation>Verschachteltes JWT (cty JWT): Entschlüsseln allein sagt nicht, wer es schuf. Öffnen Sie es, um Claims und Signatur zu prüfen.</translation>
    </message>
    <message>
        <source>The header says cty JWT, but the plaintext is not a compact token: %1</source>
        <translation>Der Header sagt cty JWT, aber der Klartext ist kein kompaktes Token: %1</translation>
    </message>
    <message numerus="yes">
        <source>JSON, %Ln byte(s).</source>
        <translation>
            <numerusform>JSON, %Ln Byte.</numerusform>
            <numerusform>JSON, %Ln Bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text, %Ln byte(s).</source>
        <translation>
            <numerusform>Text, %Ln Byte.</numerusform>
            <numerusform>Text, %Ln Bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source> (kid &apos;%1&apos;)</source>
        <translation> (kid „%1“)</translation>
    </message>
    <message>
        <source>✔ Decrypted with %1%2: alg %3, enc %4</source>
        <translation>✔ Entschlüsselt – %1%2: alg %3, enc %4</translation>
    </message>
    <message>
        <source>✘ Not decrypted: %1 (%2)</source>
        <translation>✘ Nicht entschlüsselt: %1 (%2)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>the key does not open this token, or the token was altered on the way.</source>
        <translation>der Schlüssel öffnet dieses Token nicht, oder das Token wurde unterwegs verändert.</translation>
    </message>
    <message>
        <source>the token asks for more password iterations than allowed; refused before any work.</source>
        <translation>das Token verlangt mehr Passwort-Iterationen als erlaubt; vor jeder Arbeit abgewiesen.</translation>
    </message>
    <message>
        <source>the token&apos;s ephemeral key is not a point of the key&apos;s curve (an invalid-curve attack).</source>
        <translation>der ephemere Schlüssel des Tokens ist kein Punkt der Kurve des Schlüssels (ein Invalid-Curve-Angriff).</translation>
    </message>
    <message>
        <source>the token&apos;s ephemeral key gives an all-zero shared secret (a small-order point).</source>
        <translation>der ephemere Schlüssel des Tokens ergibt ein gemeinsames Geheimnis aus lauter Nullen (ein Punkt kleiner Ordnung).</translation>
    </message>
    <message>
        <source>the key, or the content key in the token, has the wrong size for the algorithm.</source>
        <translation>der Schlüssel oder der Inhaltsschlüssel im Token hat die falsche Größe für den Algorithmus.</translation>
    </message>
    <message>
        <source>the authentication tag is truncated or too long; nothing was decrypted.</source>
        <translation>das Authentifizierungs-Tag ist gekürzt oder zu lang; nichts wurde entschlüsselt.</translation>
    </message>
    <message>
        <source>the decompressed content is larger than allowed (a zip bomb?).</source>
        <translation>der entpackte Inhalt ist größer als erlaubt (eine Zip-Bombe?).</translation>
    </message>
    <message>
        <source>the compressed content is not valid.</source>
        <translation>der komprimierte Inhalt ist ungültig.</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm is not allowed for this key; the options can allow it.</source>
        <translation>der Algorithmus des Tokens ist für diesen Schlüssel nicht erlaubt; die Optionen können ihn erlauben.</translation>
    </message>
    <message>
        <source>the token&apos;s key management algorithm is unknown.</source>
        <translation>der Schlüsselverwaltungsalgorithmus des Tokens ist unbekannt.</translation>
    </message>
    <message>
        <source>the token&apos;s content encryption is unknown or not allowed in the options.</source>
        <translation>die Inhaltsverschlüsselung des Tokens ist unbekannt oder in den Optionen nicht erlaubt.</translation>
    </message>
    <message>
        <source>no key given has the kid the token names.</source>
        <translation>kein angegebener Schlüssel hat die kid, die das Token nennt.</translation>
    </message>
    <message>
        <source>there is no key to decrypt with.</source>
        <translation>es gibt keinen Schlüssel zum Entschlüsseln.</translation>
    </message>
    <message>
        <source>the key&apos;s type does not fit the token&apos;s algorithm.</source>
        <translation>der Typ des Schlüssels passt nicht zum Algorithmus des Tokens.</translation>
    </message>
    <message>
        <source>the key may not decrypt (it is a signing key, or only its public half).</source>
        <translation>der Schlüssel darf nicht entschlüsseln (er ist ein Signaturschlüssel oder nur seine öffentliche Hälfte).</translation>
    </message>
    <message>
        <source>the key cannot be read (a wrong passphrase, or not a key).</source>
        <translation>der Schlüssel kann nicht gelesen werden (eine falsche Passphrase oder kein Schlüssel).</translation>
    </message>
    <message>
        <source>the key is too small to be used.</source>
        <translation>der Schlüssel ist zu klein, um verwendet zu werden.</translation>
    </message>
    <message>
        <source>the token has a critical header parameter that is not understood.</source>
        <translation>das Token hat einen kritischen Header-Parameter, der nicht verstanden wird.</translation>
    </message>
    <message>
        <source>this is not an encrypted token.</source>
        <translation>dies ist kein verschlüsseltes Token.</translation>
    </message>
    <message>
        <source>the decryption options are not usable.</source>
        <translation>die Entschlüsselungsoptionen sind nicht verwendbar.</translation>
    </message>
    <message>
        <source>the key store is locked.</source>
        <translation>der Schlüsselspeicher ist gesperrt.</translation>
    </message>
    <message>
        <source>a public key cannot decrypt.</source>
        <translation>ein öffentlicher Schlüssel kann nicht entschlüsseln.</translation>
    </message>
    <message>
        <source>the key file cannot be used.</source>
        <translation>die Schlüsseldatei ist nicht verwendbar.</translation>
    </message>
    <message>
        <source>the token cannot be read as a JWE.</source>
        <translation>das Token kann nicht als JWE gelesen werden.</translation>
    </message>
    <message>
        <source>no usable key.</source>
        <translation>kein verwendbarer Schlüssel.</translation>
    </message>
</context>
<context>
    <name>authscope::DpopBinding</name>
    <message>
        <source>DPoP-bound (RFC 9449): this token is bound to the key with thumbprint %1 (cnf.jkt). A resource server accepts it only as &quot;Authorization: DPoP&quot; with a proof signed by that key; sent as a Bearer token without a proof, it is refused.</source>
        <translation>DPoP-gebunden (RFC 9449): Dieses Token ist an den Schlüssel mit dem Fingerabdruck %1 gebunden (cnf.jkt). Ein Ressourcenserver akzeptiert es nur als „Authorization: DPoP“ mit einem von diesem Schlüssel signierten Nachweis; als Bearer-Token ohne Nachweis gesendet, wird es abgewiesen.</translation>
    </message>
</context>
<context>
    <name>authscope::DpopPanel</name>
    <message>
        <source>Paste a DPoP proof (the value of the request&apos;s DPoP header) to check it.</source>
        <translation>Fügen Sie einen DPoP-Nachweis ein (den Wert des DPoP-Headers der Anfrage), um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>The DPoP proof: a JWS with typ dpop+jwt, as sent in the DPoP header</source>
        <translation>Der DPoP-Nachweis: ein JWS mit typ dpop+jwt, wie im DPoP-Header gesendet</translation>
    </message>
    <message>
        <source>DPoP proof</source>
        <translation>DPoP-Nachweis</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>The request&apos;s method; the proof&apos;s htm must be exactly this</source>
        <translation>Die Methode der Anfrage; htm des Nachweises muss genau diese sein</translation>
    </message>
    <message>
        <source>https://api.example/resource (query and fragment are ignored)</source>
        <translation>https://api.example/resource (Query und Fragment werden ignoriert)</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>Anfrage-URL</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>None: check the proof alone</source>
        <translation>Keins: nur den Nachweis prüfen</translation>
    </message>
    <message>
        <source>The token on this page</source>
        <translation>Das Token auf dieser Seite</translation>
    </message>
    <message>
        <source>Another access token (paste it below)</source>
        <translation>Ein anderes Zugriffstoken (unten einfügen)</translation>
    </message>
    <message>
        <source>With an access token, the proof&apos;s ath must be its hash and the token&apos;s cnf.jkt the thumbprint of the proof&apos;s key</source>
        <translation>Mit einem Zugriffstoken muss ath des Nachweises dessen Hash sein und cnf.jkt des Tokens der Fingerabdruck des Nachweisschlüssels</translation>
    </message>
    <message>
        <source>The access token sent with the proof</source>
        <translation>Das mit dem Nachweis gesendete Zugriffstoken</translation>
    </message>
    <message>
        <source>Other access token</source>
        <translation>Anderes Zugriffstoken</translation>
    </message>
    <message>
        <source>None: the server demands no nonce</source>
        <translation>Keine: Der Server verlangt keine Nonce</translation>
    </message>
    <message>
        <source>Expected nonce</source>
        <translation>Erwartete Nonce</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the proof&apos;s iat may be from now (RFC 9449 §11.1)</source>
        <translation>Wie weit iat des Nachweises von jetzt abweichen darf (RFC 9449 §11.1)</translation>
    </message>
    <message>
        <source>Proof (the DPoP header&apos;s value):</source>
        <translation>Nachweis (Wert des DPoP-Headers):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>Metho&amp;de:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Expected &amp;nonce:</source>
        <translation>Erw&amp;artete Nonce:</translation>
    </message>
    <message>
        <source>iat &amp;window:</source>
        <translation>iat-Fen&amp;ster:</translation>
    </message>
    <message>
        <source>Check proof</source>
        <translation>Nachweis prüfen</translation>
    </message>
    <message>
        <source>Check as I type</source>
        <translation>Beim Tippen prüfen</translation>
    </message>
    <message>
        <source>Proof verdict</source>
        <translation>Urteil über den Nachweis</translation>
    </message>
    <message>
        <source>Failed rules</source>
        <translation>Verletzte Regeln</translation>
    </message>
    <message>
        <source>Decoded proof</source>
        <translation>Dekodierter Nachweis</translation>
    </message>
    <message>
        <source>The proof&apos;s header and claims appear here.</source>
        <translation>Header und Claims des Nachweises erscheinen hier.</translation>
    </message>
    <message>
        <source>No access token: ath and cnf.jkt are not checked.</source>
        <translation>Kein Zugriffstoken: ath und cnf.jkt werden nicht geprüft.</translation>
    </message>
    <message>
        <source>There is no signed token on this page (a JWE is not an access token a proof can name): the proof is checked alone.</source>
        <translation>Auf dieser Seite ist kein signiertes Token (ein JWE ist kein Zugriffstoken, das ein Nachweis nennen kann): Der Nachweis wird allein geprüft.</translation>
    </message>
    <message>
        <source>Paste the access token sent with the proof.</source>
        <translation>Fügen Sie das mit dem Nachweis gesendete Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The access token is bound to the key with thumbprint %1 (cnf.jkt): the proof must be signed by that key, and its ath must be the token&apos;s hash.</source>
        <translation>Das Zugriffstoken ist an den Schlüssel mit dem Fingerabdruck %1 gebunden (cnf.jkt): Der Nachweis muss mit diesem Schlüssel signiert sein, und sein ath muss der Hash des Tokens sein.</translation>
    </message>
    <message>
        <source>The access token carries no cnf.jkt: it is a bearer token, not bound to any DPoP key, and a server that expects a DPoP-bound token refuses it (dpop.jkt-missing).</source>
        <translation>Das Zugriffstoken trägt kein cnf.jkt: Es ist ein Bearer-Token, an keinen DPoP-Schlüssel gebunden, und ein Server, der ein DPoP-gebundenes Token erwartet, weist es ab (dpop.jkt-missing).</translation>
    </message>
    <message>
        <source>Give the request&apos;s method and URL: the proof is checked against them.</source>
        <translation>Geben Sie Methode und URL der Anfrage an: Der Nachweis wird damit abgeglichen.</translation>
    </message>
    <message>
        <source>Header:
%1
Claims:
%2</source>
        <translation>Header:
%1
Claims:
%2</translation>
    </message>
    <message>
        <source>Proof key thumbprint (RFC 7638): %1</source>
        <translation>Fingerabdruck des Nachweisschlüssels (RFC 7638): %1</translation>
    </message>
    <message>
        <source>Every rule of RFC 9449 §4.3 passed (replay not checked here: that needs the server&apos;s memory of the proofs it saw)</source>
        <translation>Alle Regeln von RFC 9449 §4.3 erfüllt (Wiederholung hier nicht geprüft: Dazu braucht es das Gedächtnis des Servers für die gesehenen Nachweise)</translation>
    </message>
    <message>
        <source>, for the access token given (ath and cnf.jkt match)</source>
        <translation>, für das angegebene Zugriffstoken (ath und cnf.jkt passen)</translation>
    </message>
    <message>
        <source>✔ Valid DPoP proof for %1 %2%3</source>
        <translation>✔ Gültiger DPoP-Nachweis für %1 %2%3</translation>
    </message>
    <message>
        <source>✘ Refused: %1</source>
        <translation>✘ Abgewiesen: %1</translation>
    </message>
    <message>
        <source>not a readable proof</source>
        <translation>kein lesbarer Nachweis</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>wrong type (typ)</source>
        <translation>falscher Typ (typ)</translation>
    </message>
    <message>
        <source>algorithm not allowed</source>
        <translation>Algorithmus nicht erlaubt</translation>
    </message>
    <message>
        <source>no key (jwk)</source>
        <translation>kein Schlüssel (jwk)</translation>
    </message>
    <message>
        <source>private key in the proof</source>
        <translation>privater Schlüssel im Nachweis</translation>
    </message>
    <message>
        <source>unusable key (jwk)</source>
        <translation>unbrauchbarer Schlüssel (jwk)</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>Signatur stimmt nicht</translation>
    </message>
    <message>
        <source>claims unreadable</source>
        <translation>Claims unlesbar</translation>
    </message>
    <message>
        <source>wrong method (htm)</source>
        <translation>falsche Methode (htm)</translation>
    </message>
    <message>
        <source>wrong URL (htu)</source>
        <translation>falsche URL (htu)</translation>
    </message>
    <message>
        <source>outside the time window (iat)</source>
        <translation>außerhalb des Zeitfensters (iat)</translation>
    </message>
    <message>
        <source>no usable jti</source>
        <translation>keine verwendbare jti</translation>
    </message>
    <message>
        <source>token hash missing (ath)</source>
        <translation>Token-Hash fehlt (ath)</translation>
    </message>
    <message>
        <source>made for another token (ath)</source>
        <translation>für ein anderes Token erstellt (ath)</translation>
    </message>
    <message>
        <source>nonce missing</source>
        <translation>Nonce fehlt</translation>
    </message>
    <message>
        <source>wrong nonce</source>
        <translation>falsche Nonce</translation>
    </message>
    <message>
        <source>token not bound (no cnf.jkt)</source>
        <translation>Token nicht gebunden (kein cnf.jkt)</translation>
    </message>
    <message>
        <source>signed by another key than the token&apos;s (cnf.jkt)</source>
        <translation>mit einem anderen Schlüssel signiert als dem des Tokens (cnf.jkt)</translation>
    </message>
</context>
<context>
    <name>authscope::ExperimentView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the table of the run shown here as comma-separated values</source>
        <translation>Die Tabelle des hier gezeigten Laufs als kommagetrennte Werte speichern</translation>
    </message>
    <message>
        <source>Export the shown run as CSV</source>
        <translation>Den gezeigten Lauf als CSV exportieren</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the whole run shown here (options, machine, every measurement) as JSON</source>
        <translation>Den ganzen hier gezeigten Lauf (Optionen, Rechner, jede Messung) als JSON speichern</translation>
    </message>
    <message>
        <source>Export the shown run as JSON</source>
        <translation>Den gezeigten Lauf als JSON exportieren</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1: die Zahlen</translation>
    </message>
    <message>
        <source>No run yet: choose the experiments above and press Run, or pick a saved run in History.</source>
        <translation>Noch kein Lauf: Experimente wählen und „Ausführen“ drücken oder einen Lauf im Verlauf wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Quick run of %1, took %Ln s</source>
        <translation>
            <numerusform>Schnelllauf vom %1, Dauer %Ln s</numerusform>
            <numerusform>Schnelllauf vom %1, Dauer %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full run of %1, took %Ln s</source>
        <translation>
            <numerusform>Vollständiger Lauf vom %1, Dauer %Ln s</numerusform>
            <numerusform>Vollständiger Lauf vom %1, Dauer %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source> — saved as run %1</source>
        <translation> – gespeichert als Lauf %1</translation>
    </message>
    <message>
        <source> — cancelled: what was measured until then</source>
        <translation> – abgebrochen: was bis dahin gemessen wurde</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>Es gibt keinen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>keine Authentifizierung</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>Sitzungs-Cookie</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>cookie, cache off</source>
        <translation>Cookie, Cache aus</translation>
    </message>
    <message>
        <source>cookie, renewal each request</source>
        <translation>Cookie, bei jeder Anfrage erneuert</translation>
    </message>
    <message>
        <source>JWT %1, verified once</source>
        <translation>JWT %1, einmal verifiziert</translation>
    </message>
    <message>
        <source>Measuring now: the chart and the table fill in as results arrive; the summary follows at the end.</source>
        <translation>Messung läuft: Diagramm und Tabelle füllen sich, sobald Ergebnisse eintreffen; die Zusammenfassung folgt am Ende.</translation>
    </message>
    <message>
        <source>Running now: what has been measured so far</source>
        <translation>Läuft gerade: was bisher gemessen wurde</translation>
    </message>
    <message>
        <source>JWT + revocation list</source>
        <translation>JWT + Widerrufsliste</translation>
    </message>
    <message>
        <source>bearer JWT</source>
        <translation>Bearer-JWT</translation>
    </message>
    <message>
        <source>bearer JWT at an API checking signatures only</source>
        <translation>Bearer-JWT an einer API, die nur Signaturen prüft</translation>
    </message>
    <message>
        <source>DPoP-bound JWT sent as Bearer</source>
        <translation>DPoP-gebundenes JWT als Bearer gesendet</translation>
    </message>
    <message>
        <source>DPoP-bound JWT, proof from the thief&apos;s key</source>
        <translation>DPoP-JWT, Nachweis mit Schlüssel des Diebs</translation>
    </message>
    <message>
        <source>DPoP-bound JWT, copied proof</source>
        <translation>DPoP-gebundenes JWT, kopierter Nachweis</translation>
    </message>
    <message>
        <source>relying party&apos;s session cookie</source>
        <translation>Sitzungs-Cookie der vertrauenden Partei</translation>
    </message>
    <message>
        <source>JWT %1 + revocation list</source>
        <translation>JWT %1 + Widerrufsliste</translation>
    </message>
</context>
<context>
    <name>authscope::GenerateKeyDialog</name>
    <message>
        <source>Generate a signing key</source>
        <translation>Signaturschlüssel erzeugen</translation>
    </message>
    <message>
        <source>next — published now, signs from the next rotation</source>
        <translation>nächster – jetzt veröffentlicht, signiert ab der nächsten Rotation</translation>
    </message>
    <message>
        <source>active — signs at once</source>
        <translation>aktiv – signiert sofort</translation>
    </message>
    <message>
        <source>The private key is encrypted with the key store passphrase before it is written. RSA keys take a moment to generate.</source>
        <translation>Der private Schlüssel wird mit der Passphrase des Schlüsselspeichers verschlüsselt, bevor er geschrieben wird. RSA-Schlüssel brauchen einen Moment zur Erzeugung.</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Verwendung:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>Vo&amp;rschau…</translation>
    </message>
    <message>
        <source>Signing — signs the tokens this server issues</source>
        <translation>Signieren – signiert die Tokens, die dieser Server ausstellt</translation>
    </message>
    <message>
        <source>Encryption — decrypts tokens others encrypt to us (JWE)</source>
        <translation>Verschlüsselung – entschlüsselt Tokens, die andere an uns verschlüsseln (JWE)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Einsatz:</translation>
    </message>
    <message>
        <source>Generate an encryption key</source>
        <translation>Einen Verschlüsselungsschlüssel erzeugen</translation>
    </message>
    <message>
        <source>next — decrypts now, senders encrypt to it from the next rotation</source>
        <translation>nächster – entschlüsselt jetzt, Absender verschlüsseln ab der nächsten Rotation an ihn</translation>
    </message>
    <message>
        <source>active — the key senders encrypt to, at once</source>
        <translation>aktiv – sofort der Schlüssel, an den Absender verschlüsseln</translation>
    </message>
    <message>
        <source>The private key is encrypted with the key store passphrase before it is written. Its public half is published in the JWKS with use &quot;enc&quot; for senders to encrypt to; it never signs.</source>
        <translation>Der private Schlüssel wird vor dem Schreiben mit der Passphrase des Schlüsselspeichers verschlüsselt. Seine öffentliche Hälfte wird im JWKS mit der Verwendung „enc“ veröffentlicht, damit Absender an ihn verschlüsseln; er signiert nie.</translation>
    </message>
    <message>
        <source>ES256 — ECDSA P-256 (recommended)</source>
        <translation>ES256 — ECDSA P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>HS256 — HMAC secret, 256 bits (never published)</source>
        <translation>HS256 — HMAC-Geheimnis, 256 Bit (nie veröffentlicht)</translation>
    </message>
    <message>
        <source>HS512 — HMAC secret, 512 bits (never published)</source>
        <translation>HS512 — HMAC-Geheimnis, 512 Bit (nie veröffentlicht)</translation>
    </message>
    <message>
        <source>ECDH-ES+A256KW — P-256 (recommended)</source>
        <translation>ECDH-ES+A256KW — P-256 (empfohlen)</translation>
    </message>
    <message>
        <source>ECDH-ES — P-256 (direct key agreement)</source>
        <translation>ECDH-ES — P-256 (direkte Schlüsselvereinbarung)</translation>
    </message>
    <message>
        <source>A256KW — AES key wrap secret, 256 bits (never published)</source>
        <translation>A256KW — AES-Key-Wrap-Geheimnis, 256 Bit (nie veröffentlicht)</translation>
    </message>
    <message>
        <source>dir — A256GCM content key, 256 bits (never published)</source>
        <translation>dir — A256GCM-Inhaltsschlüssel, 256 Bit (nie veröffentlicht)</translation>
    </message>
</context>
<context>
    <name>authscope::HistoryPanel</name>
    <message>
        <source>Re&amp;member inspected tokens in this database</source>
        <translation>Untersuchte &amp;Tokens in dieser Datenbank merken</translation>
    </message>
    <message>
        <source>Remembered tokens</source>
        <translation>Gemerkte Tokens</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Inspect the selected token (Enter or double-click)</source>
        <translation>Das ausgewählte Token untersuchen (Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Forget the selected token (Delete)</source>
        <translation>Das ausgewählte Token vergessen (Entf)</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Alle löschen…</translation>
    </message>
    <message>
        <source>Delete every remembered token from the database</source>
        <translation>Alle gemerkten Tokens aus der Datenbank löschen</translation>
    </message>
    <message>
        <source>Token history: %1</source>
        <translation>Token-Verlauf: %1</translation>
    </message>
    <message>
        <source>Could not remember the token: %1</source>
        <translation>Das Token konnte nicht gemerkt werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the token: %1</source>
        <translation>Das Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Token removed from the history</source>
        <translation>Token aus dem Verlauf entfernt</translation>
    </message>
    <message>
        <source>Clear token history</source>
        <translation>Token-Verlauf löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln remembered token(s) from this database?</source>
        <translation>
            <numerusform>%Ln gemerktes Token aus dieser Datenbank löschen?</numerusform>
            <numerusform>Alle %Ln gemerkten Tokens aus dieser Datenbank löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not clear the history: %1</source>
        <translation>Der Verlauf konnte nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln remembered token(s)</source>
        <translation>
            <numerusform>%Ln gemerktes Token gelöscht</numerusform>
            <numerusform>%Ln gemerkte Tokens gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the setting: %1</source>
        <translation>Die Einstellung konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Stop remembering tokens</source>
        <translation>Tokens nicht mehr merken</translation>
    </message>
    <message numerus="yes">
        <source>New tokens will not be stored any more. Also delete the %Ln token(s) already remembered?</source>
        <translation>
            <numerusform>Neue Tokens werden nicht mehr gespeichert. Auch das %Ln bereits gemerkte Token löschen?</numerusform>
            <numerusform>Neue Tokens werden nicht mehr gespeichert. Auch die %Ln bereits gemerkten Tokens löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep usable token</source>
        <translation>Verwendbares Token behalten</translation>
    </message>
    <message>
        <source>The usable token is kept for this entry until it expires</source>
        <translation>Das verwendbare Token wird für diesen Eintrag bis zu seinem Ablauf aufbewahrt</translation>
    </message>
    <message>
        <source>Only the claims are kept for this entry</source>
        <translation>Für diesen Eintrag werden nur die Claims aufbewahrt</translation>
    </message>
    <message>
        <source>Forget usable token</source>
        <translation>Verwendbares Token vergessen</translation>
    </message>
    <message>
        <source>Only a token inspected in this session can be kept: paste it again first</source>
        <translation>Nur ein in dieser Sitzung untersuchtes Token kann behalten werden: Fügen Sie es zuerst erneut ein</translation>
    </message>
    <message>
        <source>Store the whole token for this entry (until its exp), or go back to its claims only</source>
        <translation>Das ganze Token für diesen Eintrag speichern (bis zu seinem exp) oder zurück zu nur seinen Claims</translation>
    </message>
    <message numerus="yes">
        <source>Each token you inspect is remembered in %1 as its claims and a hash, not as a usable token: the signature is left out. &quot;Keep usable token&quot; stores the whole token for one entry, until it expires. Entries not seen for %Ln day(s) are deleted (the newest %2 are kept). Keys, HMAC secrets and passphrases are never stored.</source>
        <translation>
            <numerusform>Jedes untersuchte Token wird in %1 als seine Claims und ein Hash gemerkt, nicht als verwendbares Token: Die Signatur wird weggelassen. „Verwendbares Token behalten“ speichert das ganze Token für einen Eintrag, bis es abläuft. Einträge, die %Ln Tag nicht gesehen wurden, werden gelöscht (die neuesten %2 bleiben). Schlüssel, HMAC-Geheimnisse und Passphrasen werden nie gespeichert.</numerusform>
            <numerusform>Jedes untersuchte Token wird in %1 als seine Claims und ein Hash gemerkt, nicht als verwendbares Token: Die Signatur wird weggelassen. „Verwendbares Token behalten“ speichert das ganze Token für einen Eintrag, bis es abläuft. Einträge, die %Ln Tage nicht gesehen wurden, werden gelöscht (die neuesten %2 bleiben). Schlüssel, HMAC-Geheimnisse und Passphrasen werden nie gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: the tokens you inspect are not written to %1. Turn it on to find them here again (their claims, not the usable tokens). Entries kept earlier stay until they expire or you remove them.</source>
        <translation>Aus: Die untersuchten Tokens werden nicht in %1 geschrieben. Schalten Sie es ein, um sie hier wiederzufinden (ihre Claims, nicht die verwendbaren Tokens). Früher aufbewahrte Einträge bleiben, bis sie ablaufen oder Sie sie entfernen.</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerCallsPanel</name>
    <message>
        <source>authorization_code (sign in in the browser)</source>
        <translation>authorization_code (Anmeldung im Browser)</translation>
    </message>
    <message>
        <source>As the issuer prefers</source>
        <translation>Wie der Aussteller es bevorzugt</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>optional (RFC 8707)</source>
        <translation>optional (RFC 8707)</translation>
    </message>
    <message>
        <source>Re&amp;quest token</source>
        <translation>Token anf&amp;ordern</translation>
    </message>
    <message>
        <source>a token this issuer issued</source>
        <translation>ein Token, das dieser Aussteller ausgestellt hat</translation>
    </message>
    <message>
        <source>Intros&amp;pect</source>
        <translation>Intros&amp;pektion</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>Wider&amp;rufen</translation>
    </message>
    <message>
        <source>The provider&apos;s answer</source>
        <translation>Antwort des Anbieters</translation>
    </message>
    <message>
        <source>The provider&apos;s answer shows here.</source>
        <translation>Die Antwort des Anbieters erscheint hier.</translation>
    </message>
    <message>
        <source>Open access token in Tokens</source>
        <translation>Zugriffstoken unter Tokens öffnen</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Nicht länger auf die Anmeldung warten</translation>
    </message>
    <message>
        <source>Stop listening for the browser&apos;s answer (Esc)</source>
        <translation>Nicht mehr auf die Antwort des Browsers lauschen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Grant:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Client-Authentifizierung:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Refresh-Token:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>No sign-in reached %1 within %2 minutes: stopped waiting</source>
        <translation>Keine Anmeldung hat %1 innerhalb von %2 Minuten erreicht: Warten beendet</translation>
    </message>
    <message>
        <source>Stopped waiting for the sign-in at %1: another issuer was chosen</source>
        <translation>Warten auf die Anmeldung bei %1 beendet: Ein anderer Aussteller wurde gewählt</translation>
    </message>
    <message>
        <source>Give this issuer a client id on the Client tab first</source>
        <translation>Geben Sie diesem Aussteller zuerst im Tab Client eine Client-ID</translation>
    </message>
    <message>
        <source>Paste the refresh token first.</source>
        <translation>Fügen Sie zuerst das Refresh-Token ein.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in at %1 (for up to %2 minutes).

The sign-in page opens in your browser; if it did not, open this address in a browser on this computer:

%3

The provider sends the browser back to %4, which this console is listening on; %1 must accept loopback redirect URIs on any port (RFC 8252 §7.3).</source>
        <translation>Warten auf die Anmeldung bei %1 (bis zu %2 Minuten).

Die Anmeldeseite öffnet sich in Ihrem Browser; falls nicht, öffnen Sie diese Adresse in einem Browser auf diesem Computer:

%3

Der Anbieter schickt den Browser zurück an %4, worauf diese Konsole lauscht; %1 muss Loopback-Redirect-URIs auf jedem Port akzeptieren (RFC 8252 §7.3).</translation>
    </message>
    <message>
        <source>No browser could be started: open the address shown below by hand</source>
        <translation>Es konnte kein Browser gestartet werden: Öffnen Sie die unten gezeigte Adresse von Hand</translation>
    </message>
    <message>
        <source>Sign in at %1 in the browser</source>
        <translation>Im Browser bei %1 anmelden</translation>
    </message>
    <message>
        <source>Stopped waiting for the sign-in at %1</source>
        <translation>Warten auf die Anmeldung bei %1 beendet</translation>
    </message>
    <message>
        <source>Asking %1 for a token (%2)</source>
        <translation>%1 wird um ein Token gebeten (%2)</translation>
    </message>
    <message>
        <source>Cancelled the token request to %1</source>
        <translation>Token-Anfrage an %1 abgebrochen</translation>
    </message>
    <message>
        <source>The token was not audited, so it is not shown: %1</source>
        <translation>Das Token wurde nicht protokolliert und wird daher nicht gezeigt: %1</translation>
    </message>
    <message>
        <source>%1 issued a token (grant %2)</source>
        <translation>%1 hat ein Token ausgestellt (Grant %2)</translation>
    </message>
    <message>
        <source>Asking %1 about a token (%2)</source>
        <translation>%1 wird nach einem Token gefragt (%2)</translation>
    </message>
    <message>
        <source>Cancelled the introspection at %1</source>
        <translation>Introspektion bei %1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 says the token is active</source>
        <translation>%1 sagt, das Token ist aktiv</translation>
    </message>
    <message>
        <source>%1 says the token is not active</source>
        <translation>%1 sagt, das Token ist nicht aktiv</translation>
    </message>
    <message>
        <source>Revoking a token at %1 (%2)</source>
        <translation>Ein Token wird bei %1 widerrufen (%2)</translation>
    </message>
    <message>
        <source>Cancelled the revocation at %1</source>
        <translation>Widerruf bei %1 abgebrochen</translation>
    </message>
    <message>
        <source>Revoked, but not audited: %1</source>
        <translation>Widerrufen, aber nicht protokolliert: %1</translation>
    </message>
    <message>
        <source>Revoked at %1</source>
        <translation>Bei %1 widerrufen</translation>
    </message>
    <message>
        <source>%1 revoked the token</source>
        <translation>%1 hat das Token widerrufen</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerClientPanel</name>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>AuthScope&apos;s client id at this issuer</source>
        <translation>Client-ID von AuthScope bei diesem Aussteller</translation>
    </message>
    <message>
        <source>A&amp;pply client ID</source>
        <translation>Client-ID an&amp;wenden</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Neues Client-Geheimnis</translation>
    </message>
    <message>
        <source>new secret (sealed in the key vault, never shown again)</source>
        <translation>neues Geheimnis (im Schlüsseltresor versiegelt, nie wieder angezeigt)</translation>
    </message>
    <message>
        <source>Replace secret</source>
        <translation>Geheimnis ersetzen</translation>
    </message>
    <message>
        <source>For&amp;get secret</source>
        <translation>Geheimnis &amp;vergessen</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>New secret:</source>
        <translation>Neues Geheimnis:</translation>
    </message>
    <message>
        <source>No issuer selected.</source>
        <translation>Kein Aussteller ausgewählt.</translation>
    </message>
    <message>
        <source>Sealed in the key vault (it is never shown).</source>
        <translation>Im Schlüsseltresor versiegelt (es wird nie angezeigt).</translation>
    </message>
    <message>
        <source>None: token, introspection and revocation calls send the client id only.</source>
        <translation>Keins: Token-, Introspektions- und Widerrufsaufrufe senden nur die Client-ID.</translation>
    </message>
    <message>
        <source>Set secret</source>
        <translation>Geheimnis setzen</translation>
    </message>
    <message>
        <source>Removed the client id of %1</source>
        <translation>Client-ID von %1 entfernt</translation>
    </message>
    <message>
        <source>Saved the client id of %1</source>
        <translation>Client-ID von %1 gespeichert</translation>
    </message>
    <message>
        <source>Sealed a new client secret for %1 in the key vault</source>
        <translation>Neues Client-Geheimnis für %1 im Schlüsseltresor versiegelt</translation>
    </message>
    <message>
        <source>Remove client secret</source>
        <translation>Client-Geheimnis entfernen</translation>
    </message>
    <message>
        <source>Remove the client secret of %1? AuthScope cannot show it, so keep a copy if you need it again.</source>
        <translation>Das Client-Geheimnis von %1 entfernen? AuthScope kann es nicht anzeigen; behalten Sie eine Kopie, falls Sie es wieder brauchen.</translation>
    </message>
    <message>
        <source>Removed the client secret of %1</source>
        <translation>Client-Geheimnis von %1 entfernt</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>last fetch failed</source>
        <translation>letzter Abruf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Aussteller-URL</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Keys fetched</source>
        <translation>Schlüssel abgerufen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>authscope::IssuersPage</name>
    <message>
        <source>Saved issuers</source>
        <translation>Gespeicherte Aussteller</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Fetch the selected issuer&apos;s discovery document and keys again (F5)</source>
        <translation>Discovery-Dokument und Schlüssel des gewählten Ausstellers neu abrufen (F5)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add an issuer</source>
        <translation>Einen Aussteller hinzufügen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issuer name</source>
        <translation>Name des Ausstellers</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>Aussteller-URL</translation>
    </message>
    <message>
        <source>Allo&amp;w loopback http</source>
        <translation>Loopback-&amp;http erlauben</translation>
    </message>
    <message>
        <source>Plain http only to 127.0.0.1 or ::1, for local test providers</source>
        <translation>Unverschlüsseltes http nur an 127.0.0.1 oder ::1, für lokale Testanbieter</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>optional; sealed in the key vault</source>
        <translation>optional; im Schlüsseltresor versiegelt</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Add issuer</source>
        <translation>Aussteller hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Fetch the discovery document and the keys, and save the issuer when both are good</source>
        <translation>Discovery-Dokument und Schlüssel abrufen und den Aussteller speichern, wenn beide in Ordnung sind</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the call to the issuer (Esc)</source>
        <translation>Den Aufruf beim Aussteller stoppen (Esc)</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Discovery-Dokument</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys</source>
        <translation>Die Schlüssel des Ausstellers</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Posture findings</source>
        <translation>Befunde zur Sicherheitslage</translation>
    </message>
    <message>
        <source>Fetch and &amp;check again</source>
        <translation>&amp;Erneut abrufen und prüfen</translation>
    </message>
    <message>
        <source>Fetch the issuer&apos;s current discovery document and keys, then check them</source>
        <translation>Das aktuelle Discovery-Dokument und die Schlüssel des Ausstellers abrufen und dann prüfen</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>&amp;Lint</translation>
    </message>
    <message>
        <source>&amp;Discovery document</source>
        <translation>&amp;Discovery-Dokument</translation>
    </message>
    <message>
        <source>Clien&amp;t</source>
        <translation>Clien&amp;t</translation>
    </message>
    <message>
        <source>Tok&amp;en calls</source>
        <translation>Token-&amp;Aufrufe</translation>
    </message>
    <message>
        <source>Enter the issuer&apos;s URL.</source>
        <translation>Geben Sie die URL des Ausstellers ein.</translation>
    </message>
    <message>
        <source>Adding %1: discovery and keys from %2</source>
        <translation>%1 wird hinzugefügt: Discovery und Schlüssel von %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved for %1</source>
        <translation>Abgebrochen: Für %1 wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Added %1: keys from %2</source>
        <translation>%1 hinzugefügt: Schlüssel von %2</translation>
    </message>
    <message>
        <source>Refreshing %1 from %2</source>
        <translation>%1 wird von %2 aktualisiert</translation>
    </message>
    <message>
        <source>Cancelled: %1 keeps its last document and keys</source>
        <translation>Abgebrochen: %1 behält sein letztes Dokument und seine Schlüssel</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>%1 aktualisiert</translation>
    </message>
    <message>
        <source>Remove issuer</source>
        <translation>Aussteller entfernen</translation>
    </message>
    <message>
        <source>Remove %1 and its cached keys? Tokens from it can then no longer be verified by its name.</source>
        <translation>%1 und seine zwischengespeicherten Schlüssel entfernen? Tokens von ihm können dann nicht mehr über seinen Namen verifiziert werden.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>No issuer selected.</source>
        <translation>Kein Aussteller ausgewählt.</translation>
    </message>
    <message>
        <source>From %1, fetched %2 ago, reused for %3.</source>
        <translation>Von %1, vor %2 abgerufen, %3 lang wiederverwendet.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>Die letzte Aktualisierung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>&amp;Lint (%1)</source>
        <translation>&amp;Lint (%1)</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>Aussteller</translation>
    </message>
</context>
<context>
    <name>authscope::KeyActionDialog</name>
    <message>
        <source>New %1 key &lt;tt&gt;%2&lt;/tt&gt; (%3) becomes %4</source>
        <translation>Neuer Schlüssel &lt;tt&gt;%2&lt;/tt&gt; (%3, %1) wird %4</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>&lt;tt&gt;%1&lt;/tt&gt;: %2 → %3</source>
        <translation>&lt;tt&gt;%1&lt;/tt&gt;: %2 → %3</translation>
    </message>
    <message>
        <source> — verifies until %1</source>
        <translation> – prüft bis %1</translation>
    </message>
    <message>
        <source>JWKS publishes &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>JWKS veröffentlicht &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>JWKS drops &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>JWKS entfernt &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>The published JWKS keeps the same keys.</source>
        <translation>Das veröffentlichte JWKS behält dieselben Schlüssel.</translation>
    </message>
    <message>
        <source>⚠ Still-valid tokens will fail:</source>
        <translation>⚠ Noch gültige Tokens werden abgelehnt:</translation>
    </message>
    <message>
        <source>I understand that tokens which are still valid will fail verification</source>
        <translation>Mir ist bewusst, dass noch gültige Tokens die Verifizierung nicht bestehen werden</translation>
    </message>
    <message>
        <source>Why is the key revoked? (recorded in the audit log)</source>
        <translation>Warum wird der Schlüssel widerrufen? (wird im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>What relying parties will fetch from the JWKS, key by key:</source>
        <translation>Was vertrauende Parteien aus dem JWKS abrufen werden, Schlüssel für Schlüssel:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>JWKS keys added, removed and unchanged</source>
        <translation>Hinzugefügte, entfernte und unveränderte JWKS-Schlüssel</translation>
    </message>
    <message>
        <source>⚠ Worth knowing before you confirm:</source>
        <translation>⚠ Gut zu wissen, bevor Sie bestätigen:</translation>
    </message>
    <message>
        <source>After this change there is no next key: the following rotation will sign with a key that relying parties have never fetched. Generate a next key soon after.</source>
        <translation>Nach dieser Änderung gibt es keinen nächsten Schlüssel: Die folgende Rotation signiert mit einem Schlüssel, den vertrauende Parteien nie abgerufen haben. Erzeugen Sie bald danach einen nächsten Schlüssel.</translation>
    </message>
    <message>
        <source>Thumbprint %1</source>
        <translation>Fingerabdruck %1</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n key(s)</source>
        <translation>
            <numerusform>Hinzugefügt: %n Schlüssel</numerusform>
            <numerusform>Hinzugefügt: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n key(s)</source>
        <translation>
            <numerusform>Entfernt: %n Schlüssel</numerusform>
            <numerusform>Entfernt: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced (same kid, other key material): %n key(s)</source>
        <translation>
            <numerusform>Ersetzt (gleiche kid, anderes Schlüsselmaterial): %n Schlüssel</numerusform>
            <numerusform>Ersetzt (gleiche kid, anderes Schlüsselmaterial): %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n key(s)</source>
        <translation>
            <numerusform>Unverändert: %n Schlüssel</numerusform>
            <numerusform>Unverändert: %n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::KeyInputWidget</name>
    <message>
        <source>EC P-256 (ES256)</source>
        <translation>EC P-256 (ES256)</translation>
    </message>
    <message>
        <source>EC P-384 (ES384)</source>
        <translation>EC P-384 (ES384)</translation>
    </message>
    <message>
        <source>EC P-521 (ES512)</source>
        <translation>EC P-521 (ES512)</translation>
    </message>
    <message>
        <source>RSA 2048 bits (RS*/PS*)</source>
        <translation>RSA 2048 Bit (RS*/PS*)</translation>
    </message>
    <message>
        <source>RSA 3072 bits (RS*/PS*)</source>
        <translation>RSA 3072 Bit (RS*/PS*)</translation>
    </message>
    <message>
        <source>RSA 4096 bits (RS*/PS*)</source>
        <translation>RSA 4096 Bit (RS*/PS*)</translation>
    </message>
    <message>
        <source>Ed25519 (EdDSA)</source>
        <translation>Ed25519 (EdDSA)</translation>
    </message>
    <message>
        <source>Ed448 (EdDSA)</source>
        <translation>Ed448 (EdDSA)</translation>
    </message>
    <message>
        <source>HMAC secret, 256 bits (HS256)</source>
        <translation>HMAC-Secret, 256 Bit (HS256)</translation>
    </message>
    <message>
        <source>HMAC secret, 384 bits (HS384)</source>
        <translation>HMAC-Secret, 384 Bit (HS384)</translation>
    </message>
    <message>
        <source>HMAC secret, 512 bits (HS512)</source>
        <translation>HMAC-Secret, 512 Bit (HS512)</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Schlüsselquelle</translation>
    </message>
    <message>
        <source>Generate a throwaway key</source>
        <translation>Wegwerfschlüssel erzeugen</translation>
    </message>
    <message>
        <source>Pasted PEM, JWK or JWK Set</source>
        <translation>Eingefügtes PEM, JWK oder JWK Set</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>HMAC-Secret</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Path of a JWK, JWK Set, PEM key or certificate, or raw secret file</source>
        <translation>Pfad einer JWK-, JWK-Set-, PEM-Schlüssel- oder Zertifikatsdatei oder einer Datei mit rohem Secret</translation>
    </message>
    <message>
        <source>Key file path</source>
        <translation>Pfad der Schlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>The file holds raw HMAC secret bytes</source>
        <translation>Die Datei enthält rohe HMAC-Secret-Bytes</translation>
    </message>
    <message>
        <source>Paste a PEM public key, private key or certificate, a JWK, or a JWK Set ({&quot;keys&quot;:[…]}: the token&apos;s kid picks the key).</source>
        <translation>Einen öffentlichen oder privaten PEM-Schlüssel oder ein Zertifikat, ein JWK oder ein JWK Set einfügen ({&quot;keys&quot;:[…]}: die kid des Tokens wählt den Schlüssel).</translation>
    </message>
    <message>
        <source>Key text</source>
        <translation>Schlüsseltext</translation>
    </message>
    <message>
        <source>The shared HMAC secret</source>
        <translation>Das gemeinsame HMAC-Secret</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Das Secret anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Secret encoding</source>
        <translation>Kodierung des Secrets</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Text (UTF-8)</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>Base64url</source>
        <translation>Base64url</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Type of key to generate</source>
        <translation>Typ des zu erzeugenden Schlüssels</translation>
    </message>
    <message>
        <source>Generate ne&amp;w key</source>
        <translation>Neu er&amp;zeugen</translation>
    </message>
    <message>
        <source>A fresh key from the system&apos;s random generator, held only in memory. Copy it if you need it later.</source>
        <translation>Ein frischer Schlüssel aus dem Zufallsgenerator des Systems, nur im Speicher gehalten. Kopieren Sie ihn, falls Sie ihn später brauchen.</translation>
    </message>
    <message>
        <source>Only for an encrypted PEM private key</source>
        <translation>Nur für einen verschlüsselten privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation>Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>Copy public JWK</source>
        <translation>Öffentliches JWK kopieren</translation>
    </message>
    <message>
        <source>Copy the public half as a JWK (safe to share)</source>
        <translation>Die öffentliche Hälfte als JWK kopieren (darf weitergegeben werden)</translation>
    </message>
    <message>
        <source>Copy private JWK</source>
        <translation>Privates JWK kopieren</translation>
    </message>
    <message>
        <source>Copy the whole key, private part included, to the clipboard</source>
        <translation>Den ganzen Schlüssel samt privatem Teil in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signatur&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Sign with:</source>
        <translation>Signieren mit:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>No key file chosen yet.</source>
        <translation>Noch keine Schlüsseldatei gewählt.</translation>
    </message>
    <message>
        <source>No key pasted yet.</source>
        <translation>Noch kein Schlüssel eingefügt.</translation>
    </message>
    <message>
        <source>No secret entered yet.</source>
        <translation>Noch kein Secret eingegeben.</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>No key generated yet: Generate makes one (Sign does too).</source>
        <translation>Noch kein Schlüssel erzeugt: „Erzeugen“ legt einen an („Signieren“ ebenfalls).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Secret ist leer.</translation>
    </message>
    <message>
        <source>Hex needs an even number of digits.</source>
        <translation>Hex braucht eine gerade Anzahl von Ziffern.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit.</source>
        <translation>„%1“ ist keine Hexadezimalziffer.</translation>
    </message>
    <message>
        <source>Not valid base64 (A–Z, a–z, 0–9, + and /).</source>
        <translation>Kein gültiges Base64 (A–Z, a–z, 0–9, + und /).</translation>
    </message>
    <message>
        <source>Not valid base64url (A–Z, a–z, 0–9, - and _).</source>
        <translation>Kein gültiges Base64url (A–Z, a–z, 0–9, - und _).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a key file is at most 1 MiB, so this is not one.</source>
        <translation>%1 hat %2 Bytes: Eine Schlüsseldatei hat höchstens 1 MiB, das ist also keine.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>✘ Could not generate the key: %1</source>
        <translation>✘ Der Schlüssel konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>Privater RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>Öffentlicher RSA-Schlüssel mit %1 Bit</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>Privater %1-Schlüssel</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Öffentlicher %1-Schlüssel</translation>
    </message>
    <message>
        <source>HMAC secret of %1 bits</source>
        <translation>HMAC-Secret mit %1 Bit</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid „%1“</translation>
    </message>
    <message>
        <source>no usable algorithm (too short for any HMAC)</source>
        <translation>kein nutzbarer Algorithmus (zu kurz für jedes HMAC)</translation>
    </message>
    <message>
        <source>✘ %1 (%2)</source>
        <translation>✘ %1 (%2)</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>(no kid)</source>
        <translation>(keine kid)</translation>
    </message>
    <message numerus="yes">
        <source>✔ JWK Set with %Ln key(s): %1</source>
        <translation>
            <numerusform>✔ JWK Set mit %Ln Schlüssel: %1</numerusform>
            <numerusform>✔ JWK Set mit %Ln Schlüsseln: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;All files (*)</source>
        <translation>Schlüssel (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Every byte of the file is the secret (a raw HMAC key file, not text)</source>
        <translation>Jedes Byte der Datei ist das Geheimnis (eine rohe HMAC-Schlüsseldatei, kein Text)</translation>
    </message>
</context>
<context>
    <name>authscope::KeyTableModel</name>
    <message>
        <source>next</source>
        <translation>nächster</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retiring</source>
        <translation>auslaufend</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>stillgelegt</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>rotates in %1</source>
        <translation>rotiert in %1</translation>
    </message>
    <message>
        <source>rotation due now</source>
        <translation>Rotation jetzt fällig</translation>
    </message>
    <message>
        <source>signs (HMAC; never published)</source>
        <translation>signiert (HMAC; nie veröffentlicht)</translation>
    </message>
    <message>
        <source>signs; rotation by hand</source>
        <translation>signiert; Rotation von Hand</translation>
    </message>
    <message>
        <source>signs from the rotation in %1</source>
        <translation>signiert ab der Rotation in %1</translation>
    </message>
    <message>
        <source>published; signs from the next rotation</source>
        <translation>veröffentlicht; signiert ab der nächsten Rotation</translation>
    </message>
    <message>
        <source>retires in %1</source>
        <translation>wird in %1 stillgelegt</translation>
    </message>
    <message>
        <source>retired %1 ago</source>
        <translation>vor %1 stillgelegt</translation>
    </message>
    <message>
        <source>revoked %1 ago: %2</source>
        <translation>vor %1 widerrufen: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>erzeugt</translation>
    </message>
    <message>
        <source>public key only: verifies, never signs</source>
        <translation>nur öffentlicher Schlüssel: verifiziert, signiert nie</translation>
    </message>
    <message>
        <source>revoked %1: %2</source>
        <translation>widerrufen %1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Was als Nächstes passiert</translation>
    </message>
    <message>
        <source>decrypts; senders move on in %1</source>
        <translation>entschlüsselt; Absender wechseln in %1</translation>
    </message>
    <message>
        <source>decrypts; rotation due now</source>
        <translation>entschlüsselt; Rotation jetzt fällig</translation>
    </message>
    <message>
        <source>decrypts (shared secret; never published)</source>
        <translation>entschlüsselt (gemeinsames Geheimnis; nie veröffentlicht)</translation>
    </message>
    <message>
        <source>decrypts; senders encrypt to it</source>
        <translation>entschlüsselt; Absender verschlüsseln an ihn</translation>
    </message>
    <message>
        <source>decrypts already; senders encrypt to it from the next rotation</source>
        <translation>entschlüsselt bereits; Absender verschlüsseln ab der nächsten Rotation an ihn</translation>
    </message>
    <message>
        <source>still decrypts; retires in %1</source>
        <translation>entschlüsselt noch; wird in %1 stillgelegt</translation>
    </message>
    <message>
        <source>kid %1
%2, %3
created %4
activated %5
rotated out %6
retire after %7</source>
        <translation>kid %1
%2, %3
erstellt %4
aktiviert %5
abgelöst %6
stilllegen nach %7</translation>
    </message>
    <message>
        <source>public key only: others can encrypt to it, it never decrypts here</source>
        <translation>nur öffentlicher Schlüssel: Andere können an ihn verschlüsseln, hier entschlüsselt er nie</translation>
    </message>
</context>
<context>
    <name>authscope::KeyValueView</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>authscope::KeysPage</name>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a key from a PEM, JWK or JWKS file</source>
        <translation>Einen Schlüssel aus einer PEM-, JWK- oder JWKS-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>The next key signs from now on; the active key verifies until its tokens expire (Ctrl+R)</source>
        <translation>Der nächste Schlüssel signiert ab jetzt; der aktive Schlüssel verifiziert, bis seine Tokens ablaufen (Strg+R)</translation>
    </message>
    <message>
        <source>For a compromised key: rotate, and revoke the old active key at once</source>
        <translation>Für einen kompromittierten Schlüssel: rotieren und den alten aktiven Schlüssel sofort widerrufen</translation>
    </message>
    <message>
        <source>Unpublish the selected key and keep it for the record</source>
        <translation>Die ausgewählte Schlüssel nicht mehr veröffentlichen und für die Akten behalten</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Widerru&amp;fen…</translation>
    </message>
    <message>
        <source>Unpublish the selected key at once: its tokens fail</source>
        <translation>Die ausgewählte Schlüssel sofort nicht mehr veröffentlichen: Ihre Tokens schlagen fehl</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Export the selected key (public, or private on request)</source>
        <translation>Den ausgewählten Schlüssel exportieren (öffentlich oder auf Wunsch privat)</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>Richt&amp;linie…</translation>
    </message>
    <message>
        <source>Scheduled rotation, token lifetime, leeway and JWKS cache time</source>
        <translation>Geplante Rotation, Token-Lebensdauer, Toleranz und JWKS-Cache-Dauer</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Ent&amp;sperren…</translation>
    </message>
    <message>
        <source>Re-encrypt the data key under a new passphrase</source>
        <translation>Den Datenschlüssel unter einer neuen Passphrase neu verschlüsseln</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Published JWKS</source>
        <translation>Veröffentlichtes JWKS</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>Around now (grace periods readable)</source>
        <translation>Um jetzt herum (Übergangsfristen lesbar)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>A&amp;nzeige:</translation>
    </message>
    <message>
        <source>Rotation &amp;timeline</source>
        <translation>Rotations&amp;zeitplan</translation>
    </message>
    <message>
        <source>Published &amp;JWKS</source>
        <translation>Veröffentlichtes &amp;JWKS</translation>
    </message>
    <message>
        <source>Public key as &amp;JWK…</source>
        <translation>Öffentlicher Schlüssel als &amp;JWK…</translation>
    </message>
    <message>
        <source>Public key as &amp;PEM…</source>
        <translation>Öffentlicher Schlüssel als &amp;PEM…</translation>
    </message>
    <message>
        <source>Whole published JWK &amp;Set…</source>
        <translation>Ganzes veröffentlichtes JWK &amp;Set…</translation>
    </message>
    <message>
        <source>Private key as JWK (unencrypted)…</source>
        <translation>Privater Schlüssel als JWK (unverschlüsselt)…</translation>
    </message>
    <message>
        <source>Private key as encrypted PKCS#8 PEM…</source>
        <translation>Privater Schlüssel als verschlüsseltes PKCS#8-PEM…</translation>
    </message>
    <message>
        <source>Cannot read the keys: %1</source>
        <translation>Die Schlüssel können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Keys: %1 retired, %2 rotated, %3 pre-generated</source>
        <translation>Schlüssel: %1 stillgelegt, %2 rotiert, %3 vorab erzeugt</translation>
    </message>
    <message>
        <source>Active: &lt;b&gt;%1&lt;/b&gt; %2, signing for %3</source>
        <translation>Aktiv: &lt;b&gt;%1&lt;/b&gt; %2, signiert seit %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No active key&lt;/b&gt; for &apos;%1&apos;: generate or import one</source>
        <translation>&lt;b&gt;Kein aktiver Schlüssel&lt;/b&gt; für „%1“: einen erzeugen oder importieren</translation>
    </message>
    <message numerus="yes">
        <source>rotates every %Ln day(s)</source>
        <translation>
            <numerusform>rotiert im Abstand von %Ln Tag</numerusform>
            <numerusform>rotiert im Abstand von %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>rotation by hand</source>
        <translation>Rotation von Hand</translation>
    </message>
    <message>
        <source>next rotation in %1</source>
        <translation>nächste Rotation in %1</translation>
    </message>
    <message>
        <source>tokens live %1 + %2 s leeway</source>
        <translation>Tokens leben %1 + %2 s Toleranz</translation>
    </message>
    <message>
        <source>Key store unlocked for this run: private keys can sign and be exported.</source>
        <translation>Schlüsselspeicher für diese Sitzung entsperrt: Private Schlüssel können signieren und exportiert werden.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Forget the data key until the passphrase is given again</source>
        <translation>Den Datenschlüssel vergessen, bis die Passphrase erneut eingegeben wird</translation>
    </message>
    <message>
        <source>Key store locked: reading needs no passphrase; it is asked for the first action that needs a private key.</source>
        <translation>Schlüsselspeicher gesperrt: Lesen braucht keine Passphrase; sie wird bei der ersten Aktion abgefragt, die einen privaten Schlüssel braucht.</translation>
    </message>
    <message>
        <source>No passphrase set yet: the first key you generate or import sets it.</source>
        <translation>Noch keine Passphrase gesetzt: Der erste Schlüssel, den Sie erzeugen oder importieren, legt sie fest.</translation>
    </message>
    <message>
        <source>Enter the passphrase now</source>
        <translation>Passphrase jetzt eingeben</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Generating key material…</source>
        <translation>Schlüsselmaterial wird erzeugt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing changed: the key store stayed locked.</source>
        <translation>Nichts geändert: Der Schlüsselspeicher blieb gesperrt.</translation>
    </message>
    <message>
        <source>Rotated: %1 signs now</source>
        <translation>Rotiert: %1 signiert jetzt</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Keys updated</source>
        <translation>Schlüssel aktualisiert</translation>
    </message>
    <message>
        <source>Generate a key</source>
        <translation>Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.crt *.json *.jwk *.jwks);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key *.crt *.json *.jwk *.jwks);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is larger than 1 MiB).</source>
        <translation>%1 kann nicht gelesen werden (oder ist größer als 1 MiB).</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Passphrase von %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Signaturschlüssel rotieren</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>(given in the preview)</source>
        <translation>(in der Vorschau angegeben)</translation>
    </message>
    <message>
        <source>Rotate and revoke the signing key</source>
        <translation>Signaturschlüssel rotieren und widerrufen</translation>
    </message>
    <message>
        <source>Rotate &amp;&amp; &amp;revoke</source>
        <translation>Rotieren &amp;&amp; &amp;widerrufen</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>%1 stilllegen</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>S&amp;tilllegen</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Wider&amp;rufen</translation>
    </message>
    <message>
        <source>Export a private key</source>
        <translation>Einen privaten Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Whoever holds the exported private key can sign tokens that every relying party accepts. The export is recorded in the audit log. Export %1?</source>
        <translation>Wer den exportierten privaten Schlüssel besitzt, kann Tokens signieren, die jede vertrauende Partei akzeptiert. Der Export wird im Prüfprotokoll vermerkt. %1 exportieren?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Rotation policy saved</source>
        <translation>Rotationsrichtlinie gespeichert</translation>
    </message>
    <message>
        <source>Key store locked</source>
        <translation>Schlüsselspeicher gesperrt</translation>
    </message>
    <message>
        <source>Key store unlocked for this run</source>
        <translation>Schlüsselspeicher für diese Sitzung entsperrt</translation>
    </message>
    <message>
        <source>Passphrase changed; the keys were not touched</source>
        <translation>Passphrase geändert; die Schlüssel blieben unberührt</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Rotate &amp;&amp; rev&amp;oke…</source>
        <translation>Rotieren &amp;&amp; &amp;widerrufen…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>S&amp;tilllegen…</translation>
    </message>
    <message>
        <source>Cha&amp;nge passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Den ausgewählten Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Delete revokes the selected key, after a preview</source>
        <translation>Entf widerruft den ausgewählten Schlüssel, nach einer Vorschau</translation>
    </message>
    <message>
        <source>Generate a new signing or encryption key (Ctrl+G)</source>
        <translation>Einen neuen Signatur- oder Verschlüsselungsschlüssel erzeugen (Strg+G)</translation>
    </message>
    <message>
        <source>Active: &lt;b&gt;%1&lt;/b&gt; %2, the key senders encrypt to for %3</source>
        <translation>Aktiv: &lt;b&gt;%1&lt;/b&gt; %2, der Schlüssel, an den Absender für %3 verschlüsseln</translation>
    </message>
    <message>
        <source>Import a key for &apos;%1&apos;</source>
        <translation>Einen Schlüssel für „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>authscope::LabHistoryModel</name>
    <message>
        <source>Cost per request</source>
        <translation>Kosten pro Anfrage</translation>
    </message>
    <message>
        <source>Revocation window</source>
        <translation>Widerrufsfenster</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Bytes auf der Leitung</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>Lauf %1, %2</translation>
    </message>
    <message>
        <source>quick</source>
        <translation>schnell</translation>
    </message>
    <message>
        <source>full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Stolen credential</source>
        <translation>Gestohlene Zugangsdaten</translation>
    </message>
    <message>
        <source>Revocation across nodes</source>
        <translation>Widerruf über Knoten</translation>
    </message>
</context>
<context>
    <name>authscope::LabPage</name>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>Lab sections</source>
        <translation>Laborbereiche</translation>
    </message>
    <message>
        <source>Experiments:</source>
        <translation>Experimente:</translation>
    </message>
    <message>
        <source>Requests per second and latency for no authentication, session cookies and JWTs by algorithm</source>
        <translation>Anfragen pro Sekunde und Latenz ohne Authentifizierung, mit Sitzungs-Cookies und mit JWTs je Algorithmus</translation>
    </message>
    <message>
        <source>After a revocation: how long each method keeps being accepted</source>
        <translation>Nach einem Widerruf: wie lange jede Methode weiter akzeptiert wird</translation>
    </message>
    <message>
        <source>Cookie versus bearer token size, and what a token reveals</source>
        <translation>Größe von Cookie und Bearer-Token im Vergleich, und was ein Token verrät</translation>
    </message>
    <message>
        <source>Session validation as the session table grows, versus JWT verification</source>
        <translation>Sitzungsvalidierung bei wachsender Sitzungstabelle, im Vergleich zur JWT-Prüfung</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Länge:</translation>
    </message>
    <message>
        <source>Full: longer measurements, up to %1 sessions</source>
        <translation>Vollständig: längere Messungen, bis zu %1 Sitzungen</translation>
    </message>
    <message>
        <source>Good for a first look; the numbers vary more from run to run</source>
        <translation>Gut für einen ersten Eindruck; die Zahlen schwanken stärker von Lauf zu Lauf</translation>
    </message>
    <message>
        <source>Length of the run</source>
        <translation>Länge des Laufs</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>Run the selected experiments</source>
        <translation>Die ausgewählten Experimente ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Den Lauf abbrechen</translation>
    </message>
    <message>
        <source>Stop the experiment under way (what it measured is kept, marked cancelled) and skip the others (Esc)</source>
        <translation>Das laufende Experiment anhalten (das Gemessene bleibt, als abgebrochen markiert) und die übrigen überspringen (Esc)</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Experiment results</source>
        <translation>Ergebnisse der Experimente</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Gespeicherte Läufe</translation>
    </message>
    <message>
        <source>&amp;Show in its tab</source>
        <translation>In seinem Reiter &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the selected run in its tab</source>
        <translation>Den ausgewählten Lauf in seinem Reiter zeigen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Den ausgewählten Lauf löschen</translation>
    </message>
    <message>
        <source>Selecting a run shows it in its experiment&apos;s tab; export it from there.</source>
        <translation>Ein gewählter Lauf erscheint im Reiter seines Experiments; von dort lässt er sich exportieren.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Trade-off experiments</source>
        <translation>Experimente zum Kompromiss</translation>
    </message>
    <message>
        <source>Self-attack</source>
        <translation>Selbstangriff</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Lab run started</source>
        <translation>Laborlauf gestartet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <translation>%1 % – %2</translation>
    </message>
    <message>
        <source>Cancelled at %p%</source>
        <translation>Abgebrochen bei %p %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Lab run cancelled; what was measured is saved</source>
        <translation>Laborlauf abgebrochen; das Gemessene ist gespeichert</translation>
    </message>
    <message>
        <source>Lab run finished</source>
        <translation>Laborlauf beendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Der Lauf wurde beendet: %1</translation>
    </message>
    <message>
        <source>%1 run of %2</source>
        <translation>Lauf „%1“ vom %2</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the %1? This cannot be undone.</source>
        <translation>%1 löschen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deleted the %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Export run as JSON</source>
        <translation>Lauf als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export run as CSV</source>
        <translation>Lauf als CSV exportieren</translation>
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
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Running on a scratch database in a temporary folder: your sessions, keys and users are not touched. Cancel keeps what was measured so far.</source>
        <translation>Läuft auf einer Wegwerf-Datenbank in einem temporären Ordner: Ihre Sitzungen, Schlüssel und Benutzer bleiben unberührt. Abbrechen behält, was bis dahin gemessen wurde.</translation>
    </message>
    <message>
        <source>Choose at least one experiment.</source>
        <translation>Mindestens ein Experiment wählen.</translation>
    </message>
    <message>
        <source>This selection takes %1 (longer in a debug build).</source>
        <translation>Diese Auswahl dauert %1 (in einem Debug-Build länger).</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>Quick: short measurements, up to %1 sessions</source>
        <translation>Schnell: kurze Messungen, bis zu %1 Sitzungen</translation>
    </message>
    <message>
        <source>Steadier numbers; seeds the largest session table</source>
        <translation>Stabilere Zahlen; befüllt die größte Sitzungstabelle</translation>
    </message>
    <message>
        <source>A thief replays a copy of a cookie, a token and a key-bound (DPoP) token from another computer: which are refused, and how long each still works after the owner logs out</source>
        <translation>Ein Dieb spielt von einem anderen Computer eine Kopie eines Cookies, eines Tokens und eines schlüsselgebundenen (DPoP-)Tokens ab: Welche werden abgewiesen, und wie lange funktioniert jede noch, nachdem sich der Besitzer abmeldet</translation>
    </message>
    <message>
        <source>Two servers share one database: after a revocation on one, how long until the other refuses</source>
        <translation>Zwei Server teilen sich eine Datenbank: Wie lange nach einem Widerruf auf dem einen weist der andere ab</translation>
    </message>
    <message>
        <source>Each experiment runs on a scratch database with its own users, keys and a test server reachable only from this computer, removed afterwards: your data is never touched. Only the results are saved.</source>
        <translation>Jedes Experiment läuft auf einer Wegwerf-Datenbank mit eigenen Benutzern, Schlüsseln und einem Testserver, der nur von diesem Computer erreichbar ist, und wird danach entfernt: Ihre Daten werden nie angefasst. Nur die Ergebnisse werden gespeichert.</translation>
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
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>authscope::NodesView</name>
    <message>
        <source>Revocation across nodes on SQLite: time until node B refused</source>
        <translation>Widerruf über Knoten hinweg auf SQLite: Zeit, bis Knoten B abwies</translation>
    </message>
    <message>
        <source>Revocation across nodes on PostgreSQL: time until node B refused</source>
        <translation>Widerruf über Knoten hinweg auf PostgreSQL: Zeit, bis Knoten B abwies</translation>
    </message>
    <message>
        <source>SQLite&apos;s change counter</source>
        <translation>Änderungszähler von SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL notification</source>
        <translation>PostgreSQL-Benachrichtigung</translation>
    </message>
    <message>
        <source>once-a-second check</source>
        <translation>Prüfung einmal pro Sekunde</translation>
    </message>
    <message>
        <source>reconnect of node B&apos;s listener</source>
        <translation>Neuverbindung des Listeners von Knoten B</translation>
    </message>
    <message>
        <source>a database read</source>
        <translation>ein Datenbank-Lesezugriff</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Widerrufen durch</translation>
    </message>
    <message>
        <source>Node A&apos;s logout, or the administrator revoking the session</source>
        <translation>Abmeldung an Knoten A oder Widerruf der Sitzung durch den Administrator</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Widerrufe</translation>
    </message>
    <message>
        <source>Fastest (ms)</source>
        <translation>Schnellste (ms)</translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation>Median (ms)</translation>
    </message>
    <message>
        <source>Half of the revocations reached node B sooner</source>
        <translation>Die Hälfte der Widerrufe erreichte Knoten B früher</translation>
    </message>
    <message>
        <source>95th percentile (ms)</source>
        <translation>95. Perzentil (ms)</translation>
    </message>
    <message>
        <source>95 of 100 revocations reached node B sooner</source>
        <translation>95 von 100 Widerrufen erreichten Knoten B früher</translation>
    </message>
    <message>
        <source>Slowest (ms)</source>
        <translation>Langsamste (ms)</translation>
    </message>
    <message>
        <source>Never refused</source>
        <translation>Nie abgewiesen</translation>
    </message>
    <message>
        <source>Node B still accepted the credential 10 s after the revocation</source>
        <translation>Knoten B akzeptierte die Zugangsdaten 10 s nach dem Widerruf noch</translation>
    </message>
    <message>
        <source>How node B learned of it</source>
        <translation>Wie Knoten B davon erfuhr</translation>
    </message>
    <message>
        <source>SQLite: the change counter both processes read in shared memory. PostgreSQL: a notification sent when the revocation is committed, or the check node B makes once a second when none came</source>
        <translation>SQLite: der Änderungszähler, den beide Prozesse im gemeinsamen Speicher lesen. PostgreSQL: eine Benachrichtigung beim Festschreiben des Widerrufs, oder die Prüfung, die Knoten B einmal pro Sekunde macht, wenn keine kam</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>node A (logout)</source>
        <translation>Knoten A (Abmeldung)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>No SQLite measurement yet</source>
        <translation>Noch keine SQLite-Messung</translation>
    </message>
    <message>
        <source>No PostgreSQL measurement yet</source>
        <translation>Noch keine PostgreSQL-Messung</translation>
    </message>
    <message>
        <source>SQLite file, two processes</source>
        <translation>SQLite-Datei, zwei Prozesse</translation>
    </message>
    <message>
        <source>PostgreSQL, two processes</source>
        <translation>PostgreSQL, zwei Prozesse</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>node A</source>
        <translation>Knoten A</translation>
    </message>
    <message>
        <source>revocation number</source>
        <translation>Nummer des Widerrufs</translation>
    </message>
    <message>
        <source>ms until refused (log)</source>
        <translation>ms bis zur Abweisung (log.)</translation>
    </message>
    <message>
        <source>ms until refused</source>
        <translation>ms bis zur Abweisung</translation>
    </message>
</context>
<context>
    <name>authscope::PassphraseDialog</name>
    <message>
        <source>Unlock the key store</source>
        <translation>Schlüsselspeicher entsperren</translation>
    </message>
    <message>
        <source>The private keys are encrypted with the administrator passphrase. Enter it to sign, generate, import or export keys; it is asked once per run.</source>
        <translation>Die privaten Schlüssel sind mit der Administrator-Passphrase verschlüsselt. Geben Sie sie ein, um Schlüssel zu signieren, zu erzeugen, zu importieren oder zu exportieren; sie wird einmal pro Programmlauf abgefragt.</translation>
    </message>
    <message>
        <source>Set the key store passphrase</source>
        <translation>Passphrase des Schlüsselspeichers festlegen</translation>
    </message>
    <message>
        <source>This is the first key of this database. Choose the passphrase that encrypts every private key: without it they cannot be used or recovered.</source>
        <translation>Dies ist der erste Schlüssel dieser Datenbank. Wählen Sie die Passphrase, die jeden privaten Schlüssel verschlüsselt: Ohne sie können diese weder verwendet noch wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Change the key store passphrase</source>
        <translation>Passphrase des Schlüsselspeichers ändern</translation>
    </message>
    <message>
        <source>The data key is re-encrypted under the new passphrase; the keys themselves are not touched.</source>
        <translation>Der Datenschlüssel wird unter der neuen Passphrase neu verschlüsselt; die Schlüssel selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Export-Passphrase</translation>
    </message>
    <message>
        <source>The exported private key is encrypted (PKCS#8) with this passphrase. Whoever gets the file and the passphrase can sign as you.</source>
        <translation>Der exportierte private Schlüssel wird mit dieser Passphrase verschlüsselt (PKCS#8). Wer die Datei und die Passphrase erhält, kann in Ihrem Namen signieren.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>A passphrase of %1 characters or more, or a few words, resists guessing far better.</source>
        <translation>Eine Passphrase mit %1 oder mehr Zeichen oder ein paar Wörter widersteht dem Erraten weit besser.</translation>
    </message>
</context>
<context>
    <name>authscope::PolicyEditor</name>
    <message>
        <source>Allowed algorithms</source>
        <translation>Erlaubte Algorithmen</translation>
    </message>
    <message>
        <source>Which algorithms the verifier accepts. None ticked: the key decides (its own alg, else the algorithms of its type), which is the safe default.</source>
        <translation>Welche Algorithmen der Prüfer akzeptiert. Keiner angehakt: Der Schlüssel entscheidet (sein eigenes alg, sonst die Algorithmen seines Typs) – die sichere Voreinstellung.</translation>
    </message>
    <message>
        <source>Pinned by the key (clear all)</source>
        <translation>Vom Schlüssel festgelegt (alle abwählen)</translation>
    </message>
    <message>
        <source>Any issuer (not checked)</source>
        <translation>Beliebiger Aussteller (nicht geprüft)</translation>
    </message>
    <message>
        <source>None: a token that names an audience is refused</source>
        <translation>Keine: Ein Token, das eine Zielgruppe nennt, wird abgelehnt</translation>
    </message>
    <message>
        <source>RFC 7519 §4.1.3: a recipient that does not find itself in aud must reject the token, so a token with aud needs the audience you speak for here.</source>
        <translation>RFC 7519 §4.1.3: Ein Empfänger, der sich nicht in aud findet, muss das Token ablehnen; ein Token mit aud braucht also die Zielgruppe, für die Sie hier sprechen.</translation>
    </message>
    <message>
        <source>Any type (e.g. JWT, at+jwt)</source>
        <translation>Beliebiger Typ (z. B. JWT, at+jwt)</translation>
    </message>
    <message>
        <source>Claims the token must carry, separated by commas or spaces</source>
        <translation>Claims, die das Token tragen muss, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock skew allowed for exp, nbf and iat (0 to 300 seconds)</source>
        <translation>Erlaubte Uhrabweichung für exp, nbf und iat (0 bis 300 Sekunden)</translation>
    </message>
    <message>
        <source>Signature only (plain JWS: any payload, no claim checks)</source>
        <translation>Nur Signatur (JWS: beliebiger Inhalt, ohne Claim-Prüfung)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>At a chosen time (UTC)</source>
        <translation>Zu einem gewählten Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Chosen time</source>
        <translation>Gewählter Zeitpunkt</translation>
    </message>
    <message>
        <source>At issue time</source>
        <translation>Bei Ausstellung</translation>
    </message>
    <message>
        <source>Check the token as of its iat (was it valid when it was issued?)</source>
        <translation>Das Token zum Zeitpunkt seines iat prüfen (war es bei der Ausstellung gültig?)</translation>
    </message>
    <message>
        <source>Take iss and aud from the token</source>
        <translation>iss und aud aus dem Token übernehmen</translation>
    </message>
    <message>
        <source>Fill issuer and audience with the token&apos;s own values. Convenient, but it only proves the token is consistent with itself: for a real check type the values you expect.</source>
        <translation>Aussteller und Zielgruppe mit den eigenen Werten des Tokens füllen. Bequem, beweist aber nur, dass das Token mit sich selbst übereinstimmt: Für eine echte Prüfung die erwarteten Werte eintippen.</translation>
    </message>
    <message>
        <source>Strict defaults</source>
        <translation>Strikte Voreinstellungen</translation>
    </message>
    <message>
        <source>Pinned algorithms, exp required, 30 s leeway, no issuer or audience, now</source>
        <translation>Festgelegte Algorithmen, exp erforderlich, 30 s Toleranz, kein Aussteller und keine Zielgruppe, jetzt</translation>
    </message>
    <message>
        <source>Algorithms:</source>
        <translation>Algorithmen:</translation>
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation>Auss&amp;teller:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>Type (typ):</source>
        <translation>Typ (typ):</translation>
    </message>
    <message>
        <source>Required claims:</source>
        <translation>Erforderliche Claims:</translation>
    </message>
    <message>
        <source>Leeway:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Uhr:</translation>
    </message>
    <message>
        <source>Pinned by the key</source>
        <translation>Vom Schlüssel festgelegt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Any JWT</source>
        <translation>Beliebiges JWT</translation>
    </message>
    <message>
        <source>OAuth 2.0 access token (RFC 9068)</source>
        <translation>OAuth-2.0-Zugriffstoken (RFC 9068)</translation>
    </message>
    <message>
        <source>RFC 9068 access tokens: typ at+jwt and the claims iss, exp, aud, sub, client_id, iat and jti required (§2.2, §4)</source>
        <translation>RFC-9068-Zugriffstokens: typ at+jwt und die Claims iss, exp, aud, sub, client_id, iat und jti verlangt (§2.2, §4)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
</context>
<context>
    <name>authscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>A new language applies the next time AuthScope starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von AuthScope.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the Sessions and Audit log pages re-read their rows while shown; applied when you press OK</source>
        <translation>Wie oft die Seiten Sitzungen und Prüfprotokoll ihre Zeilen neu lesen, solange sie angezeigt werden; gilt, sobald Sie OK drücken</translation>
    </message>
    <message>
        <source>Re&amp;fresh lists every:</source>
        <translation>Listen a&amp;ktualisieren alle:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remember inspected tokens in this database (claims and a hash, kept %Ln day(s))</source>
        <translation>
            <numerusform>Untersuchte Tokens in dieser Datenbank &amp;merken (Claims und ein Hash, %Ln Tag aufbewahrt)</numerusform>
            <numerusform>Untersuchte Tokens in dieser Datenbank &amp;merken (Claims und ein Hash, %Ln Tage aufbewahrt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Check the JWT &amp;deny-list</source>
        <translation>JWT-Sperrl&amp;iste prüfen</translation>
    </message>
    <message>
        <source>Test server (used the next time it starts)</source>
        <translation>Testserver (gilt beim nächsten Start)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Token-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Quick runs (a few seconds each; untick for the full measurements)</source>
        <translation>S&amp;chnelle Läufe (je ein paar Sekunden; abwählen für die vollständigen Messungen)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <source>The token history setting was not changed: %1</source>
        <translation>Die Einstellung zum Token-Verlauf wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>authscope::ProfileForm</name>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>AuthScope-Datenbanken (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Ein Profilname hat 1 bis 64 Buchstaben, Ziffern, „.“, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Datenbankdatei wählen.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a host, a user and a database.</source>
        <translation>Ein PostgreSQL-Profil braucht einen Host, einen Benutzer und eine Datenbank.</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>z. B. production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>The password is never written to a settings file. Without a keychain AuthScope uses PostgreSQL&apos;s own sources (PGPASSWORD, ~/.pgpass) or asks when it connects.</source>
        <translation>Das Passwort wird nie in eine Einstellungsdatei geschrieben. Ohne Schlüsselbund nutzt AuthScope die Quellen von PostgreSQL selbst (PGPASSWORD, ~/.pgpass) oder fragt beim Verbinden.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Da&amp;tenbank:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>Verschlüsselun&amp;g (sslmode):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
</context>
<context>
    <name>authscope::RelativeTime</name>
    <message>
        <source>%1 y %2 d</source>
        <translation>%1 J. %2 T.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>läuft jetzt ab</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>noch %1 nicht gültig</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>gültig seit %1</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>%1 in der Zukunft ausgestellt</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>vor %1 ausgestellt</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>authscope::RequestDetailPane</name>
    <message>
        <source>[%1 bytes in all; the first %2 are shown]</source>
        <translation>[%1 Bytes insgesamt; die ersten %2 werden gezeigt]</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Open in &amp;Tokens</source>
        <translation>In Tokens öff&amp;nen</translation>
    </message>
    <message>
        <source>Load the token this exchange carried into the Tokens page</source>
        <translation>Das Token dieses Austauschs in die Seite Tokens laden</translation>
    </message>
    <message>
        <source>Select a request in the log to see it in detail.</source>
        <translation>Wählen Sie eine Anfrage im Protokoll, um sie im Detail zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>credential check %1 µs</source>
        <translation>Prüfung der Zugangsdaten %1 µs</translation>
    </message>
    <message>
        <source>total %1 µs</source>
        <translation>gesamt %1 µs</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Refused before any handler ran (%1): nothing more was read.</source>
        <translation>Abgewiesen, bevor ein Handler lief (%1): Mehr wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>No detail kept for this request: only the newest requests keep theirs.</source>
        <translation>Für diese Anfrage wurde kein Detail aufbewahrt: Nur die neuesten Anfragen behalten ihres.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgewiesen: %1</translation>
    </message>
    <message>
        <source>Load the token (%1) into the Tokens page</source>
        <translation>Das Token (%1) in die Seite Tokens laden</translation>
    </message>
</context>
<context>
    <name>authscope::RequestLogModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>authscope::ResignPanel</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Header to sign</source>
        <translation>Zu signierender Header</translation>
    </message>
    <message>
        <source>{&quot;alg&quot;: &quot;ES256&quot;, &quot;typ&quot;: &quot;JWT&quot;}</source>
        <translation>{&quot;alg&quot;: &quot;ES256&quot;, &quot;typ&quot;: &quot;JWT&quot;}</translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation>Zu signierende Nutzdaten</translation>
    </message>
    <message>
        <source>{&quot;sub&quot;: &quot;alice&quot;, &quot;exp&quot;: 1900000000}</source>
        <translation>{&quot;sub&quot;: &quot;alice&quot;, &quot;exp&quot;: 1900000000}</translation>
    </message>
    <message>
        <source>Reset from token</source>
        <translation>Vom Token übernehmen</translation>
    </message>
    <message>
        <source>Replace both editors with the header and payload of the token on display</source>
        <translation>Beide Editoren durch Header und Nutzdaten des angezeigten Tokens ersetzen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <source>Set iat = now, exp = now +</source>
        <translation>Neu ausstellen für</translation>
    </message>
    <message>
        <source>Issue the payload now: iat (and nbf when present) become now, exp now plus the lifetime</source>
        <translation>Nutzdaten jetzt ausstellen: iat (und nbf, falls vorhanden) werden jetzt, exp jetzt plus die Lebensdauer</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Put the key&apos;s kid in the header</source>
        <translation>kid in den Header setzen</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signieren</translation>
    </message>
    <message>
        <source>Make a new token from the header and payload above (Ctrl+Return)</source>
        <translation>Aus Header und Nutzdaten oben ein neues Token erstellen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Unsigned (alg: none)</source>
        <translation>Unsigniert (alg: none)</translation>
    </message>
    <message>
        <source>For testing verifiers: the same header and payload with alg &quot;none&quot; and an empty signature. A sound verifier refuses it; AuthScope always does.</source>
        <translation>Zum Testen von Prüfern: dieselben Header und Nutzdaten mit alg „none“ und leerer Signatur. Ein solider Prüfer lehnt es ab; AuthScope tut das immer.</translation>
    </message>
    <message>
        <source>Algorith&amp;m:</source>
        <translation>Algori&amp;thmus:</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Neues Token</translation>
    </message>
    <message>
        <source>The new token appears here.</source>
        <translation>Das neue Token erscheint hier.</translation>
    </message>
    <message>
        <source>Ope&amp;n in inspector</source>
        <translation>Im Ins&amp;pektor öffnen</translation>
    </message>
    <message>
        <source>Inspect the new token, with the signing key (its public half) set up to verify it</source>
        <translation>Das neue Token untersuchen, mit dem Signaturschlüssel (seiner öffentlichen Hälfte) zur Verifizierung eingerichtet</translation>
    </message>
    <message>
        <source>Copy new token</source>
        <translation>Neues Token kopieren</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>Nutzdaten: %1</translation>
    </message>
    <message>
        <source>✔ Header and payload are valid JSON</source>
        <translation>✔ Header und Nutzdaten sind gültiges JSON</translation>
    </message>
    <message>
        <source>Paste a token to start from it, or write a header and a payload.</source>
        <translation>Ein Token einfügen, um davon auszugehen, oder einen Header und Nutzdaten schreiben.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation>Nutzdaten: %1</translation>
    </message>
    <message>
        <source>✘ Cannot sign: %1</source>
        <translation>✘ Signieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Schlüssel wird erzeugt…</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>✘ Cannot sign: this key cannot sign with any JWS algorithm</source>
        <translation>✘ Signieren nicht möglich: Dieser Schlüssel kann mit keinem JWS-Algorithmus signieren</translation>
    </message>
    <message>
        <source>✘ Cannot sign: %1 (%2)</source>
        <translation>✘ Signieren nicht möglich: %1 (%2)</translation>
    </message>
    <message>
        <source>✔ Signed with %1 using %2</source>
        <translation>✔ Signiert mit %1 per %2</translation>
    </message>
    <message>
        <source>✘ Fix the header and payload JSON first</source>
        <translation>✘ Zuerst das JSON von Header und Nutzdaten korrigieren</translation>
    </message>
    <message>
        <source>⚠ Unsigned token, for testing verifiers only: anyone can forge it, and a sound verifier (AuthScope included) refuses it.</source>
        <translation>⚠ Unsigniertes Token, nur zum Testen von Prüfern: Jeder kann es fälschen, und ein solider Prüfer (auch AuthScope) lehnt es ab.</translation>
    </message>
    <message>
        <source>✘ Not signed: %1</source>
        <translation>✘ Nicht signiert: %1</translation>
    </message>
</context>
<context>
    <name>authscope::RevocationRaceView</name>
    <message>
        <source>Start &amp;race</source>
        <translation>&amp;Wettlauf starten</translation>
    </message>
    <message>
        <source>Log in once with a cookie and once for a JWT, then call /api/me every 200 ms with each</source>
        <translation>Einmal mit Cookie und einmal für ein JWT anmelden, dann alle 200 ms mit beiden /api/me aufrufen</translation>
    </message>
    <message>
        <source>Revoke both sessions from the console, as an administrator would</source>
        <translation>Beide Sitzungen von der Konsole aus widerrufen, wie es ein Administrator täte</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>accepted (200)</source>
        <translation>akzeptiert (200)</translation>
    </message>
    <message>
        <source>refused (401)</source>
        <translation>abgelehnt (401)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>seconds since the race started</source>
        <translation>Sekunden seit Start des Wettlaufs</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Revocation race timeline</source>
        <translation>Zeitverlauf des Widerrufs-Wettlaufs</translation>
    </message>
    <message>
        <source>The race could not start: %1</source>
        <translation>Der Wettlauf konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>revocation race</source>
        <translation>Widerrufs-Wettlauf</translation>
    </message>
    <message numerus="yes">
        <source>Both clients are logged in and polling (%Ln request(s) so far). Now revoke both.</source>
        <translation>
            <numerusform>Beide Clients sind angemeldet und fragen ab (bisher %Ln Anfrage). Jetzt beide widerrufen.</numerusform>
            <numerusform>Beide Clients sind angemeldet und fragen ab (bisher %Ln Anfragen). Jetzt beide widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cookie session: refused %1 ms after the revocation, after %Ln more accepted request(s).</source>
        <translation>
            <numerusform>Cookie-Sitzung: %1 ms nach dem Widerruf abgelehnt, nach %Ln weiteren akzeptierten Anfrage.</numerusform>
            <numerusform>Cookie-Sitzung: %1 ms nach dem Widerruf abgelehnt, nach %Ln weiteren akzeptierten Anfragen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cookie session: no request since the revocation yet.</source>
        <translation>Cookie-Sitzung: seit dem Widerruf noch keine Anfrage.</translation>
    </message>
    <message>
        <source>JWT: refused %1 ms after the revocation (the server checked its session and the deny-list).</source>
        <translation>JWT: %1 ms nach dem Widerruf abgelehnt (der Server prüfte seine Sitzung und die Sperrliste).</translation>
    </message>
    <message numerus="yes">
        <source>JWT: still accepted — %Ln request(s) since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</source>
        <translation>
            <numerusform>JWT: weiterhin akzeptiert – %Ln Anfrage seit dem Widerruf. Ohne Sperrliste bleibt es bis zu seinem Ablauf gültig (in etwa %1 s).</numerusform>
            <numerusform>JWT: weiterhin akzeptiert – %Ln Anfragen seit dem Widerruf. Ohne Sperrliste bleibt es bis zu seinem Ablauf gültig (in etwa %1 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke &amp;both now</source>
        <translation>Beide jetzt wider&amp;rufen</translation>
    </message>
    <message>
        <source>JWT deny-l&amp;ist on</source>
        <translation>&amp;JWT-Sperrliste an</translation>
    </message>
    <message>
        <source>The race&apos;s own server: on, it checks each JWT against the revoked sessions and the deny-list; off, a JWT is accepted until it expires, whatever happened to its session. Switch it during the race to see the difference.</source>
        <translation>Der eigene Server des Wettlaufs: An, prüft er jedes JWT gegen die widerrufenen Sitzungen und die Sperrliste; aus, wird ein JWT bis zu seinem Ablauf akzeptiert, was auch immer mit seiner Sitzung geschah. Schalten Sie während des Wettlaufs um, um den Unterschied zu sehen.</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Erneut starten</translation>
    </message>
    <message>
        <source>Two clients log in (one with a session cookie, one with a JWT) and call /api/me five times a second. Revoke both and watch what happens. The race has a test server and a scratch database of its own on 127.0.0.1: your database, users and audit log are not touched.</source>
        <translation>Zwei Clients melden sich an (einer mit Sitzungs-Cookie, einer mit JWT) und rufen fünfmal pro Sekunde /api/me auf. Widerrufen Sie beide und beobachten Sie, was passiert. Der Wettlauf hat einen eigenen Testserver und eine eigene Wegwerf-Datenbank auf 127.0.0.1: Ihre Datenbank, Benutzer und Ihr Prüfprotokoll bleiben unberührt.</translation>
    </message>
    <message>
        <source>Both clients are refused: the race stopped by itself and its scratch database is gone.</source>
        <translation>Beide Clients werden abgewiesen: Der Wettlauf hat von selbst angehalten, und seine Wegwerf-Datenbank ist gelöscht.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Switch the deny-list on to refuse the JWT now; the race stops once both are refused.</source>
        <translation>Schalten Sie die Sperrliste ein, um das JWT jetzt abzuweisen; der Wettlauf endet, sobald beide abgewiesen werden.</translation>
    </message>
</context>
<context>
    <name>authscope::RevocationView</name>
    <message>
        <source>Revocation window: timeline of requests</source>
        <translation>Widerrufsfenster: Zeitverlauf der Anfragen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Requests answered before the revocation</source>
        <translation>Vor dem Widerruf beantwortete Anfragen</translation>
    </message>
    <message>
        <source>Accepted after</source>
        <translation>Danach akzeptiert</translation>
    </message>
    <message>
        <source>Requests still answered 200 after the revocation</source>
        <translation>Anfragen, die nach dem Widerruf noch mit 200 beantwortet wurden</translation>
    </message>
    <message>
        <source>Refused after</source>
        <translation>Danach abgewiesen</translation>
    </message>
    <message>
        <source>Window (ms)</source>
        <translation>Fenster (ms)</translation>
    </message>
    <message>
        <source>From the revocation to the first refusal; 0: the very next request failed</source>
        <translation>Vom Widerruf bis zur ersten Abweisung; 0: Schon die nächste Anfrage schlug fehl</translation>
    </message>
    <message>
        <source>Token lifetime (ms)</source>
        <translation>Token-Lebensdauer (ms)</translation>
    </message>
    <message>
        <source>still accepted at the end</source>
        <translation>am Ende noch akzeptiert</translation>
    </message>
    <message>
        <source>No revocation-window run yet</source>
        <translation>Noch kein Lauf „Widerrufsfenster“</translation>
    </message>
    <message>
        <source>accepted (200)</source>
        <translation>akzeptiert (200)</translation>
    </message>
    <message>
        <source>refused (401)</source>
        <translation>abgelehnt (401)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>milliseconds since polling started</source>
        <translation>Millisekunden seit Beginn der Abfragen</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
</context>
<context>
    <name>authscope::RevokeDialog</name>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Suspicious activity</source>
        <translation>Verdächtige Aktivität</translation>
    </message>
    <message>
        <source>Device reported lost or stolen</source>
        <translation>Gerät als verloren oder gestohlen gemeldet</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>Wunsch des Benutzers</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Account offboarding</source>
        <translation>Ausscheiden des Kontos</translation>
    </message>
    <message>
        <source>Security policy change</source>
        <translation>Änderung der Sicherheitsrichtlinie</translation>
    </message>
    <message>
        <source>Why? (kept with the session and in the audit log)</source>
        <translation>Warum? (wird bei der Sitzung und im Prüfprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
</context>
<context>
    <name>authscope::RotationPolicyDialog</name>
    <message>
        <source>Rotation policy — %1</source>
        <translation>Rotationsrichtlinie – %1</translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>nur von Hand</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Publish the next key right after each rotation</source>
        <translation>Den nächsten Schlüssel direkt nach jeder Rotation veröffentlichen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Rotate every:</source>
        <translation>&amp;Rotieren alle:</translation>
    </message>
    <message>
        <source>Longest &amp;token lifetime:</source>
        <translation>Längste &amp;Token-Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;Leeway (clock skew):</source>
        <translation>Tol&amp;eranz (Uhrabweichung):</translation>
    </message>
    <message>
        <source>JWKS &amp;cache time:</source>
        <translation>JWKS-&amp;Cache-Dauer:</translation>
    </message>
    <message>
        <source>New keys use:</source>
        <translation>Neue Schlüssel verwenden:</translation>
    </message>
    <message>
        <source>A rotated-out key keeps verifying for the token lifetime plus the leeway, then retires. A scheduled rotation waits until the next key has been published for the JWKS cache time, so that no relying party meets an unknown key.</source>
        <translation>Ein herausrotierter Schlüssel verifiziert noch für die Token-Lebensdauer plus Toleranz und wird dann stillgelegt. Eine geplante Rotation wartet, bis der nächste Schlüssel für die JWKS-Cache-Dauer veröffentlicht war, damit keine vertrauende Partei auf einen unbekannten Schlüssel trifft.</translation>
    </message>
</context>
<context>
    <name>authscope::RotationTimeline</name>
    <message>
        <source>Rotation timeline</source>
        <translation>Rotationszeitplan</translation>
    </message>
    <message>
        <source>next (published)</source>
        <translation>nächster (veröffentlicht)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retiring (grace %1)</source>
        <translation>auslaufend (Frist %1)</translation>
    </message>
    <message>
        <source>grace after next rotation</source>
        <translation>Frist nach Rotation</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>next rotation</source>
        <translation>nächste Rotation</translation>
    </message>
    <message>
        <source>No keys yet: generate or import one</source>
        <translation>Noch keine Schlüssel: einen erzeugen oder importieren</translation>
    </message>
</context>
<context>
    <name>authscope::ScaleView</name>
    <message>
        <source>Scale: validations per second by table size</source>
        <translation>Skalierung: Validierungen pro Sekunde nach Tabellengröße</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Rows in the scratch session table</source>
        <translation>Zeilen in der Wegwerf-Sitzungstabelle</translation>
    </message>
    <message>
        <source>Validate/s (cache)</source>
        <translation>Valid./s (Cache)</translation>
    </message>
    <message>
        <source>Session validation with the cache warm</source>
        <translation>Sitzungsvalidierung mit warmem Cache</translation>
    </message>
    <message>
        <source>Validate/s (no cache)</source>
        <translation>Valid./s (ohne Cache)</translation>
    </message>
    <message>
        <source>Session validation reading SQLite every time</source>
        <translation>Sitzungsvalidierung, die jedes Mal SQLite liest</translation>
    </message>
    <message>
        <source>Raw lookup/s</source>
        <translation>Rohe Abfragen/s</translation>
    </message>
    <message>
        <source>Baseline: a bare SQLite primary-key lookup in the same table</source>
        <translation>Basislinie: eine reine SQLite-Primärschlüsselabfrage in derselben Tabelle</translation>
    </message>
    <message>
        <source>No cache ÷ raw</source>
        <translation>Ohne Cache ÷ roh</translation>
    </message>
    <message>
        <source>HS256 verify/s</source>
        <translation>HS256-Prüf./s</translation>
    </message>
    <message>
        <source>ES256 verify/s</source>
        <translation>ES256-Prüf./s</translation>
    </message>
    <message>
        <source>ES256 ÷ raw OpenSSL</source>
        <translation>ES256 ÷ rohes OpenSSL</translation>
    </message>
    <message>
        <source>JWT validation relative to a bare OpenSSL signature check</source>
        <translation>JWT-Validierung im Verhältnis zu einer reinen OpenSSL-Signaturprüfung</translation>
    </message>
    <message>
        <source>Seeding (ms)</source>
        <translation>Befüllen (ms)</translation>
    </message>
    <message>
        <source>How long filling the table took</source>
        <translation>Wie lange das Befüllen der Tabelle dauerte</translation>
    </message>
    <message>
        <source>No scale run yet</source>
        <translation>Noch kein Lauf „Skalierung“</translation>
    </message>
    <message>
        <source>raw SQLite lookup (baseline)</source>
        <translation>rohe SQLite-Abfrage (Basislinie)</translation>
    </message>
    <message>
        <source>session rows (log scale)</source>
        <translation>Sitzungszeilen (log. Skala)</translation>
    </message>
    <message>
        <source>checks per second (log)</source>
        <translation>Prüfungen pro Sekunde (log.)</translation>
    </message>
</context>
<context>
    <name>authscope::ServerPage</name>
    <message>
        <source>127.0.0.1 — this machine only (IPv4)</source>
        <translation>127.0.0.1 – nur dieser Rechner (IPv4)</translation>
    </message>
    <message>
        <source>::1 — this machine only (IPv6)</source>
        <translation>::1 – nur dieser Rechner (IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 — every network interface</source>
        <translation>0.0.0.0 – jede Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen-Adresse</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long an access token the server issues stays valid</source>
        <translation>Wie lange ein vom Server ausgestelltes Access-Token gültig bleibt</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Lebensdauer des Access-Tokens</translation>
    </message>
    <message>
        <source>Check the JWT &amp;deny-list</source>
        <translation>JWT-Sperrl&amp;iste prüfen</translation>
    </message>
    <message>
        <source>On: a logged-out or revoked JWT fails at once. Off: it stays valid until it expires, as with a stateless JWT.</source>
        <translation>An: Ein abgemeldetes oder widerrufenes JWT schlägt sofort fehl. Aus: Es bleibt bis zum Ablauf gültig, wie bei einem zustandslosen JWT.</translation>
    </message>
    <message>
        <source>With TLS the session cookie gets Secure and the __Host- prefix. Clients must accept the self-signed certificate (curl -k); its SHA-256 fingerprint is shown once it runs.</source>
        <translation>Mit TLS erhält das Sitzungs-Cookie Secure und das Präfix __Host-. Clients müssen das selbstsignierte Zertifikat akzeptieren (curl -k); sein SHA-256-Fingerabdruck wird angezeigt, sobald der Server läuft.</translation>
    </message>
    <message>
        <source>e.g. http://localhost:3000 (empty: no cross-origin calls)</source>
        <translation>z. B. http://localhost:3000 (leer: kein CORS)</translation>
    </message>
    <message>
        <source>Allowed cross-origin origin</source>
        <translation>Erlaubter Cross-Origin-Ursprung</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Adr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Token-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>&amp;CORS origin:</source>
        <translation>&amp;CORS-Origin:</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>curl commands</source>
        <translation>curl-Befehle</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Läuft nicht: %1</translation>
    </message>
    <message>
        <source>Test server listening on %1</source>
        <translation>Testserver lauscht auf %1</translation>
    </message>
    <message>
        <source>Test server stopped</source>
        <translation>Testserver gestoppt</translation>
    </message>
    <message>
        <source>No signing keys yet: JWT logins are off until you generate one on the Keys page.</source>
        <translation>Noch keine Signaturschlüssel: JWT-Anmeldungen sind aus, bis Sie auf der Seite „Schlüssel“ einen erzeugen.</translation>
    </message>
    <message>
        <source>Key store locked: the server answers cookie logins, but cannot sign JWTs.</source>
        <translation>Schlüsselspeicher gesperrt: Der Server beantwortet Cookie-Anmeldungen, kann aber keine JWTs signieren.</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>Server &amp;stoppen</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Stop the test server (Ctrl+R)</source>
        <translation>Den Testserver stoppen (Strg+R)</translation>
    </message>
    <message>
        <source>Start the test server (Ctrl+R)</source>
        <translation>Den Testserver starten (Strg+R)</translation>
    </message>
    <message>
        <source>Listening on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lauscht auf &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Zertifikat SHA-256: %1</translation>
    </message>
    <message>
        <source>Not running:</source>
        <translation>Läuft nicht:</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source># Start the server to get commands with its real address.</source>
        <translation># Starten Sie den Server, um Befehle mit seiner echten Adresse zu erhalten.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed certificate: session cookies are Secure and use the __Host- prefix.</source>
        <translation>HTTPS mit selbstsigniertem Zertifikat: Sitzungs-Cookies sind Secure und verwenden das Präfix __Host-.</translation>
    </message>
    <message>
        <source>Plain HTTP: browsers and Qt do not send cookies marked Secure to http://127.0.0.1, so session cookies here are issued without Secure. Tick HTTPS to test Secure cookies. Never put this server on a network.</source>
        <translation>Einfaches HTTP: Browser und Qt senden als Secure markierte Cookies nicht an http://127.0.0.1, daher werden Sitzungs-Cookies hier ohne Secure ausgegeben. HTTPS ankreuzen, um Secure-Cookies zu testen. Diesen Server nie in ein Netzwerk stellen.</translation>
    </message>
    <message>
        <source>⚠ Every network interface: other machines can reach this test server. </source>
        <translation>⚠ Jede Netzwerkschnittstelle: Andere Rechner können diesen Testserver erreichen. </translation>
    </message>
    <message>
        <source>%1 requests · %2 errors · %3 req/s</source>
        <translation>%1 Anfragen · %2 Fehler · %3 Anf./s</translation>
    </message>
    <message>
        <source>Test server</source>
        <translation>Testserver</translation>
    </message>
    <message>
        <source>Serve HTTPS (self-signed certificate made at start)</source>
        <translation>HTTPS anbieten (selbstsigniertes Zertifikat beim Start erzeugt)</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>Anhal&amp;ten</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>Lee&amp;ren</translation>
    </message>
    <message>
        <source>C&amp;opy all</source>
        <translation>Alles &amp;kopieren</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>Anfrageprot&amp;okoll</translation>
    </message>
    <message>
        <source>curl co&amp;mmands</source>
        <translation>curl-&amp;Befehle</translation>
    </message>
    <message>
        <source>Revocatio&amp;n race</source>
        <translation>Widerru&amp;fs-Wettlauf</translation>
    </message>
    <message>
        <source>Bac&amp;k-channel logout</source>
        <translation>Back-Channel-Lo&amp;gout</translation>
    </message>
</context>
<context>
    <name>authscope::SessionDetailsPane</name>
    <message>
        <source>Select a session to see its record, its JWTs and its audit trail.</source>
        <translation>Eine Sitzung wählen, um ihren Datensatz, ihre JWTs und ihre Prüfspur zu sehen.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Zuletzt gesehen:</translation>
    </message>
    <message>
        <source>Idle expiry:</source>
        <translation>Ablauf bei Inaktivität:</translation>
    </message>
    <message>
        <source>Absolute expiry:</source>
        <translation>Absoluter Ablauf:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP-Adresse:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Widerrufen:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent:</translation>
    </message>
    <message>
        <source>JWT ID (jti)</source>
        <translation>JWT-ID (jti)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>JWTs</source>
        <translation>JWTs</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfspur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions selected. Revoke them with the Revoke button or the Delete key.</source>
        <translation>
            <numerusform>%Ln Sitzung ausgewählt. Mit der Schaltfläche „Widerrufen“ oder der Entf-Taste widerrufen.</numerusform>
            <numerusform>%Ln Sitzungen ausgewählt. Mit der Schaltfläche „Widerrufen“ oder der Entf-Taste widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (Benutzer-ID %2)</translation>
    </message>
    <message>
        <source>%1 (idle timeout %2)</source>
        <translation>%1 (Inaktivitäts-Timeout %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(keiner gesendet)</translation>
    </message>
    <message>
        <source>JWT (bearer token with the session&apos;s sid)</source>
        <translation>JWT (Bearer-Token mit der sid der Sitzung)</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>%1 by %2 — %3</source>
        <translation>%1 von %2 – %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>JWTs (error)</source>
        <translation>JWTs (Fehler)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>JWTs (%1)</source>
        <translation>JWTs (%1)</translation>
    </message>
    <message>
        <source>Audit trail (error)</source>
        <translation>Prüfspur (Fehler)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Prüfspur (%1)</translation>
    </message>
    <message>
        <source>JWTs issued for this session</source>
        <translation>Für diese Sitzung ausgestellte JWTs</translation>
    </message>
    <message>
        <source>Audit trail of this session</source>
        <translation>Prüfspur dieser Sitzung</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Wider&amp;rufen…</translation>
    </message>
    <message>
        <source>Revoke this session, with a reason</source>
        <translation>Diese Sitzung mit einer Begründung widerrufen</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>Push this session&apos;s idle and absolute expiry further</source>
        <translation>Leerlauf- und absoluten Ablauf dieser Sitzung hinausschieben</translation>
    </message>
    <message>
        <source>By one hour</source>
        <translation>Um eine Stunde</translation>
    </message>
    <message>
        <source>By one day</source>
        <translation>Um einen Tag</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 durch %2</translation>
    </message>
</context>
<context>
    <name>authscope::SessionTableModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>in %Ln s</numerusform>
            <numerusform>in %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <translation>
            <numerusform>vor %Ln s</numerusform>
            <numerusform>vor %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln min</numerusform>
            <numerusform>in %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>vor %Ln min</numerusform>
            <numerusform>vor %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln h</source>
        <translation>
            <numerusform>in %Ln h</numerusform>
            <numerusform>in %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>vor %Ln h</numerusform>
            <numerusform>vor %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>widerrufen %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Revoked %1 by %2: %3</source>
        <translation>Widerrufen %1 von %2: %3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>Active until %1 at the latest</source>
        <translation>Aktiv bis spätestens %1</translation>
    </message>
    <message>
        <source>Idle expiry: %1
Absolute expiry: %2</source>
        <translation>Ablauf bei Inaktivität: %1
Absoluter Ablauf: %2</translation>
    </message>
    <message>
        <source>JWTs issued for the session that have neither expired nor been revoked</source>
        <translation>Für die Sitzung ausgestellte JWTs, die weder abgelaufen noch widerrufen sind</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Live JWTs</source>
        <translation>Gültige JWTs</translation>
    </message>
</context>
<context>
    <name>authscope::SessionsPage</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked today</source>
        <translation>Heute widerrufen</translation>
    </message>
    <message>
        <source>Expiring within an hour</source>
        <translation>Ablauf in &lt; 1 h</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;uto-Aktualisierung</translation>
    </message>
    <message>
        <source>Re-read the sessions every few seconds, keeping the selection</source>
        <translation>Die Sitzungen alle paar Sekunden neu lesen, die Auswahl bleibt erhalten</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Re-read the sessions now (F5)</source>
        <translation>Die Sitzungen jetzt neu lesen (F5)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected active sessions (Delete)</source>
        <translation>Die ausgewählten aktiven Sitzungen widerrufen (Entf)</translation>
    </message>
    <message>
        <source>Search: user name, IP or CIDR, ua:firefox, user:alice …</source>
        <translation>Suche: Benutzername, IP oder CIDR, ua:firefox, user:alice …</translation>
    </message>
    <message>
        <source>A bare word is the start of a user name, or an IP address, CIDR block (10.0.0.0/8) or prefix (10.2.). Fields: user:NAME ip:ADDRESS ua:TEXT state:active|expired|revoked method:cookie|jwt. Ctrl+F to get here.</source>
        <translation>Ein einzelnes Wort ist der Anfang eines Benutzernamens oder eine IP-Adresse, ein CIDR-Block (10.0.0.0/8) oder ein Präfix (10.2.). Felder: user:NAME ip:ADRESSE ua:TEXT state:active|expired|revoked method:cookie|jwt. Strg+F führt hierher.</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Sitzungen durchsuchen</translation>
    </message>
    <message>
        <source>Show active sessions</source>
        <translation>Aktive Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Show expired sessions</source>
        <translation>Abgelaufene Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Show revoked sessions</source>
        <translation>Widerrufene Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Show cookie sessions</source>
        <translation>Cookie-Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Show JWT sessions</source>
        <translation>JWT-Sitzungen anzeigen</translation>
    </message>
    <message>
        <source>Started within</source>
        <translation>Begonnen innerhalb</translation>
    </message>
    <message>
        <source>Started any time</source>
        <translation>Beginn: beliebig</translation>
    </message>
    <message>
        <source>Started in the last hour</source>
        <translation>Beginn: letzte Stunde</translation>
    </message>
    <message>
        <source>Started in the last 24 hours</source>
        <translation>Beginn: letzte 24 h</translation>
    </message>
    <message>
        <source>Started in the last 7 days</source>
        <translation>Beginn: letzte 7 Tage</translation>
    </message>
    <message>
        <source>Started in the last 30 days</source>
        <translation>Beginn: letzte 30 Tage</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Cannot read the sessions: %1</source>
        <translation>Die Sitzungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the sessions: %1</source>
        <translation>Die Sitzungen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>More than %1 sessions match; %2 loaded (scroll for more).</source>
        <translation>Mehr als %1 Sitzungen passen; %2 geladen (für weitere scrollen).</translation>
    </message>
    <message>
        <source>Select one or more active sessions to revoke.</source>
        <translation>Eine oder mehrere aktive Sitzungen zum Widerrufen auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other user(s)</source>
        <translation>
            <numerusform>%1 und %Ln weiterer Benutzer</numerusform>
            <numerusform>%1 und %Ln weitere Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln session(s) of %1?</source>
        <translation>
            <numerusform>%Ln Sitzung von %1 widerrufen?</numerusform>
            <numerusform>%Ln Sitzungen von %1 widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is refused on its very next request, in every process that uses this database, and the JWTs issued for it are deny-listed until they expire.</source>
        <translation>Jede wird bei ihrer nächsten Anfrage abgelehnt, in jedem Prozess, der diese Datenbank nutzt, und die für sie ausgestellten JWTs stehen bis zu ihrem Ablauf auf der Sperrliste.</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>Widerruf fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s).</source>
        <translation>
            <numerusform>%Ln Sitzung widerrufen.</numerusform>
            <numerusform>%Ln Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every session of %1?</source>
        <translation>Jede Sitzung von %1 widerrufen?</translation>
    </message>
    <message>
        <source>All of %1&apos;s active sessions end at once, every JWT issued to them until now is refused, and they have to log in again.</source>
        <translation>Alle aktiven Sitzungen von %1 enden sofort, jedes bisher dafür ausgestellte JWT wird abgelehnt, und eine neue Anmeldung ist nötig.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s) of %1.</source>
        <translation>
            <numerusform>%Ln Sitzung von %1 widerrufen.</numerusform>
            <numerusform>%Ln Sitzungen von %1 widerrufen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended %Ln session(s).</source>
        <translation>
            <numerusform>%Ln Sitzung verlängert.</numerusform>
            <numerusform>%Ln Sitzungen verlängert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all sessions of %1…</source>
        <translation>Alle Sitzungen von %1 widerrufen…</translation>
    </message>
    <message>
        <source>Extend by one hour</source>
        <translation>Um eine Stunde verlängern</translation>
    </message>
    <message>
        <source>Extend by one day</source>
        <translation>Um einen Tag verlängern</translation>
    </message>
    <message>
        <source>Show only sessions of %1</source>
        <translation>Nur Sitzungen von %1 anzeigen</translation>
    </message>
    <message>
        <source>Show only sessions from %1</source>
        <translation>Nur Sitzungen von %1 aus anzeigen</translation>
    </message>
    <message>
        <source>Copy session ID %1</source>
        <translation>Sitzungs-ID %1 kopieren</translation>
    </message>
    <message>
        <source>Delete revokes the selected sessions, after a confirmation</source>
        <translation>Entf widerruft die ausgewählten Sitzungen, nach einer Bestätigung</translation>
    </message>
    <message>
        <source>Count &amp;exactly</source>
        <translation>&amp;Genau zählen</translation>
    </message>
    <message>
        <source>Count every matching session, however many there are</source>
        <translation>Jede passende Sitzung zählen, wie viele es auch sind</translation>
    </message>
    <message>
        <source>✘ The search cannot be read: %1</source>
        <translation>✘ Die Suche kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No results: correct the search above.</source>
        <translation>Keine Ergebnisse: Korrigieren Sie die Suche oben.</translation>
    </message>
    <message>
        <source>%1 session(s) match; %2 loaded.</source>
        <translation>%1 Sitzung(en) passen; %2 geladen.</translation>
    </message>
</context>
<context>
    <name>authscope::StolenView</name>
    <message>
        <source>Stolen credential: how long each copy worked after the logout</source>
        <translation>Gestohlene Zugangsdaten: Wie lange jede Kopie nach der Abmeldung funktionierte</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ akzeptiert</translation>
    </message>
    <message>
        <source>✘ refused: %1</source>
        <translation>✘ abgewiesen: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ still accepted after %1 s (%Ln replays)</source>
        <translation>
            <numerusform>✔ nach %1 s noch akzeptiert (%Ln Wiederholung)</numerusform>
            <numerusform>✔ nach %1 s noch akzeptiert (%Ln Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ refused at once: %1</source>
        <translation>✘ sofort abgewiesen: %1</translation>
    </message>
    <message>
        <source>✔ accepted for %1 ms, then ✘ refused: %2</source>
        <translation>✔ %1 ms lang akzeptiert, dann ✘ abgewiesen: %2</translation>
    </message>
    <message>
        <source>Stolen credential</source>
        <translation>Gestohlene Zugangsdaten</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Geprüft von</translation>
    </message>
    <message>
        <source>The server the thief sent the copy to</source>
        <translation>Der Server, an den der Dieb die Kopie geschickt hat</translation>
    </message>
    <message>
        <source>Copy replayed</source>
        <translation>Kopie abgespielt</translation>
    </message>
    <message>
        <source>Replayed by another client while the victim was still signed in</source>
        <translation>Von einem anderen Client abgespielt, während das Opfer noch angemeldet war</translation>
    </message>
    <message>
        <source>After logout</source>
        <translation>Nach der Abmeldung</translation>
    </message>
    <message>
        <source>After the victim&apos;s logout; the provider tells nobody else of it</source>
        <translation>Nach der Abmeldung des Opfers; der Anbieter sagt es niemandem sonst</translation>
    </message>
    <message>
        <source>After logout, back-channel</source>
        <translation>Nach der Abmeldung, Back-Channel</translation>
    </message>
    <message>
        <source>After the victim&apos;s logout, with back-channel logout: the provider sends the relying party a signed logout notice (OpenID Connect Back-Channel Logout)</source>
        <translation>Nach der Abmeldung des Opfers, mit Back-Channel-Logout: Der Anbieter schickt der vertrauenden Partei eine signierte Abmeldemitteilung (OpenID Connect Back-Channel Logout)</translation>
    </message>
    <message>
        <source>an API</source>
        <translation>eine API</translation>
    </message>
    <message>
        <source>the relying party</source>
        <translation>die vertrauende Partei</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <source>No stolen-credential run yet</source>
        <translation>Noch kein Lauf zu gestohlenen Zugangsdaten</translation>
    </message>
    <message>
        <source>after logout</source>
        <translation>nach der Abmeldung</translation>
    </message>
    <message>
        <source>after logout, back-channel logout</source>
        <translation>nach der Abmeldung, Back-Channel-Logout</translation>
    </message>
    <message>
        <source>ms still accepted after the logout (full width: to the end)</source>
        <translation>ms akzeptiert nach Abmeldung (volle Breite: bis zum Ende)</translation>
    </message>
</context>
<context>
    <name>authscope::TokenEditor</name>
    <message>
        <source>Paste a token here (JWT, JWS or JWE in compact form), or drop a token file or a key file. It is decoded as you type; nothing is sent anywhere.</source>
        <translation>Hier ein Token einfügen (JWT, JWS oder JWE in kompakter Form) oder eine Token- bzw. Schlüsseldatei ablegen. Es wird beim Tippen dekodiert; nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Kodiertes Token</translation>
    </message>
</context>
<context>
    <name>authscope::TokenHistoryModel</name>
    <message>
        <source>%1 (JWE)</source>
        <translation>%1 (JWE)</translation>
    </message>
    <message>
        <source>never (no exp)</source>
        <translation>nie (kein exp)</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Zuerst gesehen %1, zuletzt gesehen %2</translation>
    </message>
    <message>
        <source>Your note for this token; double-click or F2 to edit</source>
        <translation>Ihre Notiz zu diesem Token; Doppelklick oder F2 zum Bearbeiten</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>🔑 %1</source>
        <translation>🔑 %1</translation>
    </message>
    <message>
        <source>The usable token is kept (until it expires); open to inspect</source>
        <translation>Das verwendbare Token wird aufbewahrt (bis es abläuft); zum Untersuchen öffnen</translation>
    </message>
    <message>
        <source>Claims only, without the signature; open to inspect</source>
        <translation>Nur Claims, ohne die Signatur; zum Untersuchen öffnen</translation>
    </message>
</context>
<context>
    <name>authscope::TokenTabs</name>
    <message>
        <source>&amp;Decoded</source>
        <translation>De&amp;kodiert</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>Clai&amp;ms</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>Ver&amp;ifizieren</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>De&amp;crypt</source>
        <translation>En&amp;tschlüsseln</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; re-sign</source>
        <translation>Ne&amp;u signieren</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Check a DPoP proof (RFC 9449) against a request and this token</source>
        <translation>Einen DPoP-Nachweis (RFC 9449) gegen eine Anfrage und dieses Token prüfen</translation>
    </message>
    <message>
        <source>Decrypt an encrypted token (JWE) with its key</source>
        <translation>Ein verschlüsseltes Token (JWE) mit seinem Schlüssel entschlüsseln</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>the audit log could not record the signing (%1)</source>
        <translation>das Prüfprotokoll konnte die Signierung nicht vermerken (%1)</translation>
    </message>
    <message>
        <source>New token signed with %1</source>
        <translation>Neues Token mit %1 signiert</translation>
    </message>
    <message>
        <source>C&amp;laims (%1)</source>
        <translation>Clai&amp;ms (%1)</translation>
    </message>
    <message>
        <source>Signature not verified yet: choose a key on the Verify tab.</source>
        <translation>Signatur noch nicht verifiziert: Wählen Sie im Tab Verifizieren einen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>authscope::TokensPage</name>
    <message>
        <source>&amp;Token:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Read a token or a key file (a key goes to Verify)</source>
        <translation>Ein Token oder eine Schlüsseldatei lesen (ein Schlüssel geht an „Verifizieren“)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Replace the token with the clipboard&apos;s text</source>
        <translation>Das Token durch den Text der Zwischenablage ersetzen</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Expiry countdown</source>
        <translation>Ablauf-Countdown</translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation>Heade&amp;r</translation>
    </message>
    <message>
        <source>Pa&amp;yload</source>
        <translation>&amp;Nutzdaten</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnatur</translation>
    </message>
    <message>
        <source>Whole token</source>
        <translation>Ganzes Token</translation>
    </message>
    <message>
        <source>Copy this part to the clipboard as it appears in the token (base64url)</source>
        <translation>Diesen Teil so in die Zwischenablage kopieren, wie er im Token steht (base64url)</translation>
    </message>
    <message>
        <source>Copy the whole token to the clipboard (Ctrl+Shift+C)</source>
        <translation>Das ganze Token in die Zwischenablage kopieren (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Kopieren:</translation>
    </message>
    <message>
        <source>Warnings (RFC 8725, before verifying)</source>
        <translation>Warnungen (RFC 8725, vor der Verifizierung)</translation>
    </message>
    <message numerus="yes">
        <source>Not pasted: the clipboard holds %Ln character(s), far more than any token (at most 16 KiB).</source>
        <translation>
            <numerusform>Nicht eingefügt: Die Zwischenablage enthält %Ln Zeichen, weit mehr als jedes Token (höchstens 16 KiB).</numerusform>
            <numerusform>Nicht eingefügt: Die Zwischenablage enthält %Ln Zeichen, weit mehr als jedes Token (höchstens 16 KiB).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>(a &quot;Bearer&quot; prefix, quotes or line breaks around and inside it were ignored)</source>
        <translation>(ein Präfix „Bearer“, Anführungszeichen oder Zeilenumbrüche um und im Token wurden ignoriert)</translation>
    </message>
    <message>
        <source>No token yet. Paste one above (Ctrl+V), drop a file, or pick one from the History tab.</source>
        <translation>Noch kein Token. Fügen Sie oben eines ein (Strg+V), legen Sie eine Datei ab oder wählen Sie eines im Reiter „Verlauf“.</translation>
    </message>
    <message>
        <source>✘ This is %1 bytes; tokens are read up to %2 KiB (%3 bytes). Larger input is refused before any decoding: no real access token is this big. (%4)</source>
        <translation>✘ Das sind %1 Bytes; Tokens werden bis %2 KiB (%3 Bytes) gelesen. Größere Eingaben werden vor jeder Dekodierung abgelehnt: Kein echtes Access-Token ist so groß. (%4)</translation>
    </message>
    <message>
        <source>✘ Cannot decode: %1 (%2)</source>
        <translation>✘ Dekodieren nicht möglich: %1 (%2)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>JWE (encrypted)</source>
        <translation>JWE (verschlüsselt)</translation>
    </message>
    <message>
        <source>alg %1, enc %2</source>
        <translation>alg %1, enc %2</translation>
    </message>
    <message>
        <source>JWT (signed)</source>
        <translation>JWT (signiert)</translation>
    </message>
    <message>
        <source>JWS (signed)</source>
        <translation>JWS (signiert)</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>kein alg</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid „%1“</translation>
    </message>
    <message>
        <source>typ %1</source>
        <translation>typ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry: the token never expires (exp missing)</source>
        <translation>Kein Ablauf: Das Token läuft nie ab (exp fehlt)</translation>
    </message>
    <message>
        <source>Header part</source>
        <translation>Header-Teil</translation>
    </message>
    <message>
        <source>Payload part</source>
        <translation>Nutzdaten-Teil</translation>
    </message>
    <message>
        <source>Signature part</source>
        <translation>Signatur-Teil</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to hold a token or a key (%2 bytes)</source>
        <translation>%1 ist zu groß für ein Token oder einen Schlüssel (%2 Bytes)</translation>
    </message>
    <message>
        <source>Key file %1 loaded for verification</source>
        <translation>Schlüsseldatei %1 zur Verifizierung geladen</translation>
    </message>
    <message>
        <source>%1 loaded as a raw HMAC secret for verification</source>
        <translation>%1 als rohes HMAC-Secret zur Verifizierung geladen</translation>
    </message>
    <message>
        <source>Token read from %1</source>
        <translation>Token aus %1 gelesen</translation>
    </message>
    <message>
        <source>Open a token or key file</source>
        <translation>Token- oder Schlüsseldatei öffnen</translation>
    </message>
    <message>
        <source>Tokens and keys (*.jwt *.jws *.jwe *.txt *.token *.pem *.jwk *.json *.jwks *.crt);;All files (*)</source>
        <translation>Tokens und Schlüssel (*.jwt *.jws *.jwe *.txt *.token *.pem *.jwk *.json *.jwks *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The clipboard holds far more than a token: not pasted</source>
        <translation>Die Zwischenablage enthält weit mehr als ein Token: nicht eingefügt</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Copy the header</source>
        <translation>Den Header kopieren</translation>
    </message>
    <message>
        <source>Copy the payload</source>
        <translation>Die Nutzdaten kopieren</translation>
    </message>
    <message>
        <source>Copy the signature</source>
        <translation>Die Signatur kopieren</translation>
    </message>
    <message>
        <source>Copy the whole token</source>
        <translation>Das ganze Token kopieren</translation>
    </message>
    <message>
        <source>(no signature part: decoded only, it cannot verify)</source>
        <translation>(kein Signaturteil: nur dekodiert, kann nicht verifiziert werden)</translation>
    </message>
    <message>
        <source>Key file %1 loaded for decryption</source>
        <translation>Schlüsseldatei %1 zum Entschlüsseln geladen</translation>
    </message>
</context>
<context>
    <name>authscope::VerifyKeySource</name>
    <message>
        <source>Verify with</source>
        <translation>Verifizieren mit</translation>
    </message>
    <message>
        <source>A key I give (file, pasted key, secret)</source>
        <translation>Ein eigener Schlüssel (Datei, eingefügt, Geheimnis)</translation>
    </message>
    <message>
        <source>This database&apos;s keys (JWKS)</source>
        <translation>Die Schlüssel dieser Datenbank (JWKS)</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys</source>
        <translation>Die Schlüssel des Ausstellers</translation>
    </message>
    <message>
        <source>Use the issuer&apos;s keys</source>
        <translation>Die Schlüssel des Ausstellers verwenden</translation>
    </message>
    <message>
        <source>Verify with the keys stored for this saved issuer, and require its iss</source>
        <translation>Mit den für diesen gespeicherten Aussteller abgelegten Schlüsseln verifizieren und sein iss verlangen</translation>
    </message>
    <message>
        <source>Verify with:</source>
        <translation>Verifizieren mit:</translation>
    </message>
    <message>
        <source>this database&apos;s keys</source>
        <translation>die Schlüssel dieser Datenbank</translation>
    </message>
    <message>
        <source>the keys of issuer %1</source>
        <translation>die Schlüssel des Ausstellers %1</translation>
    </message>
    <message>
        <source>the issuer&apos;s keys</source>
        <translation>die Schlüssel des Ausstellers</translation>
    </message>
    <message>
        <source>the key you gave</source>
        <translation>der angegebene Schlüssel</translation>
    </message>
    <message>
        <source>Use the keys of issuer %1</source>
        <translation>Die Schlüssel des Ausstellers %1 verwenden</translation>
    </message>
    <message>
        <source>The token&apos;s issuer %1 is not saved. Add it on the Issuers page to verify with its published keys.</source>
        <translation>Der Aussteller %1 des Tokens ist nicht gespeichert. Fügen Sie ihn auf der Seite Aussteller hinzu, um mit seinen veröffentlichten Schlüsseln zu verifizieren.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <source>This database publishes no keys yet (Keys page).</source>
        <translation>Diese Datenbank veröffentlicht noch keine Schlüssel (Seite Schlüssel).</translation>
    </message>
    <message>
        <source>The token&apos;s iss names no saved issuer with stored keys (Issuers page).</source>
        <translation>Das iss des Tokens nennt keinen gespeicherten Aussteller mit abgelegten Schlüsseln (Seite Aussteller).</translation>
    </message>
    <message numerus="yes">
        <source>%n published key(s)</source>
        <translation>
            <numerusform>%n veröffentlichter Schlüssel</numerusform>
            <numerusform>%n veröffentlichte Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer&apos;s keys: %1</source>
        <translation>Die Schlüssel des Ausstellers: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys (no saved issuer for this iss)</source>
        <translation>Die Schlüssel des Ausstellers (kein gespeicherter Aussteller für dieses iss)</translation>
    </message>
</context>
<context>
    <name>authscope::VerifyPanel</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verifizieren</translation>
    </message>
    <message>
        <source>Check the signature and the claims (Ctrl+Return)</source>
        <translation>Signatur und Claims prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Verify as I type</source>
        <translation>Beim Tippen verifizieren</translation>
    </message>
    <message>
        <source>Verify again whenever the token, the key or the policy changes</source>
        <translation>Erneut verifizieren, sobald sich Token, Schlüssel oder Richtlinie ändern</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Paste a token, then choose a key to verify it.</source>
        <translation>Ein Token einfügen und dann einen Schlüssel zum Verifizieren wählen.</translation>
    </message>
    <message>
        <source>The token changed: verify again (Ctrl+Return).</source>
        <translation>Das Token hat sich geändert: erneut verifizieren (Strg+Eingabe).</translation>
    </message>
    <message>
        <source>Choose a key to verify the signature: a key file, a pasted PEM, JWK or JWK Set, or an HMAC secret.</source>
        <translation>Einen Schlüssel zum Prüfen der Signatur wählen: eine Schlüsseldatei, ein eingefügtes PEM, JWK oder JWK Set oder ein HMAC-Secret.</translation>
    </message>
    <message>
        <source>The key cannot be used: %1</source>
        <translation>Der Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>dem Schlüssel</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;</source>
        <translation>Schlüssel „%1“</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (Stand %1)</translation>
    </message>
    <message>
        <source>Signature verified with %1 using %2</source>
        <translation>Signatur mit %1 per %2 verifiziert</translation>
    </message>
    <message>
        <source>Not expired: %1 (exp %2)</source>
        <translation>Nicht abgelaufen: %1 (exp %2)</translation>
    </message>
    <message>
        <source>Already valid: nbf %1</source>
        <translation>Bereits gültig: nbf %1</translation>
    </message>
    <message>
        <source>Issuer is &apos;%1&apos;, as required</source>
        <translation>Aussteller ist „%1“, wie gefordert</translation>
    </message>
    <message>
        <source>Audience includes &apos;%1&apos;, as required</source>
        <translation>Zielgruppe enthält „%1“, wie gefordert</translation>
    </message>
    <message>
        <source>Issuer not checked: set one in the policy to pin who may issue tokens</source>
        <translation>Aussteller nicht geprüft: Legen Sie in der Richtlinie einen fest, um zu bestimmen, wer Tokens ausstellen darf</translation>
    </message>
    <message>
        <source>Claims not checked: signature only (plain JWS)</source>
        <translation>Claims nicht geprüft: nur Signatur (einfaches JWS)</translation>
    </message>
    <message>
        <source>Token type (typ) not checked</source>
        <translation>Tokentyp (typ) nicht geprüft</translation>
    </message>
    <message>
        <source>✔ Signature verified with %1 (%2); claims not checked%3</source>
        <translation>✔ Signatur mit %1 (%2) verifiziert; Claims nicht geprüft%3</translation>
    </message>
    <message>
        <source>✘ Invalid: %1%2</source>
        <translation>✘ Ungültig: %1%2</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>Signatur stimmt nicht überein</translation>
    </message>
    <message>
        <source>unknown kid</source>
        <translation>unbekannte kid</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>issued in the future</source>
        <translation>in der Zukunft ausgestellt</translation>
    </message>
    <message>
        <source>unsigned (alg: none)</source>
        <translation>unsigniert (alg: none)</translation>
    </message>
    <message>
        <source>algorithm not allowed</source>
        <translation>Algorithmus nicht erlaubt</translation>
    </message>
    <message>
        <source>unsupported algorithm</source>
        <translation>Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>wrong key type</source>
        <translation>falscher Schlüsseltyp</translation>
    </message>
    <message>
        <source>key too small</source>
        <translation>Schlüssel zu klein</translation>
    </message>
    <message>
        <source>key not usable</source>
        <translation>Schlüssel nicht verwendbar</translation>
    </message>
    <message>
        <source>malformed signature</source>
        <translation>fehlerhafte Signatur</translation>
    </message>
    <message>
        <source>claim missing</source>
        <translation>Claim fehlt</translation>
    </message>
    <message>
        <source>claim of the wrong type</source>
        <translation>Claim vom falschen Typ</translation>
    </message>
    <message>
        <source>wrong issuer</source>
        <translation>falscher Aussteller</translation>
    </message>
    <message>
        <source>wrong audience</source>
        <translation>falsche Zielgruppe</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>critical header not understood</source>
        <translation>kritischer Header nicht verstanden</translation>
    </message>
    <message>
        <source>unencoded payload</source>
        <translation>unkodierte Nutzdaten</translation>
    </message>
    <message>
        <source>not a JWT</source>
        <translation>kein JWT</translation>
    </message>
    <message>
        <source>unusable policy</source>
        <translation>unbrauchbare Richtlinie</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>duplicate member</source>
        <translation>doppeltes Element</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) ✔</source>
        <translation>
            <numerusform>%n Schlüssel ✔</numerusform>
            <numerusform>%n Schlüssel ✔</numerusform>
        </translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>noch kein Schlüssel</translation>
    </message>
    <message>
        <source>RFC 9068 access token</source>
        <translation>RFC-9068-Zugriffstoken</translation>
    </message>
    <message>
        <source>aud not checked</source>
        <translation>aud nicht geprüft</translation>
    </message>
    <message>
        <source>aud %1</source>
        <translation>aud %1</translation>
    </message>
    <message>
        <source>iss not checked</source>
        <translation>iss nicht geprüft</translation>
    </message>
    <message>
        <source>iss %1</source>
        <translation>iss %1</translation>
    </message>
    <message numerus="yes">
        <source>%n algorithm(s) allowed</source>
        <translation>
            <numerusform>%n Algorithmus erlaubt</numerusform>
            <numerusform>%n Algorithmen erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>An encrypted token (JWE) has no signature to verify: decrypt it on the Decrypt tab, then verify the signed token inside here.</source>
        <translation>Ein verschlüsseltes Token (JWE) hat keine Signatur zum Verifizieren: Entschlüsseln Sie es im Tab Entschlüsseln und verifizieren Sie dann hier das signierte Token darin.</translation>
    </message>
    <message>
        <source>RFC 9068 §4: a resource server must check aud; type the audience it answers to in the policy</source>
        <translation>RFC 9068 §4: Ein Ressourcenserver muss aud prüfen; geben Sie in der Richtlinie die Zielgruppe ein, für die er antwortet</translation>
    </message>
    <message>
        <source>✘ Signature not checked: the token cannot be read</source>
        <translation>✘ Signatur nicht geprüft: Das Token kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>✘ Signature: %1</source>
        <translation>✘ Signatur: %1</translation>
    </message>
    <message>
        <source>✔ Signature verified: %1, %2 (%3)</source>
        <translation>✔ Signatur verifiziert: %1, %2 (%3)</translation>
    </message>
    <message>
        <source> — not checked: %1</source>
        <translation> – nicht geprüft: %1</translation>
    </message>
    <message>
        <source>✔ Valid: signature verified with %1 (%2) and every configured check passed%3%4</source>
        <translation>✔ Gültig: Signatur mit %1 (%2) verifiziert und jede konfigurierte Prüfung bestanden%3%4</translation>
    </message>
    <message>
        <source>✔ Valid RFC 9068 access token: signature verified with %1 (%2), typ and the required claims present%3%4</source>
        <translation>✔ Gültiges RFC-9068-Zugriffstoken: Signatur mit %1 (%2) verifiziert, typ und die verlangten Claims vorhanden%3%4</translation>
    </message>
    <message>
        <source>✘ Invalid as an RFC 9068 access token: %1%2</source>
        <translation>✘ Ungültig als RFC-9068-Zugriffstoken: %1%2</translation>
    </message>
    <message>
        <source>Audience not checked: the token is for &apos;%1&apos;; require it, or type the audience this verifier speaks for</source>
        <translation>Zielgruppe nicht geprüft: Das Token ist für „%1“; verlangen Sie sie oder geben Sie die Zielgruppe ein, für die dieser Verifizierer spricht</translation>
    </message>
    <message>
        <source>Issuer not checked: the token says &apos;%1&apos;</source>
        <translation>Aussteller nicht geprüft: Das Token sagt „%1“</translation>
    </message>
    <message>
        <source>Require the token&apos;s aud</source>
        <translation>aud des Tokens verlangen</translation>
    </message>
    <message>
        <source>Require the token&apos;s iss</source>
        <translation>iss des Tokens verlangen</translation>
    </message>
    <message>
        <source>audience &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zielgruppe &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>issuer &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aussteller &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ Not checked, the policy does not name them:</source>
        <translation>⚠ Nicht geprüft, die Richtlinie nennt sie nicht:</translation>
    </message>
    <message>
        <source>audience not checked</source>
        <translation>Zielgruppe nicht geprüft</translation>
    </message>
</context>
<context>
    <name>authscope::WarningList</name>
    <message>
        <source>Security warnings</source>
        <translation>Sicherheitswarnungen</translation>
    </message>
    <message>
        <source>Unsigned token (alg: none)</source>
        <translation>Unsigniertes Token (alg: none)</translation>
    </message>
    <message>
        <source>No algorithm</source>
        <translation>Kein Algorithmus</translation>
    </message>
    <message>
        <source>Unknown algorithm</source>
        <translation>Unbekannter Algorithmus</translation>
    </message>
    <message>
        <source>HMAC with a public key (key confusion)</source>
        <translation>HMAC mit einem öffentlichen Schlüssel (Schlüsselverwechslung)</translation>
    </message>
    <message>
        <source>The token names its own key</source>
        <translation>Das Token nennt seinen eigenen Schlüssel</translation>
    </message>
    <message>
        <source>Unencoded payload (b64)</source>
        <translation>Unkodierte Nutzdaten (b64)</translation>
    </message>
    <message>
        <source>Not a JWT</source>
        <translation>Kein JWT</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Long lifetime</source>
        <translation>Lange Lebensdauer</translation>
    </message>
    <message>
        <source>Sensitive data readable by anyone</source>
        <translation>Sensible Daten für jeden lesbar</translation>
    </message>
    <message>
        <source>Encrypted token (JWE)</source>
        <translation>Verschlüsseltes Token (JWE)</translation>
    </message>
    <message>
        <source>No RFC 8725 findings: nothing in this token looks unsafe before verification.</source>
        <translation>Keine Befunde nach RFC 8725: Nichts an diesem Token wirkt vor der Verifizierung unsicher.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only its protected header can be read without the key: decrypt it on the Decrypt tab to see the payload.</source>
        <translation>Ohne den Schlüssel ist nur sein geschützter Header lesbar: Entschlüsseln Sie es im Tab Entschlüsseln, um die Nutzdaten zu sehen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Für %1 wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>The profile %1 could not be opened: %2

AuthScope opens the default database instead.</source>
        <translation>Das Profil %1 konnte nicht geöffnet werden: %2

AuthScope öffnet stattdessen die Standarddatenbank.</translation>
    </message>
</context>
</TS>
