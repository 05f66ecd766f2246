<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>CurlCommands</name>
    <message>
        <source>Is the server up?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in with a session cookie (kept in cookies.txt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who am I, with the cookie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in for a JWT (keep access_token in $TOKEN)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who am I, with the bearer token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Swap a refresh token for new tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log out (cookie session)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The public signing keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discovery document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Is this token active? (RFC 7662)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke a token (RFC 7009)</source>
        <translation type="unfinished" />
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
    <name>authscope::ClaimCatalog</name>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who issued and signed the token. A verifier compares it exactly with the issuer it trusts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whom the token is about, usually a user or client ID, unique within the issuer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recipients the token is meant for (a string or an array). A recipient that does not find itself here must reject the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiration Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this moment on the token must not be accepted (a NumericDate: seconds since 1970-01-01 UTC).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not Before</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before this moment the token must not be accepted (a NumericDate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued At</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the token was issued (a NumericDate); tells its age.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A unique identifier of this token: lets a server refuse replays and revoke one token (deny-list by issuer and jti).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OAuth 2.0 scopes granted, separated by spaces.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The OAuth 2.0 client the token was issued to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>The party acting on behalf of the subject (delegation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorized Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who may act on behalf of the subject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key the presenter must prove to hold (proof of possession).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorized Party</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client the ID token was issued to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A value from the authentication request, bound to the ID token to stop replays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the user last authenticated (a NumericDate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication Context Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How strongly the user was authenticated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The methods used to authenticate (pwd, otp, mfa…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The identity provider's session the token belongs to (used for logout).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access Token Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code Hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Half of a hash that binds the ID token to the access token or code issued with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated At</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the user's profile was last changed (a NumericDate).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Standard user claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile information about the user; readable by anyone who holds the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authorization attribute</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles, groups or entitlements of the subject, used for access decisions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The events a Security Event Token reports.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The algorithm the token says it was signed with. A safe verifier pins the algorithm itself and only checks that this one is allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWK Set URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A URL of keys named by the token itself: never trust it to choose the verification key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON Web Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key embedded by the token itself: never trust it to verify the same token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names the key that signed the token; a verifier looks it up by exact match in its own keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X.509 URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A URL of a certificate chain named by the token itself: never a source of trust.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X.509 Certificate Chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificates embedded in the token: only trustworthy after validating the chain against your own roots.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X.509 SHA-1 Thumbprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names the signing certificate by its SHA-1 hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X.509 SHA-256 Thumbprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names the signing certificate by its SHA-256 hash.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The media type of the whole token ("JWT", "at+jwt"…): lets a verifier refuse a token of another kind.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The media type of the payload ("JWT" for a nested token).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header extensions the verifier must understand, or else reject the token.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base64url-Encode Payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>false means the payload is sent unencoded (never allowed in a JWT).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encryption Algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The content encryption of a JWE (A256GCM…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payload was compressed before encryption (DEF).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ephemeral Public Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sender's one-time key for ECDH key agreement.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreement PartyUInfo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreement PartyVInfo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information about the parties, mixed into the ECDH key derivation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initialization Vector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication Tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A parameter of AES-GCM key wrapping.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PBES2 Salt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PBES2 Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A parameter of password-based key wrapping.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::ClaimsTableModel</name>
    <message>
        <source>%1: a header parameter not registered by the JOSE specifications; its meaning is up to the issuer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a private claim, not registered; its meaning is up to the issuer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)
%3
Defined in %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This claim looks sensitive: a JWT payload is only encoded, not encrypted, so anyone who holds the token can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A NumericDate must be a number of seconds since 1970-01-01 UTC, between 0 and year 9999.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a valid NumericDate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relative to now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::DecodedPanel</name>
    <message>
        <source>This is an encrypted token (JWE, five parts). Decryption is not supported yet: only its protected header is shown, and it cannot be verified or re-signed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoded header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decoded payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the decoded header JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the decoded payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header: algorithm and token type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload: data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted: decryption is not supported yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payload of a JWE is encrypted (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A JWE has no signature: its integrity comes from the authentication tag.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The payload is not a JSON object or array: shown as text (a plain JWS, not a JWT).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The payload is binary (%n byte(s)): shown in hex.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Empty: the token is not signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes: r‖s for %2, as JWS requires (not DER)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes, but %2 needs exactly %3 (r‖s): this signature cannot be valid</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s), %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>base64url: %1
hex: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::GenerateKeyDialog</name>
    <message>
        <source>Generate a signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next — published now, signs from the next rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active — signs at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private key is encrypted with the key store passphrase before it is written. RSA keys take a moment to generate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::HistoryPanel</name>
    <message>
        <source>Re&amp;member inspected tokens in this database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remembered tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspect the selected token (Enter or double-click)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the selected token (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear all…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete every remembered token from the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token history: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remember the token: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not remove the token: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token removed from the history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear token history</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete all %n remembered token(s) from this database?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not clear the history: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %n remembered token(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Could not change the setting: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop remembering tokens</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>New tokens will not be stored any more. Also delete the %n token(s) already remembered?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Tokens are bearer credentials: whoever holds one can use it until it expires. While this is on, each token you inspect is kept in %1 (the newest %2). Keys, HMAC secrets and passphrases are never stored. Turn it off to store nothing; Clear all deletes what is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not remembering: the tokens you inspect are not written to %1. Entries kept earlier stay until you remove them.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::KeyActionDialog</name>
    <message>
        <source>New %1 key &lt;tt&gt;%2&lt;/tt&gt; (%3) becomes %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;tt&gt;%1&lt;/tt&gt;: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> — verifies until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWKS publishes &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWKS drops &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The published JWKS keeps the same keys.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Still-valid tokens will fail:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I understand that tokens which are still valid will fail verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why is the key revoked? (recorded in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What relying parties will fetch from the JWKS (+ added, − removed):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWKS before and after</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::KeyInputWidget</name>
    <message>
        <source>EC P-256 (ES256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EC P-384 (ES384)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>EC P-521 (ES512)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA 2048 bits (RS*/PS*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA 3072 bits (RS*/PS*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA 4096 bits (RS*/PS*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ed25519 (EdDSA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ed448 (EdDSA)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HMAC secret, 256 bits (HS256)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HMAC secret, 384 bits (HS384)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HMAC secret, 512 bits (HS512)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a throwaway key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pasted PEM, JWK or JWK Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HMAC secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path of a JWK, JWK Set, PEM key or certificate, or raw secret file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file holds raw HMAC secret bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Like authscope-cli --secret-file: every byte of the file is the secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a PEM public key, private key or certificate, a JWK, or a JWK Set ({"keys":[…]}: the token's kid picks the key).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared HMAC secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secret encoding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Base64url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type of key to generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate ne&amp;w key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fresh key from the system's random generator, held only in memory. Copy it if you need it later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for an encrypted PEM private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key to sign with</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy public JWK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the public half as a JWK (safe to share)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy private JWK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the whole key, private part included, to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key file chosen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key pasted yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No secret entered yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating a key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No key generated yet: Generate makes one (Sign does too).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hex needs an even number of digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a hex digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not valid base64 (A–Z, a–z, 0–9, + and /).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not valid base64url (A–Z, a–z, 0–9, - and _).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 bytes: a key file is at most 1 MiB, so this is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ Could not generate the key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 public key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HMAC secret of %1 bits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kid '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no usable algorithm (too short for any HMAC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no kid)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✔ JWK Set with %n key(s): %1</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;All files (*)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::KeyTableModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retiring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rotates in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rotation due now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signs (HMAC; never published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signs; rotation by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signs from the rotation in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>published; signs from the next rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retires in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retired %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1 ago: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kid %1
%2, %3
created %4
activated %5
stopped signing %6
retire after %7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>public key only: verifies, never signs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happens next</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::KeysPage</name>
    <message>
        <source>&amp;Generate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a new signing key (Ctrl+G)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a key from a PEM, JWK or JWKS file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next key signs from now on; the active key verifies until its tokens expire (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate &amp;&amp; re&amp;voke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a compromised key: rotate, and revoke the old active key at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpublish the selected key and keep it for the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpublish the selected key at once: its tokens fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the selected key (public, or private on request)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduled rotation, token lifetime, leeway and JWKS cache time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change pass&amp;phrase…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-encrypt the data key under a new passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published JWKS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Around now (grace periods readable)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation &amp;timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published &amp;JWKS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public key as &amp;JWK…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public key as &amp;PEM…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole published JWK &amp;Set…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private key as JWK (unencrypted)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Private key as encrypted PKCS#8 PEM…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the keys: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys: %1 retired, %2 rotated, %3 pre-generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active: &lt;b&gt;%1&lt;/b&gt; %2, signing for %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;No active key&lt;/b&gt; for '%1': generate or import one</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>rotates every %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>rotation by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next rotation in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tokens live %1 + %2 s leeway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key store unlocked for this run: private keys can sign and be exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forget the data key until the passphrase is given again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key store locked: reading needs no passphrase; it is asked for the first action that needs a private key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No passphrase set yet: the first key you generate or import sets it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the passphrase now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating key material…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing changed: the key store stayed locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotated: %1 signs now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generate a key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys (*.pem *.key *.crt *.json *.jwk *.jwks);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1 (or it is larger than 1 MiB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(given in the preview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate and revoke the signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotate &amp;&amp; &amp;revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retire %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export a private key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whoever holds the exported private key can sign tokens that every relying party accepts. The export is recorded in the audit log. Export %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotation policy saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key store locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key store unlocked for this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase changed; the keys were not touched</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
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
    <name>authscope::PassphraseDialog</name>
    <message>
        <source>Unlock the key store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The private keys are encrypted with the administrator passphrase. Enter it to sign, generate, import or export keys; it is asked once per run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the key store passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the first key of this database. Choose the passphrase that encrypts every private key: without it they cannot be used or recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the key store passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data key is re-encrypted under the new passphrase; the keys themselves are not touched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The exported private key is encrypted (PKCS#8) with this passphrase. Whoever gets the file and the passphrase can sign as you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A passphrase of %1 characters or more, or a few words, resists guessing far better.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::PolicyEditor</name>
    <message>
        <source>Allowed algorithms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which algorithms the verifier accepts. None ticked: the key decides (its own alg, else the algorithms of its type), which is the safe default.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned by the key (clear all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any issuer (not checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: a token that names an audience is refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RFC 7519 §4.1.3: a recipient that does not find itself in aud must reject the token, so a token with aud needs the audience you speak for here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any type (e.g. JWT, at+jwt)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims the token must carry, separated by commas or spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock skew allowed for exp, nbf and iat (0 to 300 seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature only (plain JWS: any payload, no claim checks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At a chosen time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At issue time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the token as of its iat (was it valid when it was issued?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take iss and aud from the token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill issuer and audience with the token's own values. Convenient, but it only proves the token is consistent with itself: for a real check type the values you expect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strict defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned algorithms, exp required, 30 s leeway, no issuer or audience, now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorithms:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type (typ):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required claims:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leeway:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clock:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned by the key</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::RelativeTime</name>
    <message>
        <source>%1 y %2 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::RequestLogModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 µs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::ResignPanel</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header to sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{"alg": "ES256", "typ": "JWT"}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload to sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{"sub": "alice", "exp": 1900000000}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset from token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace both editors with the header and payload of the token on display</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set iat = now, exp = now +</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue the payload now: iat (and nbf when present) become now, exp now plus the lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the key's kid in the header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a new token from the header and payload above (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsigned (alg: none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For testing verifiers: the same header and payload with alg "none" and an empty signature. A sound verifier refuses it; AuthScope always does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Algorith&amp;m:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new token appears here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ope&amp;n in inspector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inspect the new token, with the signing key (its public half) set up to verify it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy new token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Header and payload are valid JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a token to start from it, or write a header and a payload.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>payload: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ Cannot sign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generating a key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ Cannot sign: this key cannot sign with any JWS algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ Cannot sign: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Signed with %1 using %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ Fix the header and payload JSON first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Unsigned token, for testing verifiers only: anyone can forge it, and a sound verifier (AuthScope included) refuses it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::RevocationRaceView</name>
    <message>
        <source>Start &amp;race</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log in once with a cookie and once for a JWT, then call /api/me every 200 ms with each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;voke both now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke both sessions from the console, as an administrator would</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT &amp;deny-list on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On: the server checks each JWT against the revoked sessions and the deny-list. Off: a JWT is accepted until it expires, whatever happened to its session.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted (200)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused (401)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>seconds since the race started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cookie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revocation race timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The race could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revocation race</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the server, then the race: two clients log in (one with a session cookie, one with a JWT) and call /api/me five times a second. Revoke both and watch what happens.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ready: press Start race.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Both clients are logged in and polling (%n request(s) so far). Now revoke both.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Cookie session: refused %1 ms after the revocation, after %n more accepted request(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Cookie session: no request since the revocation yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT: refused %1 ms after the revocation (the server checked its session and the deny-list).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>JWT: still accepted — %n request(s) since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>authscope::RevokeDialog</name>
    <message>
        <source>Revoke sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspicious activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device reported lost or stolen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account offboarding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security policy change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why? (kept with the session and in the audit log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::RotationPolicyDialog</name>
    <message>
        <source>Rotation policy — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by hand only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Publish the next key right after each rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rotate every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Longest &amp;token lifetime:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Leeway (clock skew):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWKS &amp;cache time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New keys use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rotated-out key keeps verifying for the token lifetime plus the leeway, then retires. A scheduled rotation waits until the next key has been published for the JWKS cache time, so that no relying party meets an unknown key.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::RotationTimeline</name>
    <message>
        <source>Rotation timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next (published)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retiring (grace %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grace after next rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keys yet: generate or import one</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::ServerPage</name>
    <message>
        <source>127.0.0.1 — this machine only (IPv4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>::1 — this machine only (IPv6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>0.0.0.0 — every network interface</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listen address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How long an access token the server issues stays valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the JWT &amp;deny-list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On: a logged-out or revoked JWT fails at once. Off: it stays valid until it expires, as with a stateless JWT.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve &amp;HTTPS (self-signed certificate made at start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With TLS the session cookie gets Secure and the __Host- prefix. Clients must accept the self-signed certificate (curl -k); its SHA-256 fingerprint is shown once it runs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. http://localhost:3000 (empty: no cross-origin calls)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allowed cross-origin origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;CORS origin:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>curl commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>c&amp;url commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revocation &amp;race</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test server listening on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test server stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No signing keys yet: JWT logins are off until you generate one on the Keys page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key store locked: the server answers cookie logins, but cannot sign JWTs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the test server (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the test server (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listening on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not running:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># Start the server to get commands with its real address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTPS with a self-signed certificate: session cookies are Secure and use the __Host- prefix.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain HTTP: browsers and Qt do not send cookies marked Secure to http://127.0.0.1, so session cookies here are issued without Secure. Tick HTTPS to test Secure cookies. Never put this server on a network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Every network interface: other machines can reach this test server. </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requests · %2 errors · %3 req/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Test server</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::SessionDetailsPane</name>
    <message>
        <source>Select a session to see its record, its JWTs and its audit trail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last seen:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle expiry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absolute expiry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User agent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT ID (jti)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
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
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWTs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n sessions selected. Revoke them with the Revoke button or the Delete key.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (idle timeout %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none sent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT (bearer token with the session's sid)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWTs (error)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWTs (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail (error)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::SessionTableModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked %1 by %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active until %1 at the latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle expiry: %1
Absolute expiry: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWTs issued for the session that have neither expired nor been revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live JWTs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::SessionsPage</name>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiring within an hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-read the sessions every few seconds, keeping the selection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-read the sessions now (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the selected active sessions (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search: user name, IP or CIDR, ua:firefox, user:alice …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A bare word is the start of a user name, or an IP address, CIDR block (10.0.0.0/8) or prefix (10.2.). Fields: user:NAME ip:ADDRESS ua:TEXT state:active|expired|revoked method:cookie|jwt. Ctrl+F to get here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show active sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show expired sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show revoked sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show cookie sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show JWT sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started within</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started in the last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started in the last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started in the last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started in the last 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the sessions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot count the sessions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than %1 sessions match; %2 loaded (scroll for more).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n session(s) match; %1 loaded.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Select one or more active sessions to revoke.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n other user(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s) of %1?</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Each is refused on its very next request, in every process that uses this database, and the JWTs issued for it are deny-listed until they expire.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revocation failed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Revoked %n session(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Revoke every session of %1?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All of %1's active sessions end at once, every JWT issued to them until now is refused, and they have to log in again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Revoked %n session(s) of %1.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended %n session(s).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Revoke all sessions of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend by one hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extend by one day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only sessions of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only sessions from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy session ID %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::TokenEditor</name>
    <message>
        <source>Paste a token here (JWT, JWS or JWE in compact form), or drop a token file or a key file. It is decoded as you type; nothing is sent anywhere.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encoded token</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::TokenHistoryModel</name>
    <message>
        <source>%1 (JWE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never (no exp)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your note for this token; double-click or F2 to edit</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n character(s); open to inspect</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::TokensPage</name>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read a token or a key file (a key goes to Verify)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace the token with the clipboard's text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry countdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pa&amp;yload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy this part to the clipboard as it appears in the token (base64url)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the whole token to the clipboard (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings (RFC 8725, before verifying)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims (hover a name for its meaning and RFC section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; re-sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Not pasted: the clipboard holds %n character(s), far more than any token (at most 16 KiB).</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New token signed with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(a "Bearer" prefix, quotes or line breaks around and inside it were ignored)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;laims (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No token yet. Paste one above (Ctrl+V), drop a file, or pick one from the History tab.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ This is %1 bytes; tokens are read up to %2 KiB (%3 bytes). Larger input is refused before any decoding: no real access token is this big. (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ Cannot decode: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWE (encrypted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>alg %1, enc %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWT (signed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JWS (signed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no alg</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kid '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>typ %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <source>No expiry: the token never expires (exp missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Header part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too large to hold a token or a key (%2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key file %1 loaded for verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 loaded as a raw HMAC secret for verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token read from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a token or key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tokens and keys (*.jwt *.jws *.jwe *.txt *.token *.pem *.jwk *.json *.jwks *.crt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clipboard holds far more than a token: not pasted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::VerifyPanel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the signature and the claims (Ctrl+Return)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify as I type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify again whenever the token, the key or the policy changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste a token, then choose a key to verify it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token changed: verify again (Ctrl+Return).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted tokens (JWE) cannot be verified here: decryption is not supported yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a key to verify the signature: a key file, a pasted PEM, JWK or JWK Set, or an HMAC secret.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key cannot be used: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (as of %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signature verified with %1 using %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not expired: %1 (exp %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already valid: nbf %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer is '%1', as required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audience includes '%1', as required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token names an audience: enter the one this verifier speaks for in Policy → Audience (or take it from the token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issuer not checked: set one in the policy to pin who may issue tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Claims not checked: signature only (plain JWS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token type (typ) not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Valid: signature verified with %1 (%2) and every claim check passed%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Signature verified with %1 (%2); claims not checked%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✘ Invalid: %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature does not match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issued in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsigned (alg: none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>algorithm not allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong key type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key too small</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key not usable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>malformed signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>claim missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>claim of the wrong type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong issuer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong audience</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical header not understood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unencoded payload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JWT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unusable policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate member</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>authscope::WarningList</name>
    <message>
        <source>Security warnings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsigned token (alg: none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown algorithm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HMAC with a public key (key confusion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The token names its own key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unencoded payload (b64)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a JWT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Long lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sensitive data readable by anyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted token (JWE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No RFC 8725 findings: nothing in this token looks unsafe before verification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Danger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished" />
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