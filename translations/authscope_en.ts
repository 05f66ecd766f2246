<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>authscope::AuditPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %n row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Chain intact: %n row checked, none edited, inserted or deleted.</numerusform><numerusform>✔ Chain intact: %n rows checked, none edited, inserted or deleted.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>Exported %n row to %1</numerusform><numerusform>Exported %n rows to %1</numerusform></translation>
    </message>
</context>
</TS>