<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>authscope::AuditPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %n row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Chain intact: %n row checked, none edited, inserted or deleted.</numerusform>
            <numerusform>✔ Chain intact: %n rows checked, none edited, inserted or deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform>
            <numerusform>Exported %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::DecodedPanel</name>
    <message numerus="yes">
        <source>The payload is binary (%n byte(s)): shown in hex.</source>
        <translation>
            <numerusform>The payload is binary (%n byte): shown in hex.</numerusform>
            <numerusform>The payload is binary (%n bytes): shown in hex.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s), %1</source>
        <translation>
            <numerusform>%n byte, %1</numerusform>
            <numerusform>%n bytes, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::ExperimentView</name>
    <message numerus="yes">
        <source>Quick run of %1, took %n s</source>
        <translation>
            <numerusform>Quick run of %1, took %n s</numerusform>
            <numerusform>Quick run of %1, took %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full run of %1, took %n s</source>
        <translation>
            <numerusform>Full run of %1, took %n s</numerusform>
            <numerusform>Full run of %1, took %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::HistoryPanel</name>
    <message numerus="yes">
        <source>Delete all %n remembered token(s) from this database?</source>
        <translation>
            <numerusform>Delete all %n remembered token from this database?</numerusform>
            <numerusform>Delete all %n remembered tokens from this database?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n remembered token(s)</source>
        <translation>
            <numerusform>Deleted %n remembered token</numerusform>
            <numerusform>Deleted %n remembered tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New tokens will not be stored any more. Also delete the %n token(s) already remembered?</source>
        <translation>
            <numerusform>New tokens will not be stored any more. Also delete the %n token already remembered?</numerusform>
            <numerusform>New tokens will not be stored any more. Also delete the %n tokens already remembered?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::KeyInputWidget</name>
    <message numerus="yes">
        <source>✔ JWK Set with %n key(s): %1</source>
        <translation>
            <numerusform>✔ JWK Set with %n key: %1</numerusform>
            <numerusform>✔ JWK Set with %n keys: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::KeysPage</name>
    <message numerus="yes">
        <source>rotates every %n day(s)</source>
        <translation>
            <numerusform>rotates every %n day</numerusform>
            <numerusform>rotates every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::RevocationRaceView</name>
    <message numerus="yes">
        <source>Both clients are logged in and polling (%n request(s) so far). Now revoke both.</source>
        <translation>
            <numerusform>Both clients are logged in and polling (%n request so far). Now revoke both.</numerusform>
            <numerusform>Both clients are logged in and polling (%n requests so far). Now revoke both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cookie session: refused %1 ms after the revocation, after %n more accepted request(s).</source>
        <translation>
            <numerusform>Cookie session: refused %1 ms after the revocation, after %n more accepted request.</numerusform>
            <numerusform>Cookie session: refused %1 ms after the revocation, after %n more accepted requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>JWT: still accepted — %n request(s) since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</source>
        <translation>
            <numerusform>JWT: still accepted — %n request since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</numerusform>
            <numerusform>JWT: still accepted — %n requests since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::SessionDetailsPane</name>
    <message numerus="yes">
        <source>%n sessions selected. Revoke them with the Revoke button or the Delete key.</source>
        <translation>
            <numerusform>%n session selected. Revoke them with the Revoke button or the Delete key.</numerusform>
            <numerusform>%n sessions selected. Revoke them with the Revoke button or the Delete key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::SessionTableModel</name>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::SessionsPage</name>
    <message numerus="yes">
        <source>%n session(s) match; %1 loaded.</source>
        <translation>
            <numerusform>%n session match; %1 loaded.</numerusform>
            <numerusform>%n sessions match; %1 loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other user(s)</source>
        <translation>
            <numerusform>%1 and %n other user</numerusform>
            <numerusform>%1 and %n other users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s) of %1?</source>
        <translation>
            <numerusform>Revoke %n session of %1?</numerusform>
            <numerusform>Revoke %n sessions of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n session(s).</source>
        <translation>
            <numerusform>Revoked %n session.</numerusform>
            <numerusform>Revoked %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n session(s) of %1.</source>
        <translation>
            <numerusform>Revoked %n session of %1.</numerusform>
            <numerusform>Revoked %n sessions of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended %n session(s).</source>
        <translation>
            <numerusform>Extended %n session.</numerusform>
            <numerusform>Extended %n sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::TokenHistoryModel</name>
    <message numerus="yes">
        <source>%n character(s); open to inspect</source>
        <translation>
            <numerusform>%n character; open to inspect</numerusform>
            <numerusform>%n characters; open to inspect</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>authscope::TokensPage</name>
    <message numerus="yes">
        <source>Not pasted: the clipboard holds %n character(s), far more than any token (at most 16 KiB).</source>
        <translation>
            <numerusform>Not pasted: the clipboard holds %n character, far more than any token (at most 16 KiB).</numerusform>
            <numerusform>Not pasted: the clipboard holds %n characters, far more than any token (at most 16 KiB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
</TS>
