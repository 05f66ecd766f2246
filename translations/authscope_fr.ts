<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>GuiOptions</name>
    <message>
        <source>AuthScope: see and revoke sessions, inspect and verify JWTs, rotate signing keys.</source>
        <translation>AuthScope : voir et révoquer des sessions, inspecter et vérifier des JWT, renouveler des clés de signature.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the versions in use.</source>
        <translation>Afficher les versions utilisées.</translation>
    </message>
    <message>
        <source>Open the database at PATH.</source>
        <translation>Ouvrir la base de données située à CHEMIN.</translation>
    </message>
    <message>
        <source>Use language CODE (en, de, fr) instead of the system's.</source>
        <translation>Utiliser la langue CODE (en, de, fr) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db nécessite un chemin.</translation>
    </message>
</context>
<context>
    <name>authscope::AboutDialog</name>
    <message>
        <source>About AuthScope</source>
        <translation>À propos d’AuthScope</translation>
    </message>
    <message>
        <source>&lt;h2&gt;AuthScope %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;AuthScope %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>A desktop console for the people who run authentication: see and revoke sessions, read and verify JWTs, rotate signing keys, and measure the session-versus-JWT trade-off on your own machine.</source>
        <translation>Une console de bureau pour celles et ceux qui gèrent l’authentification : voir et révoquer des sessions, lire et vérifier des JWT, renouveler des clés de signature et mesurer le compromis sessions contre JWT sur votre propre machine.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL :</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licence MIT</translation>
    </message>
</context>
<context>
    <name>authscope::AuditPage</name>
    <message>
        <source>Action filter</source>
        <translation>Filtre d’action</translation>
    </message>
    <message>
        <source>Filter by actor, target or details…</source>
        <translation>Filtrer par acteur, cible ou détails…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtre de texte</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the log (F5)</source>
        <translation>Recharger le journal (F5)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Recompute every row's hash and report the first row that was edited, inserted or deleted</source>
        <translation>Recalculer le hachage de chaque ligne et signaler la première ligne modifiée, insérée ou supprimée</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Acti&amp;on :</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Select a row to see the whole entry, with its hashes.</source>
        <translation>Sélectionnez une ligne pour voir l’entrée complète, avec ses hachages.</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l’entrée</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit : %1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>%1* (all)</source>
        <translation>%1* (toutes)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform><numerusform>%n entrées</numerusform></translation>
    </message>
    <message>
        <source>Could not check the chain: %1</source>
        <translation>Impossible de vérifier la chaîne : %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %n row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Chaîne intacte : %n ligne vérifiée, aucune modifiée, insérée ou supprimée.</numerusform><numerusform>✔ Chaîne intacte : %n lignes vérifiées, aucune modifiée, insérée ou supprimée.</numerusform></translation>
    </message>
    <message>
        <source>✘ Chain broken at row %1: %2</source>
        <translation>✘ Chaîne rompue à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne exportée vers %1</numerusform><numerusform>%n lignes exportées vers %1</numerusform></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>authscope::AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Base de données : %1 (schéma %2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>&amp;Jeu de couleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About AuthScope</source>
        <translation>À &amp;propos d’AuthScope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données AuthScope (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db)</source>
        <translation>Bases de données AuthScope (*.db)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>Could not start a new AuthScope window.</source>
        <translation>Impossible d’ouvrir une nouvelle fenêtre AuthScope.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope ne peut pas ouvrir sa base de données</translation>
    </message>
</context>
</TS>