<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>authscope::AuditPage</name>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %Ln row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Chain intact: %Ln row checked, none edited, inserted or deleted.</numerusform>
            <numerusform>✔ Chain intact: %Ln rows checked, none edited, inserted or deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln row to %1</numerusform>
            <numerusform>Exported %Ln rows to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer row(s) not sealed yet (written while the vault was locked).</source>
        <translation>
            <numerusform>%Ln newer row not sealed yet (written while the vault was locked).</numerusform>
            <numerusform>%Ln newer rows not sealed yet (written while the vault was locked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::DecodedPanel</name>
    <message numerus="yes">
        <source>The payload is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>The payload is binary (%Ln byte): shown in hex.</numerusform>
            <numerusform>The payload is binary (%Ln bytes): shown in hex.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s), %1</source>
        <translation>
            <numerusform>%Ln byte, %1</numerusform>
            <numerusform>%Ln bytes, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::DecryptKeySource</name>
    <message numerus="yes">
        <source>✔ A password of %Ln character(s), for PBES2 tokens</source>
        <translation>
            <numerusform>✔ A password of %Ln character, for PBES2 tokens</numerusform>
            <numerusform>✔ A password of %Ln characters, for PBES2 tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::DecryptOptionsEditor</name>
    <message numerus="yes">
        <source>%n algorithm(s)</source>
        <translation>
            <numerusform>%n algorithm</numerusform>
            <numerusform>%n algorithms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n encryption(s)</source>
        <translation>
            <numerusform>%n encryption</numerusform>
            <numerusform>%n encryptions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::DecryptPanel</name>
    <message numerus="yes">
        <source>The plaintext is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>The plaintext is binary (%Ln byte): shown in hex.</numerusform>
            <numerusform>The plaintext is binary (%Ln bytes): shown in hex.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JSON, %Ln byte(s).</source>
        <translation>
            <numerusform>JSON, %Ln byte.</numerusform>
            <numerusform>JSON, %Ln bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text, %Ln byte(s).</source>
        <translation>
            <numerusform>Text, %Ln byte.</numerusform>
            <numerusform>Text, %Ln bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::ExperimentView</name>
    <message numerus="yes">
        <source>Quick run of %1, took %Ln s</source>
        <translation>
            <numerusform>Quick run of %1, took %Ln s</numerusform>
            <numerusform>Quick run of %1, took %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full run of %1, took %Ln s</source>
        <translation>
            <numerusform>Full run of %1, took %Ln s</numerusform>
            <numerusform>Full run of %1, took %Ln s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::HistoryPanel</name>
    <message numerus="yes">
        <source>Delete all %Ln remembered token(s) from this database?</source>
        <translation>
            <numerusform>Delete all %Ln remembered token from this database?</numerusform>
            <numerusform>Delete all %Ln remembered tokens from this database?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln remembered token(s)</source>
        <translation>
            <numerusform>Deleted %Ln remembered token</numerusform>
            <numerusform>Deleted %Ln remembered tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New tokens will not be stored any more. Also delete the %Ln token(s) already remembered?</source>
        <translation>
            <numerusform>New tokens will not be stored any more. Also delete the %Ln token already remembered?</numerusform>
            <numerusform>New tokens will not be stored any more. Also delete the %Ln tokens already remembered?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each token you inspect is remembered in %1 as its claims and a hash, not as a usable token: the signature is left out. &quot;Keep usable token&quot; stores the whole token for one entry, until it expires. Entries not seen for %Ln day(s) are deleted (the newest %2 are kept). Keys, HMAC secrets and passphrases are never stored.</source>
        <translation>
            <numerusform>Each token you inspect is remembered in %1 as its claims and a hash, not as a usable token: the signature is left out. &quot;Keep usable token&quot; stores the whole token for one entry, until it expires. Entries not seen for %Ln day are deleted (the newest %2 are kept). Keys, HMAC secrets and passphrases are never stored.</numerusform>
            <numerusform>Each token you inspect is remembered in %1 as its claims and a hash, not as a usable token: the signature is left out. &quot;Keep usable token&quot; stores the whole token for one entry, until it expires. Entries not seen for %Ln days are deleted (the newest %2 are kept). Keys, HMAC secrets and passphrases are never stored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::KeyActionDialog</name>
    <message numerus="yes">
        <source>Added: %n key(s)</source>
        <translation>
            <numerusform>Added: %n key</numerusform>
            <numerusform>Added: %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n key(s)</source>
        <translation>
            <numerusform>Removed: %n key</numerusform>
            <numerusform>Removed: %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced (same kid, other key material): %n key(s)</source>
        <translation>
            <numerusform>Replaced (same kid, other key material): %n key</numerusform>
            <numerusform>Replaced (same kid, other key material): %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n key(s)</source>
        <translation>
            <numerusform>Unchanged: %n key</numerusform>
            <numerusform>Unchanged: %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::KeyInputWidget</name>
    <message numerus="yes">
        <source>✔ JWK Set with %Ln key(s): %1</source>
        <translation>
            <numerusform>✔ JWK Set with %Ln key: %1</numerusform>
            <numerusform>✔ JWK Set with %Ln keys: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::KeysPage</name>
    <message numerus="yes">
        <source>rotates every %Ln day(s)</source>
        <translation>
            <numerusform>rotates every %Ln day</numerusform>
            <numerusform>rotates every %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::PreferencesDialog</name>
    <message numerus="yes">
        <source>&amp;Remember inspected tokens in this database (claims and a hash, kept %Ln day(s))</source>
        <translation>
            <numerusform>&amp;Remember inspected tokens in this database (claims and a hash, kept %Ln day)</numerusform>
            <numerusform>&amp;Remember inspected tokens in this database (claims and a hash, kept %Ln days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::RevocationRaceView</name>
    <message numerus="yes">
        <source>Both clients are logged in and polling (%Ln request(s) so far). Now revoke both.</source>
        <translation>
            <numerusform>Both clients are logged in and polling (%Ln request so far). Now revoke both.</numerusform>
            <numerusform>Both clients are logged in and polling (%Ln requests so far). Now revoke both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cookie session: refused %1 ms after the revocation, after %Ln more accepted request(s).</source>
        <translation>
            <numerusform>Cookie session: refused %1 ms after the revocation, after %Ln more accepted request.</numerusform>
            <numerusform>Cookie session: refused %1 ms after the revocation, after %Ln more accepted requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JWT: still accepted — %Ln request(s) since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</source>
        <translation>
            <numerusform>JWT: still accepted — %Ln request since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</numerusform>
            <numerusform>JWT: still accepted — %Ln requests since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::SessionDetailsPane</name>
    <message numerus="yes">
        <source>%Ln sessions selected. Revoke them with the Revoke button or the Delete key.</source>
        <translation>
            <numerusform>%Ln session selected. Revoke them with the Revoke button or the Delete key.</numerusform>
            <numerusform>%Ln sessions selected. Revoke them with the Revoke button or the Delete key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::SessionTableModel</name>
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
            <numerusform>%Ln s ago</numerusform>
            <numerusform>%Ln s ago</numerusform>
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
            <numerusform>%Ln min ago</numerusform>
            <numerusform>%Ln min ago</numerusform>
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
            <numerusform>%Ln h ago</numerusform>
            <numerusform>%Ln h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::SessionsPage</name>
    <message numerus="yes">
        <source>%1 and %Ln other user(s)</source>
        <translation>
            <numerusform>%1 and %Ln other user</numerusform>
            <numerusform>%1 and %Ln other users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln session(s) of %1?</source>
        <translation>
            <numerusform>Revoke %Ln session of %1?</numerusform>
            <numerusform>Revoke %Ln sessions of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s).</source>
        <translation>
            <numerusform>Revoked %Ln session.</numerusform>
            <numerusform>Revoked %Ln sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s) of %1.</source>
        <translation>
            <numerusform>Revoked %Ln session of %1.</numerusform>
            <numerusform>Revoked %Ln sessions of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended %Ln session(s).</source>
        <translation>
            <numerusform>Extended %Ln session.</numerusform>
            <numerusform>Extended %Ln sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::StolenView</name>
    <message numerus="yes">
        <source>✔ still accepted after %1 s (%Ln replays)</source>
        <translation>
            <numerusform>✔ still accepted after %1 s (%Ln replay)</numerusform>
            <numerusform>✔ still accepted after %1 s (%Ln replays)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::TokensPage</name>
    <message numerus="yes">
        <source>Not pasted: the clipboard holds %Ln character(s), far more than any token (at most 16 KiB).</source>
        <translation>
            <numerusform>Not pasted: the clipboard holds %Ln character, far more than any token (at most 16 KiB).</numerusform>
            <numerusform>Not pasted: the clipboard holds %Ln characters, far more than any token (at most 16 KiB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::VerifyKeySource</name>
    <message numerus="yes">
        <source>%n published key(s)</source>
        <translation>
            <numerusform>%n published key</numerusform>
            <numerusform>%n published keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::VerifyPanel</name>
    <message numerus="yes">
        <source>%n key(s) ✔</source>
        <translation>
            <numerusform>%n key ✔</numerusform>
            <numerusform>%n keys ✔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n algorithm(s) allowed</source>
        <translation>
            <numerusform>%n algorithm allowed</numerusform>
            <numerusform>%n algorithms allowed</numerusform>
        </translation>
    </message>
</context>
</TS>
