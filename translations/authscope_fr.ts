<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CurlCommands</name>
    <message>
        <source>Is the server up?</source>
        <translation>Le serveur répond-il&#xa0;?</translation>
    </message>
    <message>
        <source>Log in with a session cookie (kept in cookies.txt)</source>
        <translation>Se connecter avec un cookie de session (conservé dans cookies.txt)</translation>
    </message>
    <message>
        <source>Who am I, with the cookie</source>
        <translation>Qui suis-je, avec le cookie</translation>
    </message>
    <message>
        <source>Log in for a JWT (keep access_token in $TOKEN)</source>
        <translation>Se connecter pour obtenir un JWT (garder access_token dans $TOKEN)</translation>
    </message>
    <message>
        <source>Who am I, with the bearer token</source>
        <translation>Qui suis-je, avec le jeton bearer</translation>
    </message>
    <message>
        <source>Swap a refresh token for new tokens</source>
        <translation>Échanger un jeton de rafraîchissement contre de nouveaux jetons</translation>
    </message>
    <message>
        <source>Log out (cookie session)</source>
        <translation>Se déconnecter (session par cookie)</translation>
    </message>
    <message>
        <source>The public signing keys</source>
        <translation>Les clés de signature publiques</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Document de découverte</translation>
    </message>
    <message>
        <source>Is this token active? (RFC 7662)</source>
        <translation>Ce jeton est-il actif&#xa0;? (RFC 7662)</translation>
    </message>
    <message>
        <source>Revoke a token (RFC 7009)</source>
        <translation>Révoquer un jeton (RFC 7009)</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <source>AuthScope: see and revoke sessions, inspect and verify JWTs, rotate signing keys.</source>
        <translation>AuthScope&#xa0;: voir et révoquer des sessions, inspecter et vérifier des JWT, renouveler des clés de signature.</translation>
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
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--db needs a path.</source>
        <translation>--db nécessite un chemin.</translation>
    </message>
    <message>
        <source>Use language CODE (en, de, fr, es) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (en, de, fr, es) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos; (use one of: %2).</source>
        <translation>Langue inconnue «&#xa0;%1&#xa0;» (choisissez parmi&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Open the database at PATH (a file or postgresql://USER@HOST/DB).</source>
        <translation>Ouvrir la base de données située à PATH (un fichier ou postgresql://USER@HOST/DB).</translation>
    </message>
    <message>
        <source>Open the connection profile NAME (File &gt; Connect…).</source>
        <translation>Ouvrir le profil de connexion NAME (Fichier &gt; Se connecter…).</translation>
    </message>
    <message>
        <source>--db and --profile name two databases: give one.</source>
        <translation>--db et --profile désignent deux bases de données&#xa0;: n’en donnez qu’une.</translation>
    </message>
</context>
<context>
    <name>IssuersPage</name>
    <message>
        <source>No key vault is open: a client secret cannot be sealed.</source>
        <translation>Aucun coffre de clés n’est ouvert&#xa0;: impossible de sceller un secret client.</translation>
    </message>
    <message>
        <source>The key store stayed locked: the client secret is sealed with the private keys and needs its passphrase.</source>
        <translation>Le magasin de clés est resté verrouillé&#xa0;: le secret client est scellé avec les clés privées et a besoin de leur phrase secrète.</translation>
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
        <translation>Une console de bureau pour celles et ceux qui gèrent l’authentification&#xa0;: voir et révoquer des sessions, lire et vérifier des JWT, renouveler des clés de signature et mesurer le compromis sessions contre JWT sur votre propre machine.</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilé avec %2)</translation>
    </message>
    <message>
        <source>OpenSSL:</source>
        <translation>OpenSSL&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite:</source>
        <translation>SQLite&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>Licence MIT</translation>
    </message>
</context>
<context>
    <name>authscope::AttackJob</name>
    <message>
        <source>Starting the built-in server on a scratch database…</source>
        <translation>Démarrage du serveur intégré sur une base de données jetable…</translation>
    </message>
</context>
<context>
    <name>authscope::AttackPanel</name>
    <message>
        <source>Built-in server (a scratch database, removed afterwards)</source>
        <translation>Serveur intégré (une base de données jetable, supprimée ensuite)</translation>
    </message>
    <message>
        <source>Another server with the same endpoints:</source>
        <translation>Un autre serveur avec les mêmes points de terminaison&#xa0;:</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL du serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Used for the login requests of this run only; never saved or logged</source>
        <translation>Utilisé uniquement pour les requêtes de connexion de cette exécution&#xa0;; jamais enregistré ni journalisé</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Run &amp;attacks</source>
        <translation>&amp;Lancer les attaques</translation>
    </message>
    <message>
        <source>Run the attacks</source>
        <translation>Lancer les attaques</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the attacks</source>
        <translation>Annuler les attaques</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export the attack results as JSON</source>
        <translation>Exporter les résultats des attaques en JSON</translation>
    </message>
    <message>
        <source>Attack progress</source>
        <translation>Progression des attaques</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Attacks and their results</source>
        <translation>Attaques et leurs résultats</translation>
    </message>
    <message>
        <source>Details of the selected attack</source>
        <translation>Détails de l’attaque sélectionnée</translation>
    </message>
    <message>
        <source>Select an attack to see what it sends, the rule it checks and what happened.</source>
        <translation>Sélectionnez une attaque pour voir ce qu’elle envoie, la règle qu’elle vérifie et ce qui s’est passé.</translation>
    </message>
    <message>
        <source>Attacking %1…</source>
        <translation>Attaque de %1…</translation>
    </message>
    <message>
        <source>Preparing the built-in server…</source>
        <translation>Préparation du serveur intégré…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Cancelling after the attack under way…</source>
        <translation>Annulation après l’attaque en cours…</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 attacks refused, %3 accepted, %4 errors, %5 skipped.</source>
        <translation>%1 attaques sur %2 refusées, %3 acceptées, %4 erreurs, %5 ignorées.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Annulé. </translation>
    </message>
    <message>
        <source>The server refused every attack it was given.</source>
        <translation>Le serveur a refusé toutes les attaques qu’il a reçues.</translation>
    </message>
    <message>
        <source>Select a FAIL or error row to see what went wrong.</source>
        <translation>Sélectionnez une ligne FAIL ou en erreur pour voir ce qui n’a pas fonctionné.</translation>
    </message>
    <message>
        <source>The attacks could not run: %1</source>
        <translation>Les attaques n’ont pas pu être exécutées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Got: %1</source>
        <translation>Obtenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Pas encore exécutée.</translation>
    </message>
    <message>
        <source>There are no attack results to export.</source>
        <translation>Il n’y a aucun résultat d’attaque à exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export attack results</source>
        <translation>Exporter les résultats des attaques</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Attack results saved to %1</source>
        <translation>Résultats des attaques enregistrés dans %1</translation>
    </message>
    <message>
        <source>%1 attacks ready. The built-in server needs no setup.</source>
        <translation>%1 attaques prêtes. Le serveur intégré ne demande aucune configuration.</translation>
    </message>
    <message>
        <source>optional: PEM, JWK or JWK Set with the private key</source>
        <translation>facultatif&#xa0;: PEM, JWK ou JWK Set avec la clé privée</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Fichier de la clé de signature</translation>
    </message>
    <message>
        <source>The server&apos;s private signing key, so that the claim attacks are signed with it; read for this run only, never saved</source>
        <translation>La clé de signature privée du serveur, pour signer avec elle les attaques sur les claims&#xa0;; lue pour cette exécution seulement, jamais enregistrée</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Clé de &amp;signature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Choisir le fichier de la clé de signature</translation>
    </message>
    <message>
        <source>Signing key of the server</source>
        <translation>Clé de signature du serveur</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.key);;All files (*)</source>
        <translation>Clés (*.pem *.jwk *.json *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop gros pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>The signing key cannot be used: %1</source>
        <translation>La clé de signature est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sends the known attacks on sign-in tokens and sessions (forged algorithms, foreign keys, bad claims, stolen and fixed sessions, replayed refresh tokens, …) to a server as real requests and checks that it refuses every one.</source>
        <translation>Envoie les attaques connues contre les jetons de connexion et les sessions (algorithmes falsifiés, clés étrangères, claims invalides, sessions volées et fixées, jetons de rafraîchissement rejoués, …) à un serveur sous forme de vraies requêtes et vérifie qu’il les refuse toutes.</translation>
    </message>
</context>
<context>
    <name>authscope::AttackTableModel</name>
    <message>
        <source>pass</source>
        <translation>réussi</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attack</source>
        <translation>Attaque</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Got</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Reload the log (F5)</source>
        <translation>Recharger le journal (F5)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and report the first row that was edited, inserted or deleted</source>
        <translation>Recalculer le hachage de chaque ligne et signaler la première ligne modifiée, insérée ou supprimée</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Acti&amp;on&#xa0;:</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l’entrée</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit&#xa0;: %1</translation>
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
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not check the chain: %1</source>
        <translation>Impossible de vérifier la chaîne&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ Chain intact: %Ln row(s) checked, none edited, inserted or deleted.</source>
        <translation>
            <numerusform>✔ Chaîne intacte&#xa0;: %Ln ligne vérifiée, aucune modifiée, insérée ou supprimée.</numerusform>
            <numerusform>✔ Chaîne intacte&#xa0;: %Ln lignes vérifiées, aucune modifiée, insérée ou supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ Chain broken at row %1: %2</source>
        <translation>✘ Chaîne rompue à la ligne %1&#xa0;: %2</translation>
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
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1</numerusform>
            <numerusform>%Ln lignes exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Show the entries whose actor, target or details contain this text (Ctrl+F)</source>
        <translation>Afficher les entrées dont l’acteur, l’objectif ou les détails contiennent ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ver&amp;ify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Date filter</source>
        <translation>Filtre de date</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>N’importe quand</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Since…</source>
        <translation>Depuis…</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>No entry matches these filters. Widen the date range, choose &quot;All actions&quot; or clear the text filter.</source>
        <translation>Aucune entrée ne correspond à ces filtres. Élargissez la période, choisissez «&#xa0;Toutes les actions&#xa0;» ou videz le filtre de texte.</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>Le journal d’audit est vide.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
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
        <source>Hashes</source>
        <translation>Hachages</translation>
    </message>
    <message>
        <source>previous</source>
        <translation>précédent</translation>
    </message>
    <message>
        <source>this row</source>
        <translation>cette ligne</translation>
    </message>
    <message>
        <source>No seals found, and none checked: unlock the key vault (Keys page); only its passphrase tells whether this log must carry seals.</source>
        <translation>Aucun sceau trouvé, et aucun vérifié : déverrouillez le coffre de clés (page Clés) ; seule sa phrase secrète indique si ce journal doit porter des sceaux.</translation>
    </message>
    <message>
        <source>Not sealed yet: the audit key is made when the key vault is first unlocked.</source>
        <translation>Pas encore scellé&#xa0;: la clé d’audit est créée au premier déverrouillage du coffre de clés.</translation>
    </message>
    <message>
        <source>Seals not checked: unlock the key vault (Keys page) to check them.</source>
        <translation>Sceaux non vérifiés&#xa0;: déverrouillez le coffre de clés (page Clés) pour les vérifier.</translation>
    </message>
    <message>
        <source>Sealed through row %1; every seal checked.</source>
        <translation>Scellé jusqu’à la ligne %1&#xa0;; chaque sceau vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer row(s) not sealed yet (written while the vault was locked).</source>
        <translation>
            <numerusform>%Ln ligne plus récente pas encore scellée (écrite pendant que le coffre était verrouillé).</numerusform>
            <numerusform>%Ln lignes plus récentes pas encore scellées (écrites pendant que le coffre était verrouillé).</numerusform>
        </translation>
    </message>
    <message>
        <source>(kind of break: %1)</source>
        <translation>(type de rupture&#xa0;: %1)</translation>
    </message>
    <message>
        <source>The audit log could not record the export, so %1 was removed: %2</source>
        <translation>Le journal d’audit n’a pas pu consigner l’export, donc %1 a été supprimé&#xa0;: %2</translation>
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
        <translation>Date</translation>
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
    <name>authscope::BackchannelPanel</name>
    <message>
        <source>Relying parties told of every session that ends, by a signed logout token (OpenID Connect Back-Channel Logout). Changes apply at the next start.</source>
        <translation>Les parties de confiance sont averties de chaque fin de session par un jeton de déconnexion signé (OpenID Connect Back-Channel Logout). Les changements s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <source>Back-channel logout URI</source>
        <translation>URI de déconnexion back-channel</translation>
    </message>
    <message>
        <source>Add lo&amp;gout URI</source>
        <translation>&amp;Ajouter une URI de déconnexion</translation>
    </message>
    <message>
        <source>Dele&amp;te URI</source>
        <translation>Supprimer l’UR&amp;I</translation>
    </message>
    <message>
        <source>Back-channel logout URIs</source>
        <translation>URI de déconnexion back-channel</translation>
    </message>
    <message>
        <source>Back-channel logout trace</source>
        <translation>Trace de la déconnexion back-channel</translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Pas une URL http(s)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Déjà dans la liste.</translation>
    </message>
</context>
<context>
    <name>authscope::BackchannelTraceModel</name>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>RP / issuer</source>
        <translation>RP / émetteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
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
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>authscope::BytesView</name>
    <message>
        <source>minimal claims</source>
        <translation>claims minimaux</translation>
    </message>
    <message>
        <source>typical claims</source>
        <translation>claims typiques</translation>
    </message>
    <message>
        <source>rich claims</source>
        <translation>claims riches</translation>
    </message>
    <message>
        <source>Bytes on the wire: bar chart</source>
        <translation>Octets transmis&#xa0;: diagramme à barres</translation>
    </message>
    <message>
        <source>What anyone who reads the token sees</source>
        <translation>Ce que voit quiconque lit le jeton</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>The cookie value or the compact JWT</source>
        <translation>La valeur du cookie ou le JWT compact</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>En-tête de requête</translation>
    </message>
    <message>
        <source>The header line a client sends with every request</source>
        <translation>La ligne d’en-tête qu’un client envoie avec chaque requête</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Défini par</translation>
    </message>
    <message>
        <source>The response header that delivers it (a bearer token comes in a response body)</source>
        <translation>L’en-tête de réponse qui le fournit (un jeton bearer arrive dans le corps de la réponse)</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>cookie de session</translation>
    </message>
    <message>
        <source>bearer JWT</source>
        <translation>JWT bearer</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>corps de la réponse</translation>
    </message>
    <message>
        <source>Select a row to see what the credential reveals.</source>
        <translation>Sélectionnez une ligne pour voir ce que révèle l’identifiant.</translation>
    </message>
    <message>
        <source>The session cookie reveals nothing:</source>
        <translation>Le cookie de session ne révèle rien&#xa0;:</translation>
    </message>
    <message>
        <source>Anyone who reads this token (JWT %1, %2) sees this, no key needed:</source>
        <translation>Quiconque lit ce jeton (JWT %1, %2) voit ceci, sans aucune clé&#xa0;:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>En-tête&#xa0;:</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Charge utile&#xa0;:</translation>
    </message>
    <message>
        <source>No bytes-on-the-wire run yet</source>
        <translation>Aucune exécution «&#xa0;octets transmis&#xa0;» pour l’instant</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>claim set</source>
        <translation>ensemble de claims</translation>
    </message>
    <message>
        <source>Set-Cookie header (%1 B)</source>
        <translation>En-tête Set-Cookie (%1 o)</translation>
    </message>
    <message>
        <source>It is a random ID of %1 characters. The user, the roles and the expiry stay on the server, which looks them up on each request.</source>
        <translation>C’est un identifiant aléatoire de %1 caractères. L’utilisateur, les rôles et l’expiration restent sur le serveur, qui les consulte à chaque requête.</translation>
    </message>
    <message>
        <source>session cookie (%1 B)</source>
        <translation>cookie de session (%1 o)</translation>
    </message>
    <message>
        <source>bytes per request</source>
        <translation>octets par requête</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimCatalog</name>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Who issued and signed the token. A verifier compares it exactly with the issuer it trusts.</source>
        <translation>Qui a émis et signé le jeton. Un vérificateur le compare exactement à l’émetteur auquel il fait confiance.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Whom the token is about, usually a user or client ID, unique within the issuer.</source>
        <translation>Ce que le jeton désigne, généralement un identifiant d’utilisateur ou de client, unique chez l’émetteur.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>The recipients the token is meant for (a string or an array). A recipient that does not find itself here must reject the token.</source>
        <translation>Les destinataires auxquels le jeton est destiné (une chaîne ou un tableau). Un destinataire qui ne s’y trouve pas doit rejeter le jeton.</translation>
    </message>
    <message>
        <source>Expiration Time</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>From this moment on the token must not be accepted (a NumericDate: seconds since 1970-01-01 UTC).</source>
        <translation>À partir de ce moment, le jeton ne doit plus être accepté (un NumericDate&#xa0;: secondes depuis le 1970-01-01 UTC).</translation>
    </message>
    <message>
        <source>Not Before</source>
        <translation>Pas avant</translation>
    </message>
    <message>
        <source>Before this moment the token must not be accepted (a NumericDate).</source>
        <translation>Avant ce moment, le jeton ne doit pas être accepté (un NumericDate).</translation>
    </message>
    <message>
        <source>Issued At</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>When the token was issued (a NumericDate); tells its age.</source>
        <translation>Quand le jeton a été émis (un NumericDate)&#xa0;; indique son âge.</translation>
    </message>
    <message>
        <source>JWT ID</source>
        <translation>ID du JWT</translation>
    </message>
    <message>
        <source>A unique identifier of this token: lets a server refuse replays and revoke one token (deny-list by issuer and jti).</source>
        <translation>Un identifiant unique de ce jeton&#xa0;: permet à un serveur de refuser les rejeux et de révoquer un seul jeton (liste de refus par émetteur et jti).</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>The OAuth 2.0 scopes granted, separated by spaces.</source>
        <translation>Les portées OAuth 2.0 accordées, séparées par des espaces.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>The OAuth 2.0 client the token was issued to.</source>
        <translation>Le client OAuth 2.0 auquel le jeton a été émis.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>The party acting on behalf of the subject (delegation).</source>
        <translation>La partie qui agit au nom du sujet (délégation).</translation>
    </message>
    <message>
        <source>Authorized Actor</source>
        <translation>Acteur autorisé</translation>
    </message>
    <message>
        <source>Who may act on behalf of the subject.</source>
        <translation>Qui peut agir au nom du sujet.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The key the presenter must prove to hold (proof of possession).</source>
        <translation>La clé dont le présentateur doit prouver la possession (preuve de possession).</translation>
    </message>
    <message>
        <source>Authorized Party</source>
        <translation>Partie autorisée</translation>
    </message>
    <message>
        <source>The client the ID token was issued to.</source>
        <translation>Le client auquel le jeton d’identité a été émis.</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>A value from the authentication request, bound to the ID token to stop replays.</source>
        <translation>Une valeur de la demande d’authentification, liée au jeton d’identité pour empêcher les rejeux.</translation>
    </message>
    <message>
        <source>Authentication Time</source>
        <translation>Heure d’authentification</translation>
    </message>
    <message>
        <source>When the user last authenticated (a NumericDate).</source>
        <translation>Quand l’utilisateur s’est authentifié pour la dernière fois (un NumericDate).</translation>
    </message>
    <message>
        <source>Authentication Context Class</source>
        <translation>Classe de contexte d’authentification</translation>
    </message>
    <message>
        <source>How strongly the user was authenticated.</source>
        <translation>Le niveau d’authentification de l’utilisateur.</translation>
    </message>
    <message>
        <source>Authentication Methods</source>
        <translation>Méthodes d’authentification</translation>
    </message>
    <message>
        <source>The methods used to authenticate (pwd, otp, mfa…).</source>
        <translation>Les méthodes utilisées pour l’authentification (pwd, otp, mfa…).</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID de session</translation>
    </message>
    <message>
        <source>The identity provider&apos;s session the token belongs to (used for logout).</source>
        <translation>La session du fournisseur d’identité à laquelle appartient le jeton (utilisée pour la déconnexion).</translation>
    </message>
    <message>
        <source>Access Token Hash</source>
        <translation>Hachage du jeton d’accès</translation>
    </message>
    <message>
        <source>Code Hash</source>
        <translation>Hachage du code</translation>
    </message>
    <message>
        <source>Half of a hash that binds the ID token to the access token or code issued with it.</source>
        <translation>La moitié d’un hachage qui lie le jeton d’identité au jeton d’accès ou au code émis avec lui.</translation>
    </message>
    <message>
        <source>Updated At</source>
        <translation>Mis à jour le</translation>
    </message>
    <message>
        <source>When the user&apos;s profile was last changed (a NumericDate).</source>
        <translation>Quand le profil de l’utilisateur a été modifié pour la dernière fois (un NumericDate).</translation>
    </message>
    <message>
        <source>Standard user claim</source>
        <translation>Claim utilisateur standard</translation>
    </message>
    <message>
        <source>Profile information about the user; readable by anyone who holds the token.</source>
        <translation>Informations de profil sur l’utilisateur&#xa0;; lisibles par quiconque détient le jeton.</translation>
    </message>
    <message>
        <source>Authorization attribute</source>
        <translation>Attribut d’autorisation</translation>
    </message>
    <message>
        <source>Roles, groups or entitlements of the subject, used for access decisions.</source>
        <translation>Rôles, groupes ou droits du sujet, utilisés pour les décisions d’accès.</translation>
    </message>
    <message>
        <source>Security Events</source>
        <translation>Événements de sécurité</translation>
    </message>
    <message>
        <source>The events a Security Event Token reports.</source>
        <translation>Les événements que signale un Security Event Token.</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>The algorithm the token says it was signed with. A safe verifier pins the algorithm itself and only checks that this one is allowed.</source>
        <translation>L’algorithme avec lequel le jeton prétend avoir été signé. Un vérificateur sûr fixe lui-même l’algorithme et vérifie seulement que celui-ci est autorisé.</translation>
    </message>
    <message>
        <source>JWK Set URL</source>
        <translation>URL du JWK Set</translation>
    </message>
    <message>
        <source>A URL of keys named by the token itself: never trust it to choose the verification key.</source>
        <translation>Une URL de clés désignée par le jeton lui-même&#xa0;: ne jamais s’y fier pour choisir la clé de vérification.</translation>
    </message>
    <message>
        <source>JSON Web Key</source>
        <translation>JSON Web Key</translation>
    </message>
    <message>
        <source>A key embedded by the token itself: never trust it to verify the same token.</source>
        <translation>Une clé intégrée par le jeton lui-même&#xa0;: ne jamais s’y fier pour vérifier ce même jeton.</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Names the key that signed the token; a verifier looks it up by exact match in its own keys.</source>
        <translation>Désigne la clé qui a signé le jeton&#xa0;; un vérificateur la recherche par correspondance exacte parmi ses propres clés.</translation>
    </message>
    <message>
        <source>X.509 URL</source>
        <translation>URL X.509</translation>
    </message>
    <message>
        <source>A URL of a certificate chain named by the token itself: never a source of trust.</source>
        <translation>Une URL de chaîne de certificats désignée par le jeton lui-même&#xa0;: jamais une source de confiance.</translation>
    </message>
    <message>
        <source>X.509 Certificate Chain</source>
        <translation>Chaîne de certificats X.509</translation>
    </message>
    <message>
        <source>Certificates embedded in the token: only trustworthy after validating the chain against your own roots.</source>
        <translation>Certificats intégrés au jeton&#xa0;: dignes de confiance seulement après validation de la chaîne par rapport à vos propres racines.</translation>
    </message>
    <message>
        <source>X.509 SHA-1 Thumbprint</source>
        <translation>Empreinte SHA-1 X.509</translation>
    </message>
    <message>
        <source>Names the signing certificate by its SHA-1 hash.</source>
        <translation>Désigne le certificat de signature par son hachage SHA-1.</translation>
    </message>
    <message>
        <source>X.509 SHA-256 Thumbprint</source>
        <translation>Empreinte SHA-256 X.509</translation>
    </message>
    <message>
        <source>Names the signing certificate by its SHA-256 hash.</source>
        <translation>Désigne le certificat de signature par son hachage SHA-256.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The media type of the whole token (&quot;JWT&quot;, &quot;at+jwt&quot;…): lets a verifier refuse a token of another kind.</source>
        <translation>Le type de média du jeton entier («&#xa0;JWT&#xa0;», «&#xa0;at+jwt&#xa0;»…)&#xa0;: permet à un vérificateur de refuser un jeton d’un autre genre.</translation>
    </message>
    <message>
        <source>Content Type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>The media type of the payload (&quot;JWT&quot; for a nested token).</source>
        <translation>Le type de média de la charge utile («&#xa0;JWT&#xa0;» pour un jeton imbriqué).</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Header extensions the verifier must understand, or else reject the token.</source>
        <translation>Extensions d’en-tête que le vérificateur doit comprendre, faute de quoi il rejette le jeton.</translation>
    </message>
    <message>
        <source>Base64url-Encode Payload</source>
        <translation>Encoder la charge utile en Base64url</translation>
    </message>
    <message>
        <source>false means the payload is sent unencoded (never allowed in a JWT).</source>
        <translation>false signifie que la charge utile est envoyée non encodée (jamais autorisé dans un JWT).</translation>
    </message>
    <message>
        <source>Encryption Algorithm</source>
        <translation>Algorithme de chiffrement</translation>
    </message>
    <message>
        <source>The content encryption of a JWE (A256GCM…).</source>
        <translation>Le chiffrement du contenu d’un JWE (A256GCM…).</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <source>The payload was compressed before encryption (DEF).</source>
        <translation>La charge utile a été compressée avant le chiffrement (DEF).</translation>
    </message>
    <message>
        <source>Ephemeral Public Key</source>
        <translation>Clé publique éphémère</translation>
    </message>
    <message>
        <source>The sender&apos;s one-time key for ECDH key agreement.</source>
        <translation>La clé à usage unique de l’expéditeur pour l’accord de clé ECDH.</translation>
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
        <translation>Informations sur les parties, intégrées à la dérivation de clé ECDH.</translation>
    </message>
    <message>
        <source>Initialization Vector</source>
        <translation>Vecteur d’initialisation</translation>
    </message>
    <message>
        <source>Authentication Tag</source>
        <translation>Tag d’authentification</translation>
    </message>
    <message>
        <source>A parameter of AES-GCM key wrapping.</source>
        <translation>Un paramètre de l’encapsulation de clé AES-GCM.</translation>
    </message>
    <message>
        <source>PBES2 Salt</source>
        <translation>Sel PBES2</translation>
    </message>
    <message>
        <source>PBES2 Count</source>
        <translation>Nombre d’itérations PBES2</translation>
    </message>
    <message>
        <source>A parameter of password-based key wrapping.</source>
        <translation>Un paramètre de l’encapsulation de clé par mot de passe.</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimsPanel</name>
    <message>
        <source>Header parameters</source>
        <translation>Paramètres d’en-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims (hover a name for its meaning and RFC section)</source>
        <translation>Claims (survolez un nom&#xa0;: sens et section RFC)</translation>
    </message>
</context>
<context>
    <name>authscope::ClaimsTableModel</name>
    <message>
        <source>%1: a header parameter not registered by the JOSE specifications; its meaning is up to the issuer.</source>
        <translation>%1&#xa0;: un paramètre d’en-tête non enregistré par les spécifications JOSE&#xa0;; son sens dépend de l’émetteur.</translation>
    </message>
    <message>
        <source>%1: a private claim, not registered; its meaning is up to the issuer.</source>
        <translation>%1&#xa0;: un claim privé, non enregistré&#xa0;; son sens dépend de l’émetteur.</translation>
    </message>
    <message>
        <source>%1 (%2)
%3
Defined in %4</source>
        <translation>%1 (%2)
%3
Défini dans %4</translation>
    </message>
    <message>
        <source>This claim looks sensitive: a JWT payload is only encoded, not encrypted, so anyone who holds the token can read it.</source>
        <translation>Ce claim semble sensible&#xa0;: la charge utile d’un JWT est seulement encodée, pas chiffrée, donc quiconque détient le jeton peut la lire.</translation>
    </message>
    <message>
        <source>A NumericDate must be a number of seconds since 1970-01-01 UTC, between 0 and year 9999.</source>
        <translation>Un NumericDate doit être un nombre de secondes depuis le 1970-01-01 UTC, entre 0 et l’an 9999.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not a valid NumericDate</source>
        <translation>NumericDate non valide</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Relative to now</source>
        <translation>Par rapport à maintenant</translation>
    </message>
</context>
<context>
    <name>authscope::CollapsibleSection</name>
    <message>
        <source> (expanded)</source>
        <translation> (déplié)</translation>
    </message>
    <message>
        <source> (collapsed)</source>
        <translation> (replié)</translation>
    </message>
</context>
<context>
    <name>authscope::ConnectDialog</name>
    <message>
        <source>Connect to a database</source>
        <translation>Se connecter à une base de données</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>&amp;New profile</source>
        <translation>&amp;Nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>A new profile: fill in the form and save it.</source>
        <translation>Un nouveau profil&#xa0;: remplissez le formulaire et enregistrez-le.</translation>
    </message>
    <message>
        <source>No profiles yet: describe a database and save it.</source>
        <translation>Aucun profil pour l’instant&#xa0;: décrivez une base de données et enregistrez-la.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>The password is in the system keychain.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password was not saved: %1 AuthScope will use PostgreSQL&apos;s own sources (PGPASSWORD, ~/.pgpass) or ask when it connects.</source>
        <translation>Le mot de passe n’a pas été enregistré&#xa0;: %1 AuthScope utilisera les sources propres à PostgreSQL (PGPASSWORD, ~/.pgpass) ou le demandera à la connexion.</translation>
    </message>
    <message>
        <source>The password was not saved: AuthScope will ask when it connects.</source>
        <translation>Le mot de passe n’a pas été enregistré&#xa0;: AuthScope le demandera à la connexion.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its saved password? The database itself is not touched.</source>
        <translation>Supprimer le profil %1 et son mot de passe enregistré&#xa0;? La base de données elle-même n’est pas touchée.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>(No keychain entry was removed: %1)</source>
        <translation>(Aucune entrée du trousseau n’a été supprimée&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>authscope::CostView</name>
    <message>
        <source>Bars show:</source>
        <translation>Les barres montrent&#xa0;:</translation>
    </message>
    <message>
        <source>Throughput (requests per second)</source>
        <translation>Débit (requêtes par seconde)</translation>
    </message>
    <message>
        <source>Latency (p50, p90, p99 in ms)</source>
        <translation>Latence (p50, p90, p99 en ms)</translation>
    </message>
    <message>
        <source>What the bars show</source>
        <translation>Ce que montrent les barres</translation>
    </message>
    <message>
        <source>Cost per request: bar chart</source>
        <translation>Coût par requête&#xa0;: diagramme à barres</translation>
    </message>
    <message>
        <source>Cost per request: latency histogram</source>
        <translation>Coût par requête&#xa0;: histogramme de latence</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <source>vs. no auth</source>
        <translation>vs sans auth.</translation>
    </message>
    <message>
        <source>Requests per second relative to the same server without authentication</source>
        <translation>Requêtes par seconde par rapport au même serveur sans authentification</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>Half the requests took at most this long</source>
        <translation>La moitié des requêtes ont duré au plus ce temps</translation>
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
        <translation>Une requête sur cent a duré plus longtemps</translation>
    </message>
    <message>
        <source>Added (ms)</source>
        <translation>En plus (ms)</translation>
    </message>
    <message>
        <source>Mean latency minus the mean latency without authentication</source>
        <translation>Latence moyenne moins la latence moyenne sans authentification</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Answers other than 200 and failed connections</source>
        <translation>Réponses autres que 200 et connexions échouées</translation>
    </message>
    <message>
        <source>No cost-per-request run yet</source>
        <translation>Aucune exécution «&#xa0;coût par requête&#xa0;» pour l’instant</translation>
    </message>
    <message>
        <source>no authentication (baseline)</source>
        <translation>sans authentification (référence)</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>cookie de session</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>requests per second (higher is better)</source>
        <translation>requêtes par seconde (plus c’est haut, mieux c’est)</translation>
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
        <translation>latence en millisecondes (plus c’est bas, mieux c’est)</translation>
    </message>
    <message>
        <source>This run has no latency histogram</source>
        <translation>Cette exécution n’a pas d’histogramme de latence</translation>
    </message>
    <message>
        <source>The latency histogram appears after a run</source>
        <translation>Histogramme après une exécution</translation>
    </message>
    <message>
        <source>Tick modes in the table to draw their latency</source>
        <translation>Cochez des modes dans le tableau pour tracer leur latence</translation>
    </message>
    <message>
        <source>share of requests (%)</source>
        <translation>part des requêtes (%)</translation>
    </message>
    <message>
        <source>no auth</source>
        <translation>sans auth.</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <source>cookie, no cache</source>
        <translation>cookie, sans cache</translation>
    </message>
    <message>
        <source>cookie, renew all</source>
        <translation>cookie, toujours renouvelé</translation>
    </message>
    <message>
        <source>%1 + deny</source>
        <translation>%1 + refus</translation>
    </message>
    <message>
        <source>Mode (ticked: in the histogram)</source>
        <translation>Mode (coché&#xa0;: dans l’histogramme)</translation>
    </message>
    <message>
        <source>Tick modes to compare their latency in the histogram</source>
        <translation>Cochez des modes pour comparer leur latence dans l’histogramme</translation>
    </message>
    <message>
        <source>JWT %1 + deny</source>
        <translation>JWT %1 + refus</translation>
    </message>
    <message>
        <source>JWT %1</source>
        <translation>JWT %1</translation>
    </message>
    <message>
        <source>JWT %1 once</source>
        <translation>JWT %1 une fois</translation>
    </message>
    <message>
        <source>%1 once</source>
        <translation>%1 une fois</translation>
    </message>
    <message>
        <source>latency (ms, log scale)</source>
        <translation>latence (ms, échelle log.)</translation>
    </message>
</context>
<context>
    <name>authscope::DatabaseProblemDialog</name>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données AuthScope (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Open another AuthScope database, or create a new one. The file above was left as it is.</source>
        <translation>Ouvrez une autre base de données AuthScope ou créez-en une nouvelle. Le fichier ci-dessus est laissé tel quel.</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Ouvrir une autre…</translation>
    </message>
    <message>
        <source>&amp;Create new…</source>
        <translation>&amp;Créer une nouvelle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>authscope::DecodedPanel</name>
    <message>
        <source>Decoded header</source>
        <translation>En-tête décodé</translation>
    </message>
    <message>
        <source>Decoded payload</source>
        <translation>Charge utile décodée</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy the decoded header JSON</source>
        <translation>Copier le JSON de l’en-tête décodé</translation>
    </message>
    <message>
        <source>Copy the decoded payload</source>
        <translation>Copier la charge utile décodée</translation>
    </message>
    <message>
        <source>Header: algorithm and token type</source>
        <translation>En-tête&#xa0;: algorithme et type de jeton</translation>
    </message>
    <message>
        <source>Payload: data</source>
        <translation>Charge utile&#xa0;: données</translation>
    </message>
    <message>
        <source>The payload of a JWE is encrypted (%1).</source>
        <translation>La charge utile d’un JWE est chiffrée (%1).</translation>
    </message>
    <message>
        <source>A JWE has no signature: its integrity comes from the authentication tag.</source>
        <translation>Un JWE n’a pas de signature&#xa0;: son intégrité vient du tag d’authentification.</translation>
    </message>
    <message>
        <source>The payload is not a JSON object or array: shown as text (a plain JWS, not a JWT).</source>
        <translation>La charge utile n’est ni un objet ni un tableau JSON&#xa0;: affichée comme texte (un simple JWS, pas un JWT).</translation>
    </message>
    <message numerus="yes">
        <source>The payload is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>La charge utile est binaire (%Ln octet)&#xa0;: affichée en hexadécimal.</numerusform>
            <numerusform>La charge utile est binaire (%Ln octets)&#xa0;: affichée en hexadécimal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty: the token is not signed.</source>
        <translation>Vide&#xa0;: le jeton n’est pas signé.</translation>
    </message>
    <message>
        <source>%1 bytes: r‖s for %2, as JWS requires (not DER)</source>
        <translation>%1 octets&#xa0;: r‖s pour %2, comme l’exige JWS (pas DER)</translation>
    </message>
    <message>
        <source>%1 bytes, but %2 needs exactly %3 (r‖s): this signature cannot be valid</source>
        <translation>%1 octets, mais %2 en exige exactement %3 (r‖s)&#xa0;: cette signature ne peut pas être valide</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s), %1</source>
        <translation>
            <numerusform>%Ln octet, %1</numerusform>
            <numerusform>%Ln octets, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>base64url: %1
hex: %2</source>
        <translation>base64url&#xa0;: %1
hex&#xa0;: %2</translation>
    </message>
    <message>
        <source>This is an encrypted token (JWE, five parts): only its protected header can be read without the key. &lt;a href=&quot;#decrypt&quot;&gt;Decrypt it&lt;/a&gt; with its key to see the payload; a signed token inside can then be read and verified.</source>
        <translation>C’est un jeton chiffré (JWE, cinq parties)&#xa0;: sans la clé, seul son en-tête protégé est lisible. &lt;a href=&quot;#decrypt&quot;&gt;Déchiffrez-le&lt;/a&gt; avec sa clé pour voir la charge utile&#xa0;; un jeton signé qu’il contient pourra alors être lu et vérifié.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Key binding</source>
        <translation>Liaison à une clé</translation>
    </message>
    <message>
        <source>Check a proof…</source>
        <translation>Vérifier une preuve…</translation>
    </message>
    <message>
        <source>Encrypted: decrypt it on the Decrypt tab to read the payload.</source>
        <translation>Chiffré&#xa0;: déchiffrez-le dans l’onglet Déchiffrer pour lire la charge utile.</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptKeySource</name>
    <message>
        <source>secret key of %1 bits</source>
        <translation>clé secrète de %1 bits</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>Clé privée RSA de %1 bits</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>Clé publique RSA de %1 bits</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>Clé privée %1</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Clé publique %1</translation>
    </message>
    <message>
        <source> · kid &apos;%1&apos;</source>
        <translation> · kid «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Decryption key source</source>
        <translation>Source de la clé de déchiffrement</translation>
    </message>
    <message>
        <source>Pasted JWK, JWK Set or PEM</source>
        <translation>JWK, JWK Set ou PEM collé</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Password (PBES2)</source>
        <translation>Mot de passe (PBES2)</translation>
    </message>
    <message>
        <source>This database&apos;s key store</source>
        <translation>Magasin de clés de cette base de données</translation>
    </message>
    <message>
        <source>Paste the private key: a JWK, a JWK Set (the token&apos;s kid picks the key) or a PEM private key. An encrypted PEM asks for its passphrase when you decrypt.</source>
        <translation>Collez la clé privée&#xa0;: un JWK, un JWK Set (le kid du jeton choisit la clé) ou une clé privée PEM. Un PEM chiffré demande sa phrase secrète au déchiffrement.</translation>
    </message>
    <message>
        <source>Decryption key text</source>
        <translation>Texte de la clé de déchiffrement</translation>
    </message>
    <message>
        <source>The password the token was encrypted with (PBES2)</source>
        <translation>Le mot de passe avec lequel le jeton a été chiffré (PBES2)</translation>
    </message>
    <message>
        <source>PBES2 password</source>
        <translation>Mot de passe PBES2</translation>
    </message>
    <message>
        <source>Choose the decryption key</source>
        <translation>Choisir la clé de déchiffrement</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.jwks *.key);;All files (*)</source>
        <translation>Clés (*.pem *.jwk *.json *.jwks *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Path of a JWK, JWK Set or PEM private key</source>
        <translation>Chemin d’un JWK, d’un JWK Set ou d’une clé privée PEM</translation>
    </message>
    <message>
        <source>Decryption key file path</source>
        <translation>Chemin du fichier de la clé de déchiffrement</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Key store key</source>
        <translation>Clé du magasin de clés</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a key file is at most 1 MiB, so this is not one.</source>
        <translation>%1 fait %2 octets&#xa0;: un fichier de clé fait au plus 1 Mio, ce n’en est donc pas un.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>No key store is open in this window.</source>
        <translation>Aucun magasin de clés n’est ouvert dans cette fenêtre.</translation>
    </message>
    <message>
        <source>The key store cannot be read: %1 (%2)</source>
        <translation>Impossible de lire le magasin de clés&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The key store&apos;s encryption keys do not fit this token&apos;s algorithm.</source>
        <translation>Les clés de chiffrement du magasin ne conviennent pas à l’algorithme de ce jeton.</translation>
    </message>
    <message>
        <source>This database&apos;s key store holds no encryption key (use &quot;enc&quot;); signing keys never decrypt.</source>
        <translation>Le magasin de clés de cette base de données ne contient aucune clé de chiffrement (usage «&#xa0;enc&#xa0;»)&#xa0;; les clés de signature ne déchiffrent jamais.</translation>
    </message>
    <message>
        <source>The key store is locked: its passphrase is asked when you decrypt.</source>
        <translation>Le magasin de clés est verrouillé&#xa0;: sa phrase secrète est demandée au déchiffrement.</translation>
    </message>
    <message>
        <source>This is a public key: it can encrypt to its owner, but only the private key decrypts.</source>
        <translation>C’est une clé publique&#xa0;: elle permet de chiffrer pour son propriétaire, mais seule la clé privée déchiffre.</translation>
    </message>
    <message>
        <source>No key file chosen yet.</source>
        <translation>Aucun fichier de clé choisi.</translation>
    </message>
    <message>
        <source>No key pasted yet.</source>
        <translation>Aucune clé collée.</translation>
    </message>
    <message>
        <source>Encrypted private key</source>
        <translation>Clé privée chiffrée</translation>
    </message>
    <message>
        <source>The private key is encrypted. Its passphrase opens it for this decryption; it is not kept.</source>
        <translation>La clé privée est chiffrée. Sa phrase secrète l’ouvre pour ce déchiffrement&#xa0;; elle n’est pas conservée.</translation>
    </message>
    <message>
        <source>No passphrase given: the key stays closed.</source>
        <translation>Aucune phrase secrète donnée&#xa0;: la clé reste fermée.</translation>
    </message>
    <message>
        <source>No password entered yet.</source>
        <translation>Aucun mot de passe saisi pour l’instant.</translation>
    </message>
    <message>
        <source>No key store key chosen.</source>
        <translation>Aucune clé du magasin choisie.</translation>
    </message>
    <message>
        <source>The key store stays locked: its keys cannot be used.</source>
        <translation>Le magasin de clés reste verrouillé&#xa0;: ses clés sont inutilisables.</translation>
    </message>
    <message>
        <source>no key file</source>
        <translation>aucun fichier de clé</translation>
    </message>
    <message>
        <source>key file %1</source>
        <translation>fichier de clé %1</translation>
    </message>
    <message>
        <source>pasted key</source>
        <translation>clé collée</translation>
    </message>
    <message>
        <source>no key store key</source>
        <translation>aucune clé du magasin</translation>
    </message>
    <message>
        <source>the key store&apos;s key &apos;%1&apos;</source>
        <translation>la clé «&#xa0;%1&#xa0;» du magasin de clés</translation>
    </message>
    <message numerus="yes">
        <source>✔ A password of %Ln character(s), for PBES2 tokens</source>
        <translation>
            <numerusform>✔ Un mot de passe de %Ln caractère, pour les jetons PBES2</numerusform>
            <numerusform>✔ Un mot de passe de %Ln caractères, pour les jetons PBES2</numerusform>
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
        <translation>✔ %1 (ouverte avec sa phrase secrète)</translation>
    </message>
    <message>
        <source>An encrypted private key: its passphrase is asked when you decrypt.</source>
        <translation>Une clé privée chiffrée&#xa0;: sa phrase secrète est demandée au déchiffrement.</translation>
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
        <translation>Algorithmes de gestion de clés autorisés</translation>
    </message>
    <message>
        <source>Which key management algorithms (alg) are accepted. None ticked: the key decides (its own alg, else what its type can do), which is the safe default.</source>
        <translation>Quels algorithmes de gestion de clés (alg) sont acceptés. Aucun coché&#xa0;: la clé décide (son propre alg, sinon ce que permet son type), ce qui est le choix sûr par défaut.</translation>
    </message>
    <message>
        <source>Allowed content encryptions</source>
        <translation>Chiffrements de contenu autorisés</translation>
    </message>
    <message>
        <source>Which content encryptions (enc) are accepted. None ticked: all six.</source>
        <translation>Quels chiffrements de contenu (enc) sont acceptés. Aucun coché&#xa0;: les six.</translation>
    </message>
    <message>
        <source>Allow RSA1_5 (RSAES-PKCS1-v1_5: open to padding-oracle attacks)</source>
        <translation>Autoriser RSA1_5 (RSAES-PKCS1-v1_5&#xa0;: exposé aux attaques par oracle de remplissage)</translation>
    </message>
    <message>
        <source>Off by default. Only for tokens from a provider that still uses RSA1_5 (RFC 8725 §3.2 advises against it).</source>
        <translation>Désactivé par défaut. Seulement pour les jetons d’un fournisseur qui utilise encore RSA1_5 (la RFC 8725 §3.2 le déconseille).</translation>
    </message>
    <message>
        <source>PBES2 tokens with more iterations (p2c) are refused before any key derivation: a huge count would keep the computer busy for minutes.</source>
        <translation>Les jetons PBES2 avec plus d’itérations (p2c) sont refusés avant toute dérivation de clé&#xa0;: un nombre énorme occuperait l’ordinateur pendant des minutes.</translation>
    </message>
    <message>
        <source>Maximum PBES2 iterations</source>
        <translation>Nombre maximal d’itérations PBES2</translation>
    </message>
    <message>
        <source>Algorithms (alg):</source>
        <translation>Algorithmes (alg)&#xa0;:</translation>
    </message>
    <message>
        <source>Encryptions (enc):</source>
        <translation>Chiffrements (enc)&#xa0;:</translation>
    </message>
    <message>
        <source>PBES2 iterations at most:</source>
        <translation>Itérations PBES2 au plus&#xa0;:</translation>
    </message>
    <message>
        <source>alg pinned by the key</source>
        <translation>alg fixé par la clé</translation>
    </message>
    <message numerus="yes">
        <source>%n algorithm(s)</source>
        <translation>
            <numerusform>%n algorithme</numerusform>
            <numerusform>%n algorithmes</numerusform>
        </translation>
    </message>
    <message>
        <source>every enc</source>
        <translation>tout enc</translation>
    </message>
    <message numerus="yes">
        <source>%n encryption(s)</source>
        <translation>
            <numerusform>%n chiffrement</numerusform>
            <numerusform>%n chiffrements</numerusform>
        </translation>
    </message>
    <message>
        <source>p2c ≤ %1</source>
        <translation>p2c ≤ %1</translation>
    </message>
    <message>
        <source>RSA1_5 allowed</source>
        <translation>RSA1_5 autorisé</translation>
    </message>
    <message>
        <source>Pinned by the key</source>
        <translation>Fixés par la clé</translation>
    </message>
    <message>
        <source>All six</source>
        <translation>Les six</translation>
    </message>
</context>
<context>
    <name>authscope::DecryptPanel</name>
    <message>
        <source>Back to the encrypted token</source>
        <translation>Retour au jeton chiffré</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Déchiffrer</translation>
    </message>
    <message>
        <source>Decrypt the token with the key (Ctrl+Return)</source>
        <translation>Déchiffrer le jeton avec la clé (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Decryption result</source>
        <translation>Résultat du déchiffrement</translation>
    </message>
    <message>
        <source>Protected header</source>
        <translation>En-tête protégé</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Texte en clair</translation>
    </message>
    <message>
        <source>Open the inner token (Decoded, Claims, Verify)</source>
        <translation>Ouvrir le jeton interne (Décodé, Claims, Vérifier)</translation>
    </message>
    <message>
        <source>Read and verify the signed token inside: decryption alone does not prove who made it</source>
        <translation>Lire et vérifier le jeton signé qu’il contient&#xa0;: le déchiffrement seul ne prouve pas qui l’a créé</translation>
    </message>
    <message>
        <source>The token on the page was decrypted from a JWE: it is the signed token that was inside.</source>
        <translation>Le jeton de la page a été déchiffré à partir d’un JWE&#xa0;: c’est le jeton signé qu’il contenait.</translation>
    </message>
    <message>
        <source>No token yet. Paste an encrypted token (JWE, five parts) to decrypt it.</source>
        <translation>Pas encore de jeton. Collez un jeton chiffré (JWE, cinq parties) pour le déchiffrer.</translation>
    </message>
    <message>
        <source>The token on this page is not encrypted (it is a signed JWS): there is nothing to decrypt.</source>
        <translation>Le jeton de cette page n’est pas chiffré (c’est un JWS signé)&#xa0;: il n’y a rien à déchiffrer.</translation>
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
        <translation>kid «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a signed token inside (cty JWT)</source>
        <translation>un jeton signé à l’intérieur (cty JWT)</translation>
    </message>
    <message>
        <source>An encrypted token (JWE): %1.</source>
        <translation>Un jeton chiffré (JWE)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose the key, then Decrypt (Ctrl+Return).</source>
        <translation>Choisissez la clé, puis Déchiffrer (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Decrypting…</source>
        <translation>Déchiffrement en cours…</translation>
    </message>
    <message numerus="yes">
        <source>The plaintext is binary (%Ln byte(s)): shown in hex.</source>
        <translation>
            <numerusform>Le texte en clair est binaire (%Ln octet)&#xa0;: affiché en hexadécimal.</numerusform>
            <numerusform>Le texte en clair est binaire (%Ln octets)&#xa0;: affiché en hexadécimal.</numerusform>
        </translation>
    </message>
    <message>
        <source>A nested JWT (cty JWT): decryption alone does not say who made it. Open it to read its claims and verify its signature.</source>
        <translation>JWT imbriqué (cty JWT)&#xa0;: déchiffrer ne dit pas qui l’a créé. Ouvrez-le pour lire ses claims et vérifier sa signature.</translation>
    </message>
    <message>
        <source>The header says cty JWT, but the plaintext is not a compact token: %1</source>
        <translation>L’en-tête indique cty JWT, mais le texte en clair n’est pas un jeton compact&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>JSON, %Ln byte(s).</source>
        <translation>
            <numerusform>JSON, %Ln octet.</numerusform>
            <numerusform>JSON, %Ln octets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text, %Ln byte(s).</source>
        <translation>
            <numerusform>Texte, %Ln octet.</numerusform>
            <numerusform>Texte, %Ln octets.</numerusform>
        </translation>
    </message>
    <message>
        <source> (kid &apos;%1&apos;)</source>
        <translation> (kid «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>✔ Decrypted with %1%2: alg %3, enc %4</source>
        <translation>✔ Déchiffré avec %1%2&#xa0;: alg %3, enc %4</translation>
    </message>
    <message>
        <source>✘ Not decrypted: %1 (%2)</source>
        <translation>✘ Non déchiffré&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Détails&#xa0;: %1</translation>
    </message>
    <message>
        <source>the key does not open this token, or the token was altered on the way.</source>
        <translation>la clé n’ouvre pas ce jeton, ou le jeton a été modifié en route.</translation>
    </message>
    <message>
        <source>the token asks for more password iterations than allowed; refused before any work.</source>
        <translation>le jeton demande plus d’itérations de mot de passe que permis&#xa0;; refusé avant tout calcul.</translation>
    </message>
    <message>
        <source>the token&apos;s ephemeral key is not a point of the key&apos;s curve (an invalid-curve attack).</source>
        <translation>la clé éphémère du jeton n’est pas un point de la courbe de la clé (une attaque par courbe invalide).</translation>
    </message>
    <message>
        <source>the token&apos;s ephemeral key gives an all-zero shared secret (a small-order point).</source>
        <translation>la clé éphémère du jeton donne un secret partagé entièrement nul (un point d’ordre faible).</translation>
    </message>
    <message>
        <source>the key, or the content key in the token, has the wrong size for the algorithm.</source>
        <translation>la clé, ou la clé de contenu du jeton, n’a pas la bonne taille pour l’algorithme.</translation>
    </message>
    <message>
        <source>the authentication tag is truncated or too long; nothing was decrypted.</source>
        <translation>l’étiquette d’authentification est tronquée ou trop longue&#xa0;; rien n’a été déchiffré.</translation>
    </message>
    <message>
        <source>the decompressed content is larger than allowed (a zip bomb?).</source>
        <translation>le contenu décompressé dépasse la taille permise (une bombe zip&#xa0;?).</translation>
    </message>
    <message>
        <source>the compressed content is not valid.</source>
        <translation>le contenu compressé n’est pas valide.</translation>
    </message>
    <message>
        <source>the token&apos;s algorithm is not allowed for this key; the options can allow it.</source>
        <translation>l’algorithme du jeton n’est pas autorisé pour cette clé&#xa0;; les options peuvent l’autoriser.</translation>
    </message>
    <message>
        <source>the token&apos;s key management algorithm is unknown.</source>
        <translation>l’algorithme de gestion de clés du jeton est inconnu.</translation>
    </message>
    <message>
        <source>the token&apos;s content encryption is unknown or not allowed in the options.</source>
        <translation>le chiffrement de contenu du jeton est inconnu ou non autorisé dans les options.</translation>
    </message>
    <message>
        <source>no key given has the kid the token names.</source>
        <translation>aucune clé donnée n’a le kid que nomme le jeton.</translation>
    </message>
    <message>
        <source>there is no key to decrypt with.</source>
        <translation>il n’y a aucune clé pour déchiffrer.</translation>
    </message>
    <message>
        <source>the key&apos;s type does not fit the token&apos;s algorithm.</source>
        <translation>le type de la clé ne convient pas à l’algorithme du jeton.</translation>
    </message>
    <message>
        <source>the key may not decrypt (it is a signing key, or only its public half).</source>
        <translation>la clé ne peut pas déchiffrer (c’est une clé de signature, ou seulement sa moitié publique).</translation>
    </message>
    <message>
        <source>the key cannot be read (a wrong passphrase, or not a key).</source>
        <translation>la clé est illisible (une mauvaise phrase secrète, ou ce n’est pas une clé).</translation>
    </message>
    <message>
        <source>the key is too small to be used.</source>
        <translation>la clé est trop petite pour être utilisée.</translation>
    </message>
    <message>
        <source>the token has a critical header parameter that is not understood.</source>
        <translation>le jeton a un paramètre d’en-tête critique qui n’est pas compris.</translation>
    </message>
    <message>
        <source>this is not an encrypted token.</source>
        <translation>ce n’est pas un jeton chiffré.</translation>
    </message>
    <message>
        <source>the decryption options are not usable.</source>
        <translation>les options de déchiffrement sont inutilisables.</translation>
    </message>
    <message>
        <source>the key store is locked.</source>
        <translation>le magasin de clés est verrouillé.</translation>
    </message>
    <message>
        <source>a public key cannot decrypt.</source>
        <translation>une clé publique ne peut pas déchiffrer.</translation>
    </message>
    <message>
        <source>the key file cannot be used.</source>
        <translation>le fichier de clé est inutilisable.</translation>
    </message>
    <message>
        <source>the token cannot be read as a JWE.</source>
        <translation>le jeton ne peut pas être lu comme JWE.</translation>
    </message>
    <message>
        <source>no usable key.</source>
        <translation>aucune clé utilisable.</translation>
    </message>
</context>
<context>
    <name>authscope::DpopBinding</name>
    <message>
        <source>DPoP-bound (RFC 9449): this token is bound to the key with thumbprint %1 (cnf.jkt). A resource server accepts it only as &quot;Authorization: DPoP&quot; with a proof signed by that key; sent as a Bearer token without a proof, it is refused.</source>
        <translation>Lié à DPoP (RFC 9449)&#xa0;: ce jeton est lié à la clé d’empreinte %1 (cnf.jkt). Un serveur de ressources ne l’accepte que comme «&#xa0;Authorization: DPoP&#xa0;» avec une preuve signée par cette clé&#xa0;; envoyé comme jeton Bearer sans preuve, il est refusé.</translation>
    </message>
</context>
<context>
    <name>authscope::DpopPanel</name>
    <message>
        <source>Paste a DPoP proof (the value of the request&apos;s DPoP header) to check it.</source>
        <translation>Collez une preuve DPoP (la valeur de l’en-tête DPoP de la requête) pour la vérifier.</translation>
    </message>
    <message>
        <source>The DPoP proof: a JWS with typ dpop+jwt, as sent in the DPoP header</source>
        <translation>La preuve DPoP&#xa0;: un JWS avec typ dpop+jwt, tel qu’envoyé dans l’en-tête DPoP</translation>
    </message>
    <message>
        <source>DPoP proof</source>
        <translation>Preuve DPoP</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Méthode HTTP</translation>
    </message>
    <message>
        <source>The request&apos;s method; the proof&apos;s htm must be exactly this</source>
        <translation>La méthode de la requête&#xa0;; le htm de la preuve doit être exactement celle-ci</translation>
    </message>
    <message>
        <source>https://api.example/resource (query and fragment are ignored)</source>
        <translation>https://api.example/resource (la requête et le fragment sont ignorés)</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL de la requête</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>None: check the proof alone</source>
        <translation>Aucun&#xa0;: vérifier la preuve seule</translation>
    </message>
    <message>
        <source>The token on this page</source>
        <translation>Le jeton de cette page</translation>
    </message>
    <message>
        <source>Another access token (paste it below)</source>
        <translation>Un autre jeton d’accès (collez-le ci-dessous)</translation>
    </message>
    <message>
        <source>With an access token, the proof&apos;s ath must be its hash and the token&apos;s cnf.jkt the thumbprint of the proof&apos;s key</source>
        <translation>Avec un jeton d’accès, le ath de la preuve doit être son hachage et le cnf.jkt du jeton l’empreinte de la clé de la preuve</translation>
    </message>
    <message>
        <source>The access token sent with the proof</source>
        <translation>Le jeton d’accès envoyé avec la preuve</translation>
    </message>
    <message>
        <source>Other access token</source>
        <translation>Autre jeton d’accès</translation>
    </message>
    <message>
        <source>None: the server demands no nonce</source>
        <translation>Aucun&#xa0;: le serveur n’exige pas de nonce</translation>
    </message>
    <message>
        <source>Expected nonce</source>
        <translation>Nonce attendu</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How far the proof&apos;s iat may be from now (RFC 9449 §11.1)</source>
        <translation>De combien le iat de la preuve peut s’écarter de maintenant (RFC 9449 §11.1)</translation>
    </message>
    <message>
        <source>Proof (the DPoP header&apos;s value):</source>
        <translation>Preuve (valeur de l’en-tête DPoP)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Jeton d’&amp;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Expected &amp;nonce:</source>
        <translation>&amp;Nonce attendu&#xa0;:</translation>
    </message>
    <message>
        <source>iat &amp;window:</source>
        <translation>&amp;Fenêtre iat&#xa0;:</translation>
    </message>
    <message>
        <source>Check proof</source>
        <translation>Vérifier la preuve</translation>
    </message>
    <message>
        <source>Check as I type</source>
        <translation>Vérifier pendant la saisie</translation>
    </message>
    <message>
        <source>Proof verdict</source>
        <translation>Verdict sur la preuve</translation>
    </message>
    <message>
        <source>Failed rules</source>
        <translation>Règles non respectées</translation>
    </message>
    <message>
        <source>Decoded proof</source>
        <translation>Preuve décodée</translation>
    </message>
    <message>
        <source>The proof&apos;s header and claims appear here.</source>
        <translation>L’en-tête et les claims de la preuve apparaissent ici.</translation>
    </message>
    <message>
        <source>No access token: ath and cnf.jkt are not checked.</source>
        <translation>Pas de jeton d’accès&#xa0;: ath et cnf.jkt ne sont pas vérifiés.</translation>
    </message>
    <message>
        <source>There is no signed token on this page (a JWE is not an access token a proof can name): the proof is checked alone.</source>
        <translation>Il n’y a pas de jeton signé sur cette page (un JWE n’est pas un jeton d’accès qu’une preuve peut désigner)&#xa0;: la preuve est vérifiée seule.</translation>
    </message>
    <message>
        <source>Paste the access token sent with the proof.</source>
        <translation>Collez le jeton d’accès envoyé avec la preuve.</translation>
    </message>
    <message>
        <source>The access token is bound to the key with thumbprint %1 (cnf.jkt): the proof must be signed by that key, and its ath must be the token&apos;s hash.</source>
        <translation>Le jeton d’accès est lié à la clé d’empreinte %1 (cnf.jkt)&#xa0;: la preuve doit être signée par cette clé et son ath doit être le hachage du jeton.</translation>
    </message>
    <message>
        <source>The access token carries no cnf.jkt: it is a bearer token, not bound to any DPoP key, and a server that expects a DPoP-bound token refuses it (dpop.jkt-missing).</source>
        <translation>Le jeton d’accès ne porte pas de cnf.jkt&#xa0;: c’est un jeton Bearer, lié à aucune clé DPoP, et un serveur qui attend un jeton lié à DPoP le refuse (dpop.jkt-missing).</translation>
    </message>
    <message>
        <source>Give the request&apos;s method and URL: the proof is checked against them.</source>
        <translation>Indiquez la méthode et l’URL de la requête&#xa0;: la preuve est vérifiée par rapport à elles.</translation>
    </message>
    <message>
        <source>Header:
%1
Claims:
%2</source>
        <translation>En-tête&#xa0;:
%1
Claims&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Proof key thumbprint (RFC 7638): %1</source>
        <translation>Empreinte de la clé de la preuve (RFC 7638)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every rule of RFC 9449 §4.3 passed (replay not checked here: that needs the server&apos;s memory of the proofs it saw)</source>
        <translation>Toutes les règles de la RFC 9449 §4.3 sont respectées (le rejeu n’est pas vérifié ici&#xa0;: il faut pour cela la mémoire des preuves vues par le serveur)</translation>
    </message>
    <message>
        <source>, for the access token given (ath and cnf.jkt match)</source>
        <translation>, pour le jeton d’accès donné (ath et cnf.jkt correspondent)</translation>
    </message>
    <message>
        <source>✔ Valid DPoP proof for %1 %2%3</source>
        <translation>✔ Preuve DPoP valide pour %1 %2%3</translation>
    </message>
    <message>
        <source>✘ Refused: %1</source>
        <translation>✘ Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a readable proof</source>
        <translation>pas une preuve lisible</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop gros</translation>
    </message>
    <message>
        <source>wrong type (typ)</source>
        <translation>mauvais type (typ)</translation>
    </message>
    <message>
        <source>algorithm not allowed</source>
        <translation>algorithme non autorisé</translation>
    </message>
    <message>
        <source>no key (jwk)</source>
        <translation>pas de clé (jwk)</translation>
    </message>
    <message>
        <source>private key in the proof</source>
        <translation>clé privée dans la preuve</translation>
    </message>
    <message>
        <source>unusable key (jwk)</source>
        <translation>clé inutilisable (jwk)</translation>
    </message>
    <message>
        <source>signature does not verify</source>
        <translation>la signature ne se vérifie pas</translation>
    </message>
    <message>
        <source>claims unreadable</source>
        <translation>claims illisibles</translation>
    </message>
    <message>
        <source>wrong method (htm)</source>
        <translation>mauvaise méthode (htm)</translation>
    </message>
    <message>
        <source>wrong URL (htu)</source>
        <translation>mauvaise URL (htu)</translation>
    </message>
    <message>
        <source>outside the time window (iat)</source>
        <translation>hors de la fenêtre de temps (iat)</translation>
    </message>
    <message>
        <source>no usable jti</source>
        <translation>aucun jti utilisable</translation>
    </message>
    <message>
        <source>token hash missing (ath)</source>
        <translation>hachage du jeton manquant (ath)</translation>
    </message>
    <message>
        <source>made for another token (ath)</source>
        <translation>faite pour un autre jeton (ath)</translation>
    </message>
    <message>
        <source>nonce missing</source>
        <translation>nonce manquant</translation>
    </message>
    <message>
        <source>wrong nonce</source>
        <translation>mauvais nonce</translation>
    </message>
    <message>
        <source>token not bound (no cnf.jkt)</source>
        <translation>jeton non lié (pas de cnf.jkt)</translation>
    </message>
    <message>
        <source>signed by another key than the token&apos;s (cnf.jkt)</source>
        <translation>signée par une autre clé que celle du jeton (cnf.jkt)</translation>
    </message>
</context>
<context>
    <name>authscope::ExperimentView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the table of the run shown here as comma-separated values</source>
        <translation>Enregistrer le tableau de l’exécution affichée ici en valeurs séparées par des virgules</translation>
    </message>
    <message>
        <source>Export the shown run as CSV</source>
        <translation>Exporter l’exécution affichée en CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Save the whole run shown here (options, machine, every measurement) as JSON</source>
        <translation>Enregistrer toute l’exécution affichée ici (options, machine, chaque mesure) en JSON</translation>
    </message>
    <message>
        <source>Export the shown run as JSON</source>
        <translation>Exporter l’exécution affichée en JSON</translation>
    </message>
    <message>
        <source>%1: the numbers</source>
        <translation>%1&#xa0;: les chiffres</translation>
    </message>
    <message>
        <source>No run yet: choose the experiments above and press Run, or pick a saved run in History.</source>
        <translation>Aucune exécution&#xa0;: choisissez les expériences puis Lancer, ou une exécution de l’historique.</translation>
    </message>
    <message numerus="yes">
        <source>Quick run of %1, took %Ln s</source>
        <translation>
            <numerusform>Exécution rapide du %1, durée %Ln s</numerusform>
            <numerusform>Exécution rapide du %1, durée %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full run of %1, took %Ln s</source>
        <translation>
            <numerusform>Exécution complète du %1, durée %Ln s</numerusform>
            <numerusform>Exécution complète du %1, durée %Ln s</numerusform>
        </translation>
    </message>
    <message>
        <source> — saved as run %1</source>
        <translation> — enregistrée comme exécution %1</translation>
    </message>
    <message>
        <source> — cancelled: what was measured until then</source>
        <translation> — annulée&#xa0;: ce qui a été mesuré jusque-là</translation>
    </message>
    <message>
        <source>There is no run to export.</source>
        <translation>Il n’y a aucune exécution à exporter.</translation>
    </message>
    <message>
        <source>no authentication</source>
        <translation>sans authentification</translation>
    </message>
    <message>
        <source>session cookie</source>
        <translation>cookie de session</translation>
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
        <translation>cookie, cache désactivé</translation>
    </message>
    <message>
        <source>cookie, renewal each request</source>
        <translation>cookie, renouvelé à chaque requête</translation>
    </message>
    <message>
        <source>JWT %1, verified once</source>
        <translation>JWT %1, vérifié une fois</translation>
    </message>
    <message>
        <source>Measuring now: the chart and the table fill in as results arrive; the summary follows at the end.</source>
        <translation>Mesure en cours&#xa0;: le graphique et le tableau se remplissent à mesure que les résultats arrivent&#xa0;; le résumé suit à la fin.</translation>
    </message>
    <message>
        <source>Running now: what has been measured so far</source>
        <translation>En cours&#xa0;: ce qui a été mesuré jusqu’ici</translation>
    </message>
    <message>
        <source>JWT + revocation list</source>
        <translation>JWT + liste de révocation</translation>
    </message>
    <message>
        <source>bearer JWT</source>
        <translation>JWT bearer</translation>
    </message>
    <message>
        <source>bearer JWT at an API checking signatures only</source>
        <translation>JWT Bearer, API ne vérifiant que la signature</translation>
    </message>
    <message>
        <source>DPoP-bound JWT sent as Bearer</source>
        <translation>JWT lié à DPoP envoyé comme Bearer</translation>
    </message>
    <message>
        <source>DPoP-bound JWT, proof from the thief&apos;s key</source>
        <translation>JWT lié à DPoP, preuve avec la clé du voleur</translation>
    </message>
    <message>
        <source>DPoP-bound JWT, copied proof</source>
        <translation>JWT lié à DPoP, preuve copiée</translation>
    </message>
    <message>
        <source>relying party&apos;s session cookie</source>
        <translation>cookie de session de la partie de confiance</translation>
    </message>
    <message>
        <source>JWT %1 + revocation list</source>
        <translation>JWT %1 + liste de révocation</translation>
    </message>
</context>
<context>
    <name>authscope::GenerateKeyDialog</name>
    <message>
        <source>Generate a signing key</source>
        <translation>Générer une clé de signature</translation>
    </message>
    <message>
        <source>next — published now, signs from the next rotation</source>
        <translation>suivante — publiée maintenant, signe à partir de la prochaine rotation</translation>
    </message>
    <message>
        <source>active — signs at once</source>
        <translation>active — signe immédiatement</translation>
    </message>
    <message>
        <source>The private key is encrypted with the key store passphrase before it is written. RSA keys take a moment to generate.</source>
        <translation>La clé privée est chiffrée avec la phrase secrète du magasin de clés avant d’être écrite. La génération des clés RSA prend un instant.</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>A&amp;perçu…</translation>
    </message>
    <message>
        <source>Signing — signs the tokens this server issues</source>
        <translation>Signature — signe les jetons émis par ce serveur</translation>
    </message>
    <message>
        <source>Encryption — decrypts tokens others encrypt to us (JWE)</source>
        <translation>Chiffrement — déchiffre les jetons que d’autres chiffrent pour nous (JWE)</translation>
    </message>
    <message>
        <source>&amp;Use:</source>
        <translation>&amp;Emploi&#xa0;:</translation>
    </message>
    <message>
        <source>Generate an encryption key</source>
        <translation>Générer une clé de chiffrement</translation>
    </message>
    <message>
        <source>next — decrypts now, senders encrypt to it from the next rotation</source>
        <translation>suivante — déchiffre dès maintenant, les expéditeurs chiffrent pour elle à partir de la prochaine rotation</translation>
    </message>
    <message>
        <source>active — the key senders encrypt to, at once</source>
        <translation>active — dès maintenant la clé pour laquelle chiffrent les expéditeurs</translation>
    </message>
    <message>
        <source>The private key is encrypted with the key store passphrase before it is written. Its public half is published in the JWKS with use &quot;enc&quot; for senders to encrypt to; it never signs.</source>
        <translation>La clé privée est chiffrée avec la phrase secrète du magasin de clés avant d’être écrite. Sa moitié publique est publiée dans le JWKS avec l’usage «&#xa0;enc&#xa0;» pour que les expéditeurs chiffrent pour elle&#xa0;; elle ne signe jamais.</translation>
    </message>
    <message>
        <source>ES256 — ECDSA P-256 (recommended)</source>
        <translation>ES256 — ECDSA P-256 (recommandé)</translation>
    </message>
    <message>
        <source>HS256 — HMAC secret, 256 bits (never published)</source>
        <translation>HS256 — secret HMAC, 256 bits (jamais publié)</translation>
    </message>
    <message>
        <source>HS512 — HMAC secret, 512 bits (never published)</source>
        <translation>HS512 — secret HMAC, 512 bits (jamais publié)</translation>
    </message>
    <message>
        <source>ECDH-ES+A256KW — P-256 (recommended)</source>
        <translation>ECDH-ES+A256KW — P-256 (recommandé)</translation>
    </message>
    <message>
        <source>ECDH-ES — P-256 (direct key agreement)</source>
        <translation>ECDH-ES — P-256 (accord de clé direct)</translation>
    </message>
    <message>
        <source>A256KW — AES key wrap secret, 256 bits (never published)</source>
        <translation>A256KW — secret d’enveloppe AES, 256 bits (jamais publié)</translation>
    </message>
    <message>
        <source>dir — A256GCM content key, 256 bits (never published)</source>
        <translation>dir — clé de contenu A256GCM, 256 bits (jamais publiée)</translation>
    </message>
</context>
<context>
    <name>authscope::HistoryPanel</name>
    <message>
        <source>Re&amp;member inspected tokens in this database</source>
        <translation>Mé&amp;moriser les jetons inspectés dans cette base</translation>
    </message>
    <message>
        <source>Remembered tokens</source>
        <translation>Jetons mémorisés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Inspect the selected token (Enter or double-click)</source>
        <translation>Inspecter le jeton sélectionné (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Forget the selected token (Delete)</source>
        <translation>Oublier le jeton sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Clear all…</source>
        <translation>Tout effacer…</translation>
    </message>
    <message>
        <source>Delete every remembered token from the database</source>
        <translation>Supprimer de la base de données tous les jetons mémorisés</translation>
    </message>
    <message>
        <source>Token history: %1</source>
        <translation>Historique des jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remember the token: %1</source>
        <translation>Impossible de mémoriser le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the token: %1</source>
        <translation>Impossible de retirer le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>Token removed from the history</source>
        <translation>Jeton retiré de l’historique</translation>
    </message>
    <message>
        <source>Clear token history</source>
        <translation>Effacer l’historique des jetons</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %Ln remembered token(s) from this database?</source>
        <translation>
            <numerusform>Supprimer %Ln jeton mémorisé de cette base de données&#xa0;?</numerusform>
            <numerusform>Supprimer les %Ln jetons mémorisés de cette base de données&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not clear the history: %1</source>
        <translation>Impossible d’effacer l’historique&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln remembered token(s)</source>
        <translation>
            <numerusform>%Ln jeton mémorisé supprimé</numerusform>
            <numerusform>%Ln jetons mémorisés supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not change the setting: %1</source>
        <translation>Impossible de modifier le réglage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stop remembering tokens</source>
        <translation>Ne plus mémoriser les jetons</translation>
    </message>
    <message numerus="yes">
        <source>New tokens will not be stored any more. Also delete the %Ln token(s) already remembered?</source>
        <translation>
            <numerusform>Les nouveaux jetons ne seront plus enregistrés. Supprimer aussi le %Ln jeton déjà mémorisé&#xa0;?</numerusform>
            <numerusform>Les nouveaux jetons ne seront plus enregistrés. Supprimer aussi les %Ln jetons déjà mémorisés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep usable token</source>
        <translation>Garder le jeton utilisable</translation>
    </message>
    <message>
        <source>The usable token is kept for this entry until it expires</source>
        <translation>Le jeton utilisable est conservé pour cette entrée jusqu’à son expiration</translation>
    </message>
    <message>
        <source>Only the claims are kept for this entry</source>
        <translation>Seuls les claims sont conservés pour cette entrée</translation>
    </message>
    <message>
        <source>Forget usable token</source>
        <translation>Oublier le jeton utilisable</translation>
    </message>
    <message>
        <source>Only a token inspected in this session can be kept: paste it again first</source>
        <translation>Seul un jeton inspecté pendant cette session peut être gardé&#xa0;: collez-le d’abord à nouveau</translation>
    </message>
    <message>
        <source>Store the whole token for this entry (until its exp), or go back to its claims only</source>
        <translation>Stocker le jeton entier pour cette entrée (jusqu’à son exp), ou revenir à ses seuls claims</translation>
    </message>
    <message numerus="yes">
        <source>Each token you inspect is remembered in %1 as its claims and a hash, not as a usable token: the signature is left out. &quot;Keep usable token&quot; stores the whole token for one entry, until it expires. Entries not seen for %Ln day(s) are deleted (the newest %2 are kept). Keys, HMAC secrets and passphrases are never stored.</source>
        <translation>
            <numerusform>Chaque jeton inspecté est mémorisé dans %1 sous forme de ses claims et d’un hachage, pas comme un jeton utilisable&#xa0;: la signature est omise. «&#xa0;Garder le jeton utilisable&#xa0;» stocke le jeton entier pour une entrée, jusqu’à son expiration. Les entrées non vues depuis %Ln jour sont supprimées (les %2 plus récentes sont gardées). Les clés, secrets HMAC et phrases secrètes ne sont jamais stockés.</numerusform>
            <numerusform>Chaque jeton inspecté est mémorisé dans %1 sous forme de ses claims et d’un hachage, pas comme un jeton utilisable&#xa0;: la signature est omise. «&#xa0;Garder le jeton utilisable&#xa0;» stocke le jeton entier pour une entrée, jusqu’à son expiration. Les entrées non vues depuis %Ln jours sont supprimées (les %2 plus récentes sont gardées). Les clés, secrets HMAC et phrases secrètes ne sont jamais stockés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Off: the tokens you inspect are not written to %1. Turn it on to find them here again (their claims, not the usable tokens). Entries kept earlier stay until they expire or you remove them.</source>
        <translation>Désactivé&#xa0;: les jetons inspectés ne sont pas écrits dans %1. Activez-le pour les retrouver ici (leurs claims, pas les jetons utilisables). Les entrées gardées auparavant restent jusqu’à leur expiration ou jusqu’à ce que vous les supprimiez.</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerCallsPanel</name>
    <message>
        <source>authorization_code (sign in in the browser)</source>
        <translation>authorization_code (connexion dans le navigateur)</translation>
    </message>
    <message>
        <source>As the issuer prefers</source>
        <translation>Comme le préfère l’émetteur</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>optional (RFC 8707)</source>
        <translation>facultatif (RFC 8707)</translation>
    </message>
    <message>
        <source>Re&amp;quest token</source>
        <translation>De&amp;mander un jeton</translation>
    </message>
    <message>
        <source>a token this issuer issued</source>
        <translation>un jeton émis par cet émetteur</translation>
    </message>
    <message>
        <source>Intros&amp;pect</source>
        <translation>Intros&amp;pection</translation>
    </message>
    <message>
        <source>Rev&amp;oke</source>
        <translation>Révo&amp;quer</translation>
    </message>
    <message>
        <source>The provider&apos;s answer</source>
        <translation>Réponse du fournisseur</translation>
    </message>
    <message>
        <source>The provider&apos;s answer shows here.</source>
        <translation>La réponse du fournisseur s’affiche ici.</translation>
    </message>
    <message>
        <source>Open access token in Tokens</source>
        <translation>Ouvrir le jeton d’accès dans Jetons</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in</source>
        <translation>Ne plus attendre la connexion</translation>
    </message>
    <message>
        <source>Stop listening for the browser&apos;s answer (Esc)</source>
        <translation>Ne plus écouter la réponse du navigateur (Échap)</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Grant&#xa0;:</translation>
    </message>
    <message>
        <source>Client authentication:</source>
        <translation>Authentification du client&#xa0;:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope&#xa0;:</translation>
    </message>
    <message>
        <source>Resource:</source>
        <translation>Ressource&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Jeton de rafraîchissement&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>No sign-in reached %1 within %2 minutes: stopped waiting</source>
        <translation>Aucune connexion n’a atteint %1 en %2 minutes&#xa0;: attente arrêtée</translation>
    </message>
    <message>
        <source>Stopped waiting for the sign-in at %1: another issuer was chosen</source>
        <translation>Attente de la connexion chez %1 arrêtée&#xa0;: un autre émetteur a été choisi</translation>
    </message>
    <message>
        <source>Give this issuer a client id on the Client tab first</source>
        <translation>Donnez d’abord un ID client à cet émetteur dans l’onglet Client</translation>
    </message>
    <message>
        <source>Paste the refresh token first.</source>
        <translation>Collez d’abord le jeton de rafraîchissement.</translation>
    </message>
    <message>
        <source>Waiting for the sign-in at %1 (for up to %2 minutes).

The sign-in page opens in your browser; if it did not, open this address in a browser on this computer:

%3

The provider sends the browser back to %4, which this console is listening on; %1 must accept loopback redirect URIs on any port (RFC 8252 §7.3).</source>
        <translation>Attente de la connexion chez %1 (jusqu’à %2 minutes).

La page de connexion s’ouvre dans votre navigateur&#xa0;; sinon, ouvrez cette adresse dans un navigateur de cet ordinateur&#xa0;:

%3

Le fournisseur renvoie le navigateur vers %4, que cette console écoute&#xa0;; %1 doit accepter les URI de redirection loopback sur n’importe quel port (RFC 8252 §7.3).</translation>
    </message>
    <message>
        <source>No browser could be started: open the address shown below by hand</source>
        <translation>Aucun navigateur n’a pu être lancé&#xa0;: ouvrez à la main l’adresse affichée ci-dessous</translation>
    </message>
    <message>
        <source>Sign in at %1 in the browser</source>
        <translation>Connectez-vous chez %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Stopped waiting for the sign-in at %1</source>
        <translation>Attente de la connexion chez %1 arrêtée</translation>
    </message>
    <message>
        <source>Asking %1 for a token (%2)</source>
        <translation>Demande d’un jeton à %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled the token request to %1</source>
        <translation>Demande de jeton à %1 annulée</translation>
    </message>
    <message>
        <source>The token was not audited, so it is not shown: %1</source>
        <translation>Le jeton n’a pas été consigné dans l’audit, il n’est donc pas affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 issued a token (grant %2)</source>
        <translation>%1 a émis un jeton (grant %2)</translation>
    </message>
    <message>
        <source>Asking %1 about a token (%2)</source>
        <translation>Interrogation de %1 sur un jeton (%2)</translation>
    </message>
    <message>
        <source>Cancelled the introspection at %1</source>
        <translation>Introspection chez %1 annulée</translation>
    </message>
    <message>
        <source>%1 says the token is active</source>
        <translation>%1 dit que le jeton est actif</translation>
    </message>
    <message>
        <source>%1 says the token is not active</source>
        <translation>%1 dit que le jeton n’est pas actif</translation>
    </message>
    <message>
        <source>Revoking a token at %1 (%2)</source>
        <translation>Révocation d’un jeton chez %1 (%2)</translation>
    </message>
    <message>
        <source>Cancelled the revocation at %1</source>
        <translation>Révocation chez %1 annulée</translation>
    </message>
    <message>
        <source>Revoked, but not audited: %1</source>
        <translation>Révoqué, mais non consigné dans l’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revoked at %1</source>
        <translation>Révoqué chez %1</translation>
    </message>
    <message>
        <source>%1 revoked the token</source>
        <translation>%1 a révoqué le jeton</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerClientPanel</name>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>AuthScope&apos;s client id at this issuer</source>
        <translation>ID client d’AuthScope chez cet émetteur</translation>
    </message>
    <message>
        <source>A&amp;pply client ID</source>
        <translation>A&amp;ppliquer l’ID client</translation>
    </message>
    <message>
        <source>New client secret</source>
        <translation>Nouveau secret client</translation>
    </message>
    <message>
        <source>new secret (sealed in the key vault, never shown again)</source>
        <translation>nouveau secret (scellé dans le coffre de clés, plus jamais affiché)</translation>
    </message>
    <message>
        <source>Replace secret</source>
        <translation>Remplacer le secret</translation>
    </message>
    <message>
        <source>For&amp;get secret</source>
        <translation>&amp;Oublier le secret</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>New secret:</source>
        <translation>Nouveau secret&#xa0;:</translation>
    </message>
    <message>
        <source>No issuer selected.</source>
        <translation>Aucun émetteur sélectionné.</translation>
    </message>
    <message>
        <source>Sealed in the key vault (it is never shown).</source>
        <translation>Scellé dans le coffre de clés (il n’est jamais affiché).</translation>
    </message>
    <message>
        <source>None: token, introspection and revocation calls send the client id only.</source>
        <translation>Aucun&#xa0;: les appels de jeton, d’introspection et de révocation n’envoient que l’ID client.</translation>
    </message>
    <message>
        <source>Set secret</source>
        <translation>Définir le secret</translation>
    </message>
    <message>
        <source>Removed the client id of %1</source>
        <translation>ID client de %1 supprimé</translation>
    </message>
    <message>
        <source>Saved the client id of %1</source>
        <translation>ID client de %1 enregistré</translation>
    </message>
    <message>
        <source>Sealed a new client secret for %1 in the key vault</source>
        <translation>Nouveau secret client de %1 scellé dans le coffre de clés</translation>
    </message>
    <message>
        <source>Remove client secret</source>
        <translation>Supprimer le secret client</translation>
    </message>
    <message>
        <source>Remove the client secret of %1? AuthScope cannot show it, so keep a copy if you need it again.</source>
        <translation>Supprimer le secret client de %1&#xa0;? AuthScope ne peut pas l’afficher&#xa0;: gardez-en une copie si vous en avez à nouveau besoin.</translation>
    </message>
    <message>
        <source>Removed the client secret of %1</source>
        <translation>Secret client de %1 supprimé</translation>
    </message>
</context>
<context>
    <name>authscope::IssuerTableModel</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>last fetch failed</source>
        <translation>dernière récupération échouée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l’émetteur</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Keys fetched</source>
        <translation>Clés récupérées</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>authscope::IssuersPage</name>
    <message>
        <source>Saved issuers</source>
        <translation>Émetteurs enregistrés</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Fetch the selected issuer&apos;s discovery document and keys again (F5)</source>
        <translation>Récupérer à nouveau le document de découverte et les clés de l’émetteur sélectionné (F5)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Add an issuer</source>
        <translation>Ajouter un émetteur</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Issuer name</source>
        <translation>Nom de l’émetteur</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Issuer URL</source>
        <translation>URL de l’émetteur</translation>
    </message>
    <message>
        <source>Allo&amp;w loopback http</source>
        <translation>Autoriser le &amp;http en loopback</translation>
    </message>
    <message>
        <source>Plain http only to 127.0.0.1 or ::1, for local test providers</source>
        <translation>http en clair uniquement vers 127.0.0.1 ou&#xa0;::1, pour des fournisseurs de test locaux</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>optional; sealed in the key vault</source>
        <translation>facultatif&#xa0;; scellé dans le coffre de clés</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Add issuer</source>
        <translation>&amp;Ajouter l’émetteur</translation>
    </message>
    <message>
        <source>Fetch the discovery document and the keys, and save the issuer when both are good</source>
        <translation>Récupérer le document de découverte et les clés, et enregistrer l’émetteur quand les deux sont corrects</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client&#xa0;:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the call to the issuer (Esc)</source>
        <translation>Arrêter l’appel à l’émetteur (Échap)</translation>
    </message>
    <message>
        <source>Discovery document</source>
        <translation>Document de découverte</translation>
    </message>
    <message>
        <source>kid</source>
        <translation>kid</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>alg</source>
        <translation>alg</translation>
    </message>
    <message>
        <source>use</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys</source>
        <translation>Les clés de l’émetteur</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constaté</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correctif</translation>
    </message>
    <message>
        <source>Posture findings</source>
        <translation>Constats sur la posture de sécurité</translation>
    </message>
    <message>
        <source>Fetch and &amp;check again</source>
        <translation>Récupérer et &amp;vérifier à nouveau</translation>
    </message>
    <message>
        <source>Fetch the issuer&apos;s current discovery document and keys, then check them</source>
        <translation>Récupérer le document de découverte et les clés actuels de l’émetteur, puis les vérifier</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <source>&amp;Lint</source>
        <translation>&amp;Lint</translation>
    </message>
    <message>
        <source>&amp;Discovery document</source>
        <translation>&amp;Document de découverte</translation>
    </message>
    <message>
        <source>Clien&amp;t</source>
        <translation>Cli&amp;ent</translation>
    </message>
    <message>
        <source>Tok&amp;en calls</source>
        <translation>Appels de &amp;jeton</translation>
    </message>
    <message>
        <source>Enter the issuer&apos;s URL.</source>
        <translation>Saisissez l’URL de l’émetteur.</translation>
    </message>
    <message>
        <source>Adding %1: discovery and keys from %2</source>
        <translation>Ajout de %1&#xa0;: découverte et clés depuis %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved for %1</source>
        <translation>Annulé&#xa0;: rien n’a été enregistré pour %1</translation>
    </message>
    <message>
        <source>Added %1: keys from %2</source>
        <translation>%1 ajouté&#xa0;: clés depuis %2</translation>
    </message>
    <message>
        <source>Refreshing %1 from %2</source>
        <translation>Actualisation de %1 depuis %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 keeps its last document and keys</source>
        <translation>Annulé&#xa0;: %1 garde son dernier document et ses clés</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>%1 actualisé</translation>
    </message>
    <message>
        <source>Remove issuer</source>
        <translation>Retirer l’émetteur</translation>
    </message>
    <message>
        <source>Remove %1 and its cached keys? Tokens from it can then no longer be verified by its name.</source>
        <translation>Retirer %1 et ses clés en cache&#xa0;? Ses jetons ne pourront plus être vérifiés par son nom.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>No issuer selected.</source>
        <translation>Aucun émetteur sélectionné.</translation>
    </message>
    <message>
        <source>From %1, fetched %2 ago, reused for %3.</source>
        <translation>Depuis %1, récupéré il y a %2, réutilisé pendant %3.</translation>
    </message>
    <message>
        <source>The last refresh failed: %1</source>
        <translation>La dernière actualisation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>%1 ignoré</translation>
    </message>
    <message>
        <source>&amp;Lint (%1)</source>
        <translation>&amp;Lint (%1)</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>Émetteurs</translation>
    </message>
</context>
<context>
    <name>authscope::KeyActionDialog</name>
    <message>
        <source>New %1 key &lt;tt&gt;%2&lt;/tt&gt; (%3) becomes %4</source>
        <translation>Nouvelle clé %1 &lt;tt&gt;%2&lt;/tt&gt; (%3) devient %4</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>générée</translation>
    </message>
    <message>
        <source>&lt;tt&gt;%1&lt;/tt&gt;: %2 → %3</source>
        <translation>&lt;tt&gt;%1&lt;/tt&gt;&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source> — verifies until %1</source>
        <translation> — vérifie jusqu’au %1</translation>
    </message>
    <message>
        <source>JWKS publishes &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Le JWKS publie &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>JWKS drops &lt;tt&gt;%1&lt;/tt&gt;</source>
        <translation>Le JWKS retire &lt;tt&gt;%1&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>The published JWKS keeps the same keys.</source>
        <translation>Le JWKS publié garde les mêmes clés.</translation>
    </message>
    <message>
        <source>⚠ Still-valid tokens will fail:</source>
        <translation>⚠ Des jetons encore valides échoueront&#xa0;:</translation>
    </message>
    <message>
        <source>I understand that tokens which are still valid will fail verification</source>
        <translation>Je comprends que des jetons encore valides échoueront à la vérification</translation>
    </message>
    <message>
        <source>Why is the key revoked? (recorded in the audit log)</source>
        <translation>Pourquoi la clé est-elle révoquée&#xa0;? (consigné dans le journal d’audit)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>What relying parties will fetch from the JWKS, key by key:</source>
        <translation>Ce que les parties de confiance récupéreront du JWKS, clé par clé&#xa0;:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>JWKS keys added, removed and unchanged</source>
        <translation>Clés du JWKS ajoutées, retirées et inchangées</translation>
    </message>
    <message>
        <source>⚠ Worth knowing before you confirm:</source>
        <translation>⚠ À savoir avant de confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>After this change there is no next key: the following rotation will sign with a key that relying parties have never fetched. Generate a next key soon after.</source>
        <translation>Après ce changement, il n’y a pas de clé suivante&#xa0;: la prochaine rotation signera avec une clé que les parties de confiance n’ont jamais récupérée. Générez une clé suivante peu après.</translation>
    </message>
    <message>
        <source>Thumbprint %1</source>
        <translation>Empreinte %1</translation>
    </message>
    <message>
        <source>thumbprint</source>
        <translation>empreinte</translation>
    </message>
    <message numerus="yes">
        <source>Added: %n key(s)</source>
        <translation>
            <numerusform>Ajoutées&#xa0;: %n clé</numerusform>
            <numerusform>Ajoutées&#xa0;: %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed: %n key(s)</source>
        <translation>
            <numerusform>Retirées&#xa0;: %n clé</numerusform>
            <numerusform>Retirées&#xa0;: %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replaced (same kid, other key material): %n key(s)</source>
        <translation>
            <numerusform>Remplacées (même kid, autre matériel de clé)&#xa0;: %n clé</numerusform>
            <numerusform>Remplacées (même kid, autre matériel de clé)&#xa0;: %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n key(s)</source>
        <translation>
            <numerusform>Inchangées&#xa0;: %n clé</numerusform>
            <numerusform>Inchangées&#xa0;: %n clés</numerusform>
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
        <translation>RSA 2048 bits (RS*/PS*)</translation>
    </message>
    <message>
        <source>RSA 3072 bits (RS*/PS*)</source>
        <translation>RSA 3072 bits (RS*/PS*)</translation>
    </message>
    <message>
        <source>RSA 4096 bits (RS*/PS*)</source>
        <translation>RSA 4096 bits (RS*/PS*)</translation>
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
        <translation>Secret HMAC, 256 bits (HS256)</translation>
    </message>
    <message>
        <source>HMAC secret, 384 bits (HS384)</source>
        <translation>Secret HMAC, 384 bits (HS384)</translation>
    </message>
    <message>
        <source>HMAC secret, 512 bits (HS512)</source>
        <translation>Secret HMAC, 512 bits (HS512)</translation>
    </message>
    <message>
        <source>Key source</source>
        <translation>Source de la clé</translation>
    </message>
    <message>
        <source>Generate a throwaway key</source>
        <translation>Générer une clé jetable</translation>
    </message>
    <message>
        <source>Pasted PEM, JWK or JWK Set</source>
        <translation>PEM, JWK ou JWK Set collé</translation>
    </message>
    <message>
        <source>HMAC secret</source>
        <translation>Secret HMAC</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>Path of a JWK, JWK Set, PEM key or certificate, or raw secret file</source>
        <translation>Chemin d’un JWK, d’un JWK Set, d’une clé ou d’un certificat PEM, ou d’un fichier de secret brut</translation>
    </message>
    <message>
        <source>Key file path</source>
        <translation>Chemin du fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The file holds raw HMAC secret bytes</source>
        <translation>Le fichier contient les octets bruts du secret HMAC</translation>
    </message>
    <message>
        <source>Paste a PEM public key, private key or certificate, a JWK, or a JWK Set ({&quot;keys&quot;:[…]}: the token&apos;s kid picks the key).</source>
        <translation>Collez une clé publique ou privée PEM, un certificat, un JWK ou un JWK Set ({&quot;keys&quot;:[…]}&#xa0;: le kid du jeton choisit la clé).</translation>
    </message>
    <message>
        <source>Key text</source>
        <translation>Texte de la clé</translation>
    </message>
    <message>
        <source>The shared HMAC secret</source>
        <translation>Le secret HMAC partagé</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Secret encoding</source>
        <translation>Encodage du secret</translation>
    </message>
    <message>
        <source>Text (UTF-8)</source>
        <translation>Texte (UTF-8)</translation>
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
        <translation>Type de clé à générer</translation>
    </message>
    <message>
        <source>Generate ne&amp;w key</source>
        <translation>&amp;Nouvelle clé</translation>
    </message>
    <message>
        <source>A fresh key from the system&apos;s random generator, held only in memory. Copy it if you need it later.</source>
        <translation>Une clé neuve issue du générateur aléatoire du système, conservée en mémoire uniquement. Copiez-la si vous en avez besoin plus tard.</translation>
    </message>
    <message>
        <source>Only for an encrypted PEM private key</source>
        <translation>Uniquement pour une clé privée PEM chiffrée</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Key to sign with</source>
        <translation>Clé de signature à utiliser</translation>
    </message>
    <message>
        <source>Copy public JWK</source>
        <translation>Copier le JWK public</translation>
    </message>
    <message>
        <source>Copy the public half as a JWK (safe to share)</source>
        <translation>Copier la moitié publique sous forme de JWK (peut être partagée)</translation>
    </message>
    <message>
        <source>Copy private JWK</source>
        <translation>Copier le JWK privé</translation>
    </message>
    <message>
        <source>Copy the whole key, private part included, to the clipboard</source>
        <translation>Copier la clé entière, partie privée comprise, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clé de signature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Sign with:</source>
        <translation>Signer avec&#xa0;:</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>No key file chosen yet.</source>
        <translation>Aucun fichier de clé choisi.</translation>
    </message>
    <message>
        <source>No key pasted yet.</source>
        <translation>Aucune clé collée.</translation>
    </message>
    <message>
        <source>No secret entered yet.</source>
        <translation>Aucun secret saisi.</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Génération d’une clé…</translation>
    </message>
    <message>
        <source>No key generated yet: Generate makes one (Sign does too).</source>
        <translation>Aucune clé générée&#xa0;: «&#xa0;Générer&#xa0;» en crée une («&#xa0;Signer&#xa0;» aussi).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
    </message>
    <message>
        <source>Hex needs an even number of digits.</source>
        <translation>L’hexadécimal exige un nombre pair de chiffres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hex digit.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chiffre hexadécimal.</translation>
    </message>
    <message>
        <source>Not valid base64 (A–Z, a–z, 0–9, + and /).</source>
        <translation>Base64 non valide (A–Z, a–z, 0–9, + et /).</translation>
    </message>
    <message>
        <source>Not valid base64url (A–Z, a–z, 0–9, - and _).</source>
        <translation>Base64url non valide (A–Z, a–z, 0–9, - et _).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes: a key file is at most 1 MiB, so this is not one.</source>
        <translation>%1 fait %2 octets&#xa0;: un fichier de clé fait au plus 1 Mio, ce n’en est donc pas un.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>✘ Could not generate the key: %1</source>
        <translation>✘ Impossible de générer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>RSA %1-bit private key</source>
        <translation>Clé privée RSA de %1 bits</translation>
    </message>
    <message>
        <source>RSA %1-bit public key</source>
        <translation>Clé publique RSA de %1 bits</translation>
    </message>
    <message>
        <source>%1 private key</source>
        <translation>Clé privée %1</translation>
    </message>
    <message>
        <source>%1 public key</source>
        <translation>Clé publique %1</translation>
    </message>
    <message>
        <source>HMAC secret of %1 bits</source>
        <translation>Secret HMAC de %1 bits</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no usable algorithm (too short for any HMAC)</source>
        <translation>aucun algorithme utilisable (trop court pour tout HMAC)</translation>
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
        <translation>(pas de kid)</translation>
    </message>
    <message numerus="yes">
        <source>✔ JWK Set with %Ln key(s): %1</source>
        <translation>
            <numerusform>✔ JWK Set avec %Ln clé&#xa0;: %1</numerusform>
            <numerusform>✔ JWK Set avec %Ln clés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a key file</source>
        <translation>Choisir un fichier de clé</translation>
    </message>
    <message>
        <source>Keys (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;All files (*)</source>
        <translation>Clés (*.pem *.jwk *.json *.jwks *.crt *.cer *.key *.pub *.secret);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Every byte of the file is the secret (a raw HMAC key file, not text)</source>
        <translation>Chaque octet du fichier est le secret (un fichier de clé HMAC brut, pas du texte)</translation>
    </message>
</context>
<context>
    <name>authscope::KeyTableModel</name>
    <message>
        <source>next</source>
        <translation>suivante</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>retiring</source>
        <translation>en retrait</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>rotates in %1</source>
        <translation>rotation dans %1</translation>
    </message>
    <message>
        <source>rotation due now</source>
        <translation>rotation due maintenant</translation>
    </message>
    <message>
        <source>signs (HMAC; never published)</source>
        <translation>signe (HMAC&#xa0;; jamais publiée)</translation>
    </message>
    <message>
        <source>signs; rotation by hand</source>
        <translation>signe&#xa0;; rotation manuelle</translation>
    </message>
    <message>
        <source>signs from the rotation in %1</source>
        <translation>signe à partir de la rotation dans %1</translation>
    </message>
    <message>
        <source>published; signs from the next rotation</source>
        <translation>publiée&#xa0;; signe à partir de la prochaine rotation</translation>
    </message>
    <message>
        <source>retires in %1</source>
        <translation>retirée dans %1</translation>
    </message>
    <message>
        <source>retired %1 ago</source>
        <translation>retirée il y a %1</translation>
    </message>
    <message>
        <source>revoked %1 ago: %2</source>
        <translation>révoquée il y a %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importée</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>générée</translation>
    </message>
    <message>
        <source>public key only: verifies, never signs</source>
        <translation>clé publique seule&#xa0;: vérifie, ne signe jamais</translation>
    </message>
    <message>
        <source>revoked %1: %2</source>
        <translation>révoquée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>ID de clé (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>decrypts; senders move on in %1</source>
        <translation>déchiffre&#xa0;; les expéditeurs changent dans %1</translation>
    </message>
    <message>
        <source>decrypts; rotation due now</source>
        <translation>déchiffre&#xa0;; rotation due maintenant</translation>
    </message>
    <message>
        <source>decrypts (shared secret; never published)</source>
        <translation>déchiffre (secret partagé&#xa0;; jamais publié)</translation>
    </message>
    <message>
        <source>decrypts; senders encrypt to it</source>
        <translation>déchiffre&#xa0;; les expéditeurs chiffrent pour elle</translation>
    </message>
    <message>
        <source>decrypts already; senders encrypt to it from the next rotation</source>
        <translation>déchiffre déjà&#xa0;; les expéditeurs chiffrent pour elle à partir de la prochaine rotation</translation>
    </message>
    <message>
        <source>still decrypts; retires in %1</source>
        <translation>déchiffre encore&#xa0;; retirée dans %1</translation>
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
créée %4
activée %5
remplacée %6
retirer après %7</translation>
    </message>
    <message>
        <source>public key only: others can encrypt to it, it never decrypts here</source>
        <translation>clé publique seule&#xa0;: d’autres peuvent chiffrer pour elle, elle ne déchiffre jamais ici</translation>
    </message>
</context>
<context>
    <name>authscope::KeyValueView</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>authscope::KeysPage</name>
    <message>
        <source>&amp;Generate…</source>
        <translation>&amp;Générer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>Import a key from a PEM, JWK or JWKS file</source>
        <translation>Importer une clé depuis un fichier PEM, JWK ou JWKS</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>The next key signs from now on; the active key verifies until its tokens expire (Ctrl+R)</source>
        <translation>La clé suivante signe désormais&#xa0;; la clé active vérifie jusqu’à l’expiration de ses jetons (Ctrl+R)</translation>
    </message>
    <message>
        <source>For a compromised key: rotate, and revoke the old active key at once</source>
        <translation>Pour une clé compromise&#xa0;: renouveler, et révoquer immédiatement l’ancienne clé active</translation>
    </message>
    <message>
        <source>Unpublish the selected key and keep it for the record</source>
        <translation>Dépublier la clé sélectionnée et la conserver pour mémoire</translation>
    </message>
    <message>
        <source>Revo&amp;ke…</source>
        <translation>Révo&amp;quer…</translation>
    </message>
    <message>
        <source>Unpublish the selected key at once: its tokens fail</source>
        <translation>Dépublier immédiatement la clé sélectionnée&#xa0;: ses jetons échouent</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export the selected key (public, or private on request)</source>
        <translation>Exporter la clé sélectionnée (publique, ou privée sur demande)</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>&amp;Politique…</translation>
    </message>
    <message>
        <source>Scheduled rotation, token lifetime, leeway and JWKS cache time</source>
        <translation>Rotation planifiée, durée de vie des jetons, tolérance et durée de cache du JWKS</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Re-encrypt the data key under a new passphrase</source>
        <translation>Rechiffrer la clé de données avec une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Published JWKS</source>
        <translation>JWKS publié</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Toutes les clés</translation>
    </message>
    <message>
        <source>Around now (grace periods readable)</source>
        <translation>Autour de maintenant (périodes de grâce lisibles)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affich&amp;er&#xa0;:</translation>
    </message>
    <message>
        <source>Rotation &amp;timeline</source>
        <translation>&amp;Chronologie des rotations</translation>
    </message>
    <message>
        <source>Published &amp;JWKS</source>
        <translation>&amp;JWKS publié</translation>
    </message>
    <message>
        <source>Public key as &amp;JWK…</source>
        <translation>Clé publique en &amp;JWK…</translation>
    </message>
    <message>
        <source>Public key as &amp;PEM…</source>
        <translation>Clé publique en &amp;PEM…</translation>
    </message>
    <message>
        <source>Whole published JWK &amp;Set…</source>
        <translation>JWK &amp;Set publié complet…</translation>
    </message>
    <message>
        <source>Private key as JWK (unencrypted)…</source>
        <translation>Clé privée en JWK (non chiffrée)…</translation>
    </message>
    <message>
        <source>Private key as encrypted PKCS#8 PEM…</source>
        <translation>Clé privée en PEM PKCS#8 chiffré…</translation>
    </message>
    <message>
        <source>Cannot read the keys: %1</source>
        <translation>Impossible de lire les clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keys: %1 retired, %2 rotated, %3 pre-generated</source>
        <translation>Clés&#xa0;: %1 retirée(s), %2 renouvelée(s), %3 pré-générée(s)</translation>
    </message>
    <message>
        <source>Active: &lt;b&gt;%1&lt;/b&gt; %2, signing for %3</source>
        <translation>Active&#xa0;: &lt;b&gt;%1&lt;/b&gt; %2, signe depuis %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;No active key&lt;/b&gt; for &apos;%1&apos;: generate or import one</source>
        <translation>&lt;b&gt;Aucune clé active&lt;/b&gt; pour «&#xa0;%1&#xa0;»&#xa0;: générez-en ou importez-en une</translation>
    </message>
    <message numerus="yes">
        <source>rotates every %Ln day(s)</source>
        <translation>
            <numerusform>rotation à %Ln jour d’intervalle</numerusform>
            <numerusform>rotation à %Ln jours d’intervalle</numerusform>
        </translation>
    </message>
    <message>
        <source>rotation by hand</source>
        <translation>rotation manuelle</translation>
    </message>
    <message>
        <source>next rotation in %1</source>
        <translation>prochaine rotation dans %1</translation>
    </message>
    <message>
        <source>tokens live %1 + %2 s leeway</source>
        <translation>jetons valides %1 + %2 s de tolérance</translation>
    </message>
    <message>
        <source>Key store unlocked for this run: private keys can sign and be exported.</source>
        <translation>Magasin de clés déverrouillé pour cette exécution&#xa0;: les clés privées peuvent signer et être exportées.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Verr&amp;ouiller</translation>
    </message>
    <message>
        <source>Forget the data key until the passphrase is given again</source>
        <translation>Oublier la clé de données jusqu’à ce que la phrase secrète soit de nouveau saisie</translation>
    </message>
    <message>
        <source>Key store locked: reading needs no passphrase; it is asked for the first action that needs a private key.</source>
        <translation>Magasin de clés verrouillé&#xa0;: la lecture ne demande pas de phrase secrète&#xa0;; elle est demandée à la première action qui nécessite une clé privée.</translation>
    </message>
    <message>
        <source>No passphrase set yet: the first key you generate or import sets it.</source>
        <translation>Aucune phrase secrète définie&#xa0;: la première clé que vous générez ou importez la définit.</translation>
    </message>
    <message>
        <source>Enter the passphrase now</source>
        <translation>Saisir la phrase secrète maintenant</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Magasin de clés</translation>
    </message>
    <message>
        <source>Generating key material…</source>
        <translation>Génération du matériel de clé…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annulé&#xa0;: rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Nothing changed: the key store stayed locked.</source>
        <translation>Rien n’a changé&#xa0;: le magasin de clés est resté verrouillé.</translation>
    </message>
    <message>
        <source>Rotated: %1 signs now</source>
        <translation>Renouvelée&#xa0;: %1 signe maintenant</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>%1 révoquée</translation>
    </message>
    <message>
        <source>Keys updated</source>
        <translation>Clés mises à jour</translation>
    </message>
    <message>
        <source>Generate a key</source>
        <translation>Générer une clé</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key *.crt *.json *.jwk *.jwks);;All files (*)</source>
        <translation>Clés (*.pem *.key *.crt *.json *.jwk *.jwks);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is larger than 1 MiB).</source>
        <translation>Impossible de lire %1 (ou il dépasse 1 Mio).</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>Phrase secrète de %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Renouveler la clé de signature</translation>
    </message>
    <message>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>(given in the preview)</source>
        <translation>(indiqué dans l’aperçu)</translation>
    </message>
    <message>
        <source>Rotate and revoke the signing key</source>
        <translation>Renouveler et révoquer la clé de signature</translation>
    </message>
    <message>
        <source>Rotate &amp;&amp; &amp;revoke</source>
        <translation>Renouveler et ré&amp;voquer</translation>
    </message>
    <message>
        <source>Retire %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Export a private key</source>
        <translation>Exporter une clé privée</translation>
    </message>
    <message>
        <source>Whoever holds the exported private key can sign tokens that every relying party accepts. The export is recorded in the audit log. Export %1?</source>
        <translation>Quiconque détient la clé privée exportée peut signer des jetons que toute partie de confiance accepte. L’export est consigné dans le journal d’audit. Exporter %1&#xa0;?</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>Fichiers PEM (*.pem)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Rotation policy saved</source>
        <translation>Politique de rotation enregistrée</translation>
    </message>
    <message>
        <source>Key store locked</source>
        <translation>Magasin de clés verrouillé</translation>
    </message>
    <message>
        <source>Key store unlocked for this run</source>
        <translation>Magasin de clés déverrouillé pour cette exécution</translation>
    </message>
    <message>
        <source>Passphrase changed; the keys were not touched</source>
        <translation>Phrase secrète changée&#xa0;; les clés n’ont pas été modifiées</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Rotate &amp;&amp; rev&amp;oke…</source>
        <translation>Renouveler et ré&amp;voquer…</translation>
    </message>
    <message>
        <source>R&amp;etire…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Cha&amp;nge passphrase…</source>
        <translation>Changer la p&amp;hrase secrète…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Revoke the selected key</source>
        <translation>Révoquer la clé sélectionnée</translation>
    </message>
    <message>
        <source>Delete revokes the selected key, after a preview</source>
        <translation>Suppr révoque la clé sélectionnée, après un aperçu</translation>
    </message>
    <message>
        <source>Generate a new signing or encryption key (Ctrl+G)</source>
        <translation>Générer une nouvelle clé de signature ou de chiffrement (Ctrl+G)</translation>
    </message>
    <message>
        <source>Active: &lt;b&gt;%1&lt;/b&gt; %2, the key senders encrypt to for %3</source>
        <translation>Active&#xa0;: &lt;b&gt;%1&lt;/b&gt; %2, la clé pour laquelle chiffrent les expéditeurs pendant %3</translation>
    </message>
    <message>
        <source>Import a key for &apos;%1&apos;</source>
        <translation>Importer une clé pour «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>authscope::LabHistoryModel</name>
    <message>
        <source>Cost per request</source>
        <translation>Coût par requête</translation>
    </message>
    <message>
        <source>Revocation window</source>
        <translation>Fenêtre de révocation</translation>
    </message>
    <message>
        <source>Bytes on the wire</source>
        <translation>Octets transmis</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Montée en charge</translation>
    </message>
    <message>
        <source>Run %1, %2</source>
        <translation>Exécution %1, %2</translation>
    </message>
    <message>
        <source>quick</source>
        <translation>rapide</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>A pris</translation>
    </message>
    <message>
        <source>Stolen credential</source>
        <translation>Identifiant volé</translation>
    </message>
    <message>
        <source>Revocation across nodes</source>
        <translation>Révocation entre nœuds</translation>
    </message>
</context>
<context>
    <name>authscope::LabPage</name>
    <message>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
    <message>
        <source>Lab sections</source>
        <translation>Sections du labo</translation>
    </message>
    <message>
        <source>Experiments:</source>
        <translation>Expériences&#xa0;:</translation>
    </message>
    <message>
        <source>Requests per second and latency for no authentication, session cookies and JWTs by algorithm</source>
        <translation>Requêtes par seconde et latence sans authentification, avec cookies de session et avec JWT par algorithme</translation>
    </message>
    <message>
        <source>After a revocation: how long each method keeps being accepted</source>
        <translation>Après une révocation&#xa0;: combien de temps chaque méthode reste acceptée</translation>
    </message>
    <message>
        <source>Cookie versus bearer token size, and what a token reveals</source>
        <translation>Taille du cookie par rapport au jeton bearer, et ce que révèle un jeton</translation>
    </message>
    <message>
        <source>Session validation as the session table grows, versus JWT verification</source>
        <translation>Validation de session à mesure que la table des sessions grandit, par rapport à la vérification JWT</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Full: longer measurements, up to %1 sessions</source>
        <translation>Complète&#xa0;: mesures plus longues, jusqu’à %1 sessions</translation>
    </message>
    <message>
        <source>Good for a first look; the numbers vary more from run to run</source>
        <translation>Bien pour un premier aperçu&#xa0;; les chiffres varient davantage d’une exécution à l’autre</translation>
    </message>
    <message>
        <source>Length of the run</source>
        <translation>Durée de l’exécution</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Run the selected experiments</source>
        <translation>Lancer les expériences sélectionnées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>Stop the experiment under way (what it measured is kept, marked cancelled) and skip the others (Esc)</source>
        <translation>Arrêter l’expérience en cours (ce qu’elle a mesuré est conservé, marqué comme annulé) et ignorer les autres (Échap)</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Progression de l’exécution</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Experiment results</source>
        <translation>Résultats des expériences</translation>
    </message>
    <message>
        <source>Saved runs</source>
        <translation>Exécutions enregistrées</translation>
    </message>
    <message>
        <source>&amp;Show in its tab</source>
        <translation>Afficher dans son &amp;onglet</translation>
    </message>
    <message>
        <source>Show the selected run in its tab</source>
        <translation>Afficher l’exécution sélectionnée dans son onglet</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Supprimer l’exécution sélectionnée</translation>
    </message>
    <message>
        <source>Selecting a run shows it in its experiment&apos;s tab; export it from there.</source>
        <translation>Sélectionner une exécution l’affiche dans l’onglet de son expérience&#xa0;; exportez-la depuis là.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Trade-off experiments</source>
        <translation>Expériences de compromis</translation>
    </message>
    <message>
        <source>Self-attack</source>
        <translation>Auto-attaque</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Lab run started</source>
        <translation>Exécution du labo démarrée</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <source>Cancelled at %p%</source>
        <translation>Annulée à %p %</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Lab run cancelled; what was measured is saved</source>
        <translation>Exécution du labo annulée&#xa0;; ce qui a été mesuré est enregistré</translation>
    </message>
    <message>
        <source>Lab run finished</source>
        <translation>Exécution du labo terminée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L’exécution s’est arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 run of %2</source>
        <translation>l’exécution «&#xa0;%1&#xa0;» du %2</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Supprimer l’exécution</translation>
    </message>
    <message>
        <source>Delete the %1? This cannot be undone.</source>
        <translation>Supprimer %1&#xa0;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted the %1</source>
        <translation>Supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export run as JSON</source>
        <translation>Exporter l’exécution en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export run as CSV</source>
        <translation>Exporter l’exécution en CSV</translation>
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
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Running on a scratch database in a temporary folder: your sessions, keys and users are not touched. Cancel keeps what was measured so far.</source>
        <translation>Exécution sur une base de données jetable dans un dossier temporaire&#xa0;: vos sessions, clés et utilisateurs ne sont pas touchés. Annuler conserve ce qui a été mesuré jusque-là.</translation>
    </message>
    <message>
        <source>Choose at least one experiment.</source>
        <translation>Choisissez au moins une expérience.</translation>
    </message>
    <message>
        <source>This selection takes %1 (longer in a debug build).</source>
        <translation>Cette sélection prend %1 (plus dans une version de débogage).</translation>
    </message>
    <message>
        <source>about %1 s</source>
        <translation>environ %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>environ %1 min</translation>
    </message>
    <message>
        <source>Quick: short measurements, up to %1 sessions</source>
        <translation>Rapide&#xa0;: mesures courtes, jusqu’à %1 sessions</translation>
    </message>
    <message>
        <source>Steadier numbers; seeds the largest session table</source>
        <translation>Chiffres plus stables&#xa0;; remplit la plus grande table de sessions</translation>
    </message>
    <message>
        <source>A thief replays a copy of a cookie, a token and a key-bound (DPoP) token from another computer: which are refused, and how long each still works after the owner logs out</source>
        <translation>Un voleur rejoue depuis un autre ordinateur une copie d’un cookie, d’un jeton et d’un jeton lié à une clé (DPoP)&#xa0;: lesquels sont refusés, et combien de temps chacun fonctionne encore après la déconnexion du propriétaire</translation>
    </message>
    <message>
        <source>Two servers share one database: after a revocation on one, how long until the other refuses</source>
        <translation>Deux serveurs partagent une base de données&#xa0;: après une révocation sur l’un, combien de temps avant que l’autre refuse</translation>
    </message>
    <message>
        <source>Each experiment runs on a scratch database with its own users, keys and a test server reachable only from this computer, removed afterwards: your data is never touched. Only the results are saved.</source>
        <translation>Chaque expérience s’exécute sur une base de données jetable avec ses propres utilisateurs, clés et un serveur de test joignable uniquement depuis cet ordinateur, supprimés ensuite&#xa0;: vos données ne sont jamais touchées. Seuls les résultats sont enregistrés.</translation>
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
        <translation>Base de données&#xa0;: %1 (schéma %2)</translation>
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
        <translation>Aff&amp;ichage</translation>
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
        <translation>S&amp;ombre</translation>
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
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
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
        <translation>Révocation entre nœuds sur SQLite&#xa0;: temps avant le refus du nœud B</translation>
    </message>
    <message>
        <source>Revocation across nodes on PostgreSQL: time until node B refused</source>
        <translation>Révocation entre nœuds sur PostgreSQL&#xa0;: temps avant le refus du nœud B</translation>
    </message>
    <message>
        <source>SQLite&apos;s change counter</source>
        <translation>compteur de modifications de SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL notification</source>
        <translation>notification PostgreSQL</translation>
    </message>
    <message>
        <source>once-a-second check</source>
        <translation>vérification une fois par seconde</translation>
    </message>
    <message>
        <source>reconnect of node B&apos;s listener</source>
        <translation>reconnexion de l’écouteur du nœud B</translation>
    </message>
    <message>
        <source>a database read</source>
        <translation>une lecture de la base de données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Revoked by</source>
        <translation>Révoquée par</translation>
    </message>
    <message>
        <source>Node A&apos;s logout, or the administrator revoking the session</source>
        <translation>La déconnexion sur le nœud A, ou l’administrateur qui révoque la session</translation>
    </message>
    <message>
        <source>Revocations</source>
        <translation>Révocations</translation>
    </message>
    <message>
        <source>Fastest (ms)</source>
        <translation>Plus rapide (ms)</translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation>Médiane (ms)</translation>
    </message>
    <message>
        <source>Half of the revocations reached node B sooner</source>
        <translation>La moitié des révocations a atteint le nœud B plus tôt</translation>
    </message>
    <message>
        <source>95th percentile (ms)</source>
        <translation>95e centile (ms)</translation>
    </message>
    <message>
        <source>95 of 100 revocations reached node B sooner</source>
        <translation>95 révocations sur 100 ont atteint le nœud B plus tôt</translation>
    </message>
    <message>
        <source>Slowest (ms)</source>
        <translation>Plus lente (ms)</translation>
    </message>
    <message>
        <source>Never refused</source>
        <translation>Jamais refusé</translation>
    </message>
    <message>
        <source>Node B still accepted the credential 10 s after the revocation</source>
        <translation>Le nœud B acceptait encore l’identifiant 10 s après la révocation</translation>
    </message>
    <message>
        <source>How node B learned of it</source>
        <translation>Comment le nœud B l’a appris</translation>
    </message>
    <message>
        <source>SQLite: the change counter both processes read in shared memory. PostgreSQL: a notification sent when the revocation is committed, or the check node B makes once a second when none came</source>
        <translation>SQLite&#xa0;: le compteur de modifications que les deux processus lisent en mémoire partagée. PostgreSQL&#xa0;: une notification envoyée quand la révocation est validée, ou la vérification que le nœud B fait une fois par seconde quand aucune n’est arrivée</translation>
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
        <translation>Fichier SQLite</translation>
    </message>
    <message>
        <source>node A (logout)</source>
        <translation>nœud A (déconnexion)</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>No SQLite measurement yet</source>
        <translation>Pas encore de mesure SQLite</translation>
    </message>
    <message>
        <source>No PostgreSQL measurement yet</source>
        <translation>Pas encore de mesure PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file, two processes</source>
        <translation>Fichier SQLite, deux processus</translation>
    </message>
    <message>
        <source>PostgreSQL, two processes</source>
        <translation>PostgreSQL, deux processus</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>node A</source>
        <translation>nœud A</translation>
    </message>
    <message>
        <source>revocation number</source>
        <translation>numéro de révocation</translation>
    </message>
    <message>
        <source>ms until refused (log)</source>
        <translation>ms avant le refus (log)</translation>
    </message>
    <message>
        <source>ms until refused</source>
        <translation>ms avant le refus</translation>
    </message>
</context>
<context>
    <name>authscope::PassphraseDialog</name>
    <message>
        <source>Unlock the key store</source>
        <translation>Déverrouiller le magasin de clés</translation>
    </message>
    <message>
        <source>The private keys are encrypted with the administrator passphrase. Enter it to sign, generate, import or export keys; it is asked once per run.</source>
        <translation>Les clés privées sont chiffrées avec la phrase secrète de l’administrateur. Saisissez-la pour signer, générer, importer ou exporter des clés&#xa0;; elle est demandée une fois par exécution.</translation>
    </message>
    <message>
        <source>Set the key store passphrase</source>
        <translation>Définir la phrase secrète du magasin de clés</translation>
    </message>
    <message>
        <source>This is the first key of this database. Choose the passphrase that encrypts every private key: without it they cannot be used or recovered.</source>
        <translation>C’est la première clé de cette base de données. Choisissez la phrase secrète qui chiffre chaque clé privée&#xa0;: sans elle, elles ne peuvent être ni utilisées ni récupérées.</translation>
    </message>
    <message>
        <source>Change the key store passphrase</source>
        <translation>Changer la phrase secrète du magasin de clés</translation>
    </message>
    <message>
        <source>The data key is re-encrypted under the new passphrase; the keys themselves are not touched.</source>
        <translation>La clé de données est rechiffrée avec la nouvelle phrase secrète&#xa0;; les clés elles-mêmes ne sont pas modifiées.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète a&amp;ctuelle&#xa0;:</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Phrase secrète d’export</translation>
    </message>
    <message>
        <source>The exported private key is encrypted (PKCS#8) with this passphrase. Whoever gets the file and the passphrase can sign as you.</source>
        <translation>La clé privée exportée est chiffrée (PKCS#8) avec cette phrase secrète. Quiconque obtient le fichier et la phrase secrète peut signer à votre place.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>A passphrase of %1 characters or more, or a few words, resists guessing far better.</source>
        <translation>Une phrase secrète de %1 caractères ou plus, ou de quelques mots, résiste bien mieux aux tentatives de devinette.</translation>
    </message>
</context>
<context>
    <name>authscope::PolicyEditor</name>
    <message>
        <source>Allowed algorithms</source>
        <translation>Algorithmes autorisés</translation>
    </message>
    <message>
        <source>Which algorithms the verifier accepts. None ticked: the key decides (its own alg, else the algorithms of its type), which is the safe default.</source>
        <translation>Les algorithmes que le vérificateur accepte. Aucun coché&#xa0;: la clé décide (son propre alg, sinon les algorithmes de son type), ce qui est le réglage sûr par défaut.</translation>
    </message>
    <message>
        <source>Pinned by the key (clear all)</source>
        <translation>Fixés par la clé (tout décocher)</translation>
    </message>
    <message>
        <source>Any issuer (not checked)</source>
        <translation>N’importe quel émetteur (non vérifié)</translation>
    </message>
    <message>
        <source>None: a token that names an audience is refused</source>
        <translation>Aucune&#xa0;: un jeton qui nomme une audience est refusé</translation>
    </message>
    <message>
        <source>RFC 7519 §4.1.3: a recipient that does not find itself in aud must reject the token, so a token with aud needs the audience you speak for here.</source>
        <translation>RFC 7519 §4.1.3&#xa0;: un destinataire qui ne se trouve pas dans aud doit rejeter le jeton&#xa0;; un jeton avec aud exige donc l’audience que vous représentez ici.</translation>
    </message>
    <message>
        <source>Any type (e.g. JWT, at+jwt)</source>
        <translation>N’importe quel type (p. ex. JWT, at+jwt)</translation>
    </message>
    <message>
        <source>Claims the token must carry, separated by commas or spaces</source>
        <translation>Claims que le jeton doit porter, séparés par des virgules ou des espaces</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clock skew allowed for exp, nbf and iat (0 to 300 seconds)</source>
        <translation>Décalage d’horloge toléré pour exp, nbf et iat (0 à 300 secondes)</translation>
    </message>
    <message>
        <source>Signature only (plain JWS: any payload, no claim checks)</source>
        <translation>Signature seule (JWS&#xa0;: tout contenu, claims non vérifiés)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>At a chosen time (UTC)</source>
        <translation>À un moment choisi (UTC)</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Chosen time</source>
        <translation>Moment choisi</translation>
    </message>
    <message>
        <source>At issue time</source>
        <translation>À l’émission</translation>
    </message>
    <message>
        <source>Check the token as of its iat (was it valid when it was issued?)</source>
        <translation>Vérifier le jeton à la date de son iat (était-il valide lors de son émission&#xa0;?)</translation>
    </message>
    <message>
        <source>Take iss and aud from the token</source>
        <translation>Reprendre iss et aud du jeton</translation>
    </message>
    <message>
        <source>Fill issuer and audience with the token&apos;s own values. Convenient, but it only proves the token is consistent with itself: for a real check type the values you expect.</source>
        <translation>Remplir l’émetteur et l’audience avec les valeurs du jeton lui-même. Pratique, mais cela prouve seulement que le jeton est cohérent avec lui-même&#xa0;: pour une vraie vérification, saisissez les valeurs attendues.</translation>
    </message>
    <message>
        <source>Strict defaults</source>
        <translation>Réglages stricts</translation>
    </message>
    <message>
        <source>Pinned algorithms, exp required, 30 s leeway, no issuer or audience, now</source>
        <translation>Algorithmes fixés, exp obligatoire, 30 s de tolérance, ni émetteur ni audience, maintenant</translation>
    </message>
    <message>
        <source>Algorithms:</source>
        <translation>Algorithmes&#xa0;:</translation>
    </message>
    <message>
        <source>Iss&amp;uer:</source>
        <translation>É&amp;metteur&#xa0;:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Audience&#xa0;:</translation>
    </message>
    <message>
        <source>Type (typ):</source>
        <translation>Type (typ)&#xa0;:</translation>
    </message>
    <message>
        <source>Required claims:</source>
        <translation>Claims obligatoires&#xa0;:</translation>
    </message>
    <message>
        <source>Leeway:</source>
        <translation>Tolérance&#xa0;:</translation>
    </message>
    <message>
        <source>Clock:</source>
        <translation>Horloge&#xa0;:</translation>
    </message>
    <message>
        <source>Pinned by the key</source>
        <translation>Fixés par la clé</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Any JWT</source>
        <translation>N’importe quel JWT</translation>
    </message>
    <message>
        <source>OAuth 2.0 access token (RFC 9068)</source>
        <translation>Jeton d’accès OAuth 2.0 (RFC 9068)</translation>
    </message>
    <message>
        <source>RFC 9068 access tokens: typ at+jwt and the claims iss, exp, aud, sub, client_id, iat and jti required (§2.2, §4)</source>
        <translation>Jetons d’accès RFC 9068&#xa0;: typ at+jwt et les claims iss, exp, aud, sub, client_id, iat et jti exigés (§2.2, §4)</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
</context>
<context>
    <name>authscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>A new language applies the next time AuthScope starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’AuthScope.</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Jeu de couleurs&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often the Sessions and Audit log pages re-read their rows while shown; applied when you press OK</source>
        <translation>À quelle fréquence les pages Sessions et Journal d’audit relisent leurs lignes pendant leur affichage&#xa0;; appliqué quand vous appuyez sur OK</translation>
    </message>
    <message>
        <source>Re&amp;fresh lists every:</source>
        <translation>A&amp;ctualiser les listes toutes les&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remember inspected tokens in this database (claims and a hash, kept %Ln day(s))</source>
        <translation>
            <numerusform>&amp;Mémoriser les jetons inspectés dans cette base de données (claims et un hachage, gardés %Ln jour)</numerusform>
            <numerusform>&amp;Mémoriser les jetons inspectés dans cette base de données (claims et un hachage, gardés %Ln jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
    </message>
    <message>
        <source>Check the JWT &amp;deny-list</source>
        <translation>Vérifier la liste de re&amp;fus JWT</translation>
    </message>
    <message>
        <source>Test server (used the next time it starts)</source>
        <translation>Serveur de test (utilisé à son prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Durée de &amp;vie des jetons&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Quick runs (a few seconds each; untick for the full measurements)</source>
        <translation>E&amp;xécutions rapides (quelques secondes chacune&#xa0;; décochez pour les mesures complètes)</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
    <message>
        <source>The token history setting was not changed: %1</source>
        <translation>Le réglage de l’historique des jetons n’a pas été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>authscope::ProfileForm</name>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>AuthScope databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données AuthScope (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A profile name is 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Un nom de profil compte de 1 à 64 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Choisissez le fichier de base de données.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a host, a user and a database.</source>
        <translation>Un profil PostgreSQL a besoin d’un hôte, d’un utilisateur et d’une base de données.</translation>
    </message>
    <message>
        <source>e.g. production</source>
        <translation>p. ex. production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Fichier SQLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>laisser vide pour garder celui enregistré</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>The password is never written to a settings file. Without a keychain AuthScope uses PostgreSQL&apos;s own sources (PGPASSWORD, ~/.pgpass) or asks when it connects.</source>
        <translation>Le mot de passe n’est jamais écrit dans un fichier de réglages. Sans trousseau, AuthScope utilise les sources propres à PostgreSQL (PGPASSWORD, ~/.pgpass) ou le demande à la connexion.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>Po&amp;rt&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>Chi&amp;ffrement (sslmode)&#xa0;:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>authscope::RelativeTime</name>
    <message>
        <source>%1 y %2 d</source>
        <translation>%1 a %2 j</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
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
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>expires now</source>
        <translation>expire maintenant</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>expiré depuis %1</translation>
    </message>
    <message>
        <source>not valid for another %1</source>
        <translation>pas valide avant %1</translation>
    </message>
    <message>
        <source>valid since %1 ago</source>
        <translation>valide depuis %1</translation>
    </message>
    <message>
        <source>issued %1 in the future</source>
        <translation>émis %1 dans le futur</translation>
    </message>
    <message>
        <source>issued %1 ago</source>
        <translation>émis il y a %1</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>authscope::RequestDetailPane</name>
    <message>
        <source>[%1 bytes in all; the first %2 are shown]</source>
        <translation>[%1 octets au total&#xa0;; les %2 premiers sont affichés]</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Open in &amp;Tokens</source>
        <translation>Ouvr&amp;ir dans Jetons</translation>
    </message>
    <message>
        <source>Load the token this exchange carried into the Tokens page</source>
        <translation>Charger le jeton de cet échange dans la page Jetons</translation>
    </message>
    <message>
        <source>Select a request in the log to see it in detail.</source>
        <translation>Sélectionnez une requête dans le journal pour la voir en détail.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>credential check %1 µs</source>
        <translation>vérification de l’identifiant %1 µs</translation>
    </message>
    <message>
        <source>total %1 µs</source>
        <translation>total %1 µs</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>Refused before any handler ran (%1): nothing more was read.</source>
        <translation>Refusée avant l’exécution de tout gestionnaire (%1)&#xa0;: rien de plus n’a été lu.</translation>
    </message>
    <message>
        <source>No detail kept for this request: only the newest requests keep theirs.</source>
        <translation>Aucun détail conservé pour cette requête&#xa0;: seules les requêtes les plus récentes gardent le leur.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Load the token (%1) into the Tokens page</source>
        <translation>Charger le jeton (%1) dans la page Jetons</translation>
    </message>
</context>
<context>
    <name>authscope::RequestLogModel</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 µs</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> depuis %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérif.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>authscope::ResignPanel</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Header to sign</source>
        <translation>En-tête à signer</translation>
    </message>
    <message>
        <source>{&quot;alg&quot;: &quot;ES256&quot;, &quot;typ&quot;: &quot;JWT&quot;}</source>
        <translation>{&quot;alg&quot;: &quot;ES256&quot;, &quot;typ&quot;: &quot;JWT&quot;}</translation>
    </message>
    <message>
        <source>Payload to sign</source>
        <translation>Charge utile à signer</translation>
    </message>
    <message>
        <source>{&quot;sub&quot;: &quot;alice&quot;, &quot;exp&quot;: 1900000000}</source>
        <translation>{&quot;sub&quot;: &quot;alice&quot;, &quot;exp&quot;: 1900000000}</translation>
    </message>
    <message>
        <source>Reset from token</source>
        <translation>Repartir du jeton</translation>
    </message>
    <message>
        <source>Replace both editors with the header and payload of the token on display</source>
        <translation>Remplacer les deux éditeurs par l’en-tête et la charge utile du jeton affiché</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lifetime</source>
        <translation>Durée de vie</translation>
    </message>
    <message>
        <source>Set iat = now, exp = now +</source>
        <translation>Réémettre pour</translation>
    </message>
    <message>
        <source>Issue the payload now: iat (and nbf when present) become now, exp now plus the lifetime</source>
        <translation>Émettre la charge utile maintenant&#xa0;: iat (et nbf s’il existe) deviennent maintenant, exp maintenant plus la durée de vie</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Charge utile</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Put the key&apos;s kid in the header</source>
        <translation>Mettre le kid dans l’en-tête</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Make a new token from the header and payload above (Ctrl+Return)</source>
        <translation>Créer un nouveau jeton à partir de l’en-tête et de la charge utile ci-dessus (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Unsigned (alg: none)</source>
        <translation>Non signé (alg&#xa0;: none)</translation>
    </message>
    <message>
        <source>For testing verifiers: the same header and payload with alg &quot;none&quot; and an empty signature. A sound verifier refuses it; AuthScope always does.</source>
        <translation>Pour tester les vérificateurs&#xa0;: le même en-tête et la même charge utile avec alg «&#xa0;none&#xa0;» et une signature vide. Un vérificateur sérieux le refuse&#xa0;; AuthScope le refuse toujours.</translation>
    </message>
    <message>
        <source>Algorith&amp;m:</source>
        <translation>Algorith&amp;me&#xa0;:</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>Nouveau jeton</translation>
    </message>
    <message>
        <source>The new token appears here.</source>
        <translation>Le nouveau jeton apparaît ici.</translation>
    </message>
    <message>
        <source>Ope&amp;n in inspector</source>
        <translation>Ouvrir dans l’i&amp;nspecteur</translation>
    </message>
    <message>
        <source>Inspect the new token, with the signing key (its public half) set up to verify it</source>
        <translation>Inspecter le nouveau jeton, avec la clé de signature (sa moitié publique) configurée pour le vérifier</translation>
    </message>
    <message>
        <source>Copy new token</source>
        <translation>Copier le nouveau jeton</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>En-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>Payload: %1</source>
        <translation>Charge utile&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Header and payload are valid JSON</source>
        <translation>✔ L’en-tête et la charge utile sont du JSON valide</translation>
    </message>
    <message>
        <source>Paste a token to start from it, or write a header and a payload.</source>
        <translation>Collez un jeton pour partir de celui-ci, ou écrivez un en-tête et une charge utile.</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <source>header: %1</source>
        <translation>en-tête&#xa0;: %1</translation>
    </message>
    <message>
        <source>payload: %1</source>
        <translation>charge utile&#xa0;: %1</translation>
    </message>
    <message>
        <source>✘ Cannot sign: %1</source>
        <translation>✘ Signature impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Generating a key…</source>
        <translation>Génération d’une clé…</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>aucune clé</translation>
    </message>
    <message>
        <source>✘ Cannot sign: this key cannot sign with any JWS algorithm</source>
        <translation>✘ Signature impossible&#xa0;: cette clé ne peut signer avec aucun algorithme JWS</translation>
    </message>
    <message>
        <source>✘ Cannot sign: %1 (%2)</source>
        <translation>✘ Signature impossible&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>✔ Signed with %1 using %2</source>
        <translation>✔ Signé avec %1 en %2</translation>
    </message>
    <message>
        <source>✘ Fix the header and payload JSON first</source>
        <translation>✘ Corrigez d’abord le JSON de l’en-tête et de la charge utile</translation>
    </message>
    <message>
        <source>⚠ Unsigned token, for testing verifiers only: anyone can forge it, and a sound verifier (AuthScope included) refuses it.</source>
        <translation>⚠ Jeton non signé, uniquement pour tester des vérificateurs&#xa0;: n’importe qui peut le falsifier, et un vérificateur sérieux (AuthScope compris) le refuse.</translation>
    </message>
    <message>
        <source>✘ Not signed: %1</source>
        <translation>✘ Non signé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>authscope::RevocationRaceView</name>
    <message>
        <source>Start &amp;race</source>
        <translation>Lancer la &amp;course</translation>
    </message>
    <message>
        <source>Log in once with a cookie and once for a JWT, then call /api/me every 200 ms with each</source>
        <translation>Se connecter une fois avec un cookie et une fois pour un JWT, puis appeler /api/me toutes les 200 ms avec chacun</translation>
    </message>
    <message>
        <source>Revoke both sessions from the console, as an administrator would</source>
        <translation>Révoquer les deux sessions depuis la console, comme le ferait un administrateur</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrêt&amp;er</translation>
    </message>
    <message>
        <source>accepted (200)</source>
        <translation>accepté (200)</translation>
    </message>
    <message>
        <source>refused (401)</source>
        <translation>refusé (401)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>seconds since the race started</source>
        <translation>secondes depuis le début de la course</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>cookie</source>
        <translation>cookie</translation>
    </message>
    <message>
        <source>Revocation race timeline</source>
        <translation>Chronologie de la course à la révocation</translation>
    </message>
    <message>
        <source>The race could not start: %1</source>
        <translation>La course n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>revocation race</source>
        <translation>course à la révocation</translation>
    </message>
    <message numerus="yes">
        <source>Both clients are logged in and polling (%Ln request(s) so far). Now revoke both.</source>
        <translation>
            <numerusform>Les deux clients sont connectés et interrogent le serveur (%Ln requête jusqu’ici). Révoquez maintenant les deux.</numerusform>
            <numerusform>Les deux clients sont connectés et interrogent le serveur (%Ln requêtes jusqu’ici). Révoquez maintenant les deux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cookie session: refused %1 ms after the revocation, after %Ln more accepted request(s).</source>
        <translation>
            <numerusform>Session par cookie&#xa0;: refusée %1 ms après la révocation, après %Ln requête acceptée de plus.</numerusform>
            <numerusform>Session par cookie&#xa0;: refusée %1 ms après la révocation, après %Ln requêtes acceptées de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cookie session: no request since the revocation yet.</source>
        <translation>Session par cookie&#xa0;: aucune requête depuis la révocation.</translation>
    </message>
    <message>
        <source>JWT: refused %1 ms after the revocation (the server checked its session and the deny-list).</source>
        <translation>JWT&#xa0;: refusé %1 ms après la révocation (le serveur a vérifié sa session et la liste de refus).</translation>
    </message>
    <message numerus="yes">
        <source>JWT: still accepted — %Ln request(s) since the revocation. Without the deny-list it stays valid until it expires (in about %1 s).</source>
        <translation>
            <numerusform>JWT&#xa0;: toujours accepté — %Ln requête depuis la révocation. Sans liste de refus, il reste valide jusqu’à son expiration (dans environ %1 s).</numerusform>
            <numerusform>JWT&#xa0;: toujours accepté — %Ln requêtes depuis la révocation. Sans liste de refus, il reste valide jusqu’à son expiration (dans environ %1 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke &amp;both now</source>
        <translation>Révoquer les deux &amp;maintenant</translation>
    </message>
    <message>
        <source>JWT deny-l&amp;ist on</source>
        <translation>Li&amp;ste de refus JWT active</translation>
    </message>
    <message>
        <source>The race&apos;s own server: on, it checks each JWT against the revoked sessions and the deny-list; off, a JWT is accepted until it expires, whatever happened to its session. Switch it during the race to see the difference.</source>
        <translation>Le serveur propre à la course&#xa0;: activé, il vérifie chaque JWT par rapport aux sessions révoquées et à la liste de refus&#xa0;; désactivé, un JWT est accepté jusqu’à son expiration, quoi qu’il soit arrivé à sa session. Basculez-le pendant la course pour voir la différence.</translation>
    </message>
    <message>
        <source>Start &amp;again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Two clients log in (one with a session cookie, one with a JWT) and call /api/me five times a second. Revoke both and watch what happens. The race has a test server and a scratch database of its own on 127.0.0.1: your database, users and audit log are not touched.</source>
        <translation>Deux clients se connectent (l’un avec un cookie de session, l’autre avec un JWT) et appellent /api/me cinq fois par seconde. Révoquez les deux et observez ce qui se passe. La course a son propre serveur de test et sa propre base de données jetable sur 127.0.0.1&#xa0;: votre base de données, vos utilisateurs et votre journal d’audit ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Both clients are refused: the race stopped by itself and its scratch database is gone.</source>
        <translation>Les deux clients sont refusés&#xa0;: la course s’est arrêtée d’elle-même et sa base de données jetable a été supprimée.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>Switch the deny-list on to refuse the JWT now; the race stops once both are refused.</source>
        <translation>Activez la liste de refus pour refuser le JWT maintenant&#xa0;; la course s’arrête dès que les deux sont refusés.</translation>
    </message>
</context>
<context>
    <name>authscope::RevocationView</name>
    <message>
        <source>Revocation window: timeline of requests</source>
        <translation>Fenêtre de révocation&#xa0;: chronologie des requêtes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Requests answered before the revocation</source>
        <translation>Requêtes traitées avant la révocation</translation>
    </message>
    <message>
        <source>Accepted after</source>
        <translation>Acceptées après</translation>
    </message>
    <message>
        <source>Requests still answered 200 after the revocation</source>
        <translation>Requêtes encore traitées avec 200 après la révocation</translation>
    </message>
    <message>
        <source>Refused after</source>
        <translation>Refusées après</translation>
    </message>
    <message>
        <source>Window (ms)</source>
        <translation>Fenêtre (ms)</translation>
    </message>
    <message>
        <source>From the revocation to the first refusal; 0: the very next request failed</source>
        <translation>De la révocation au premier refus&#xa0;; 0&#xa0;: la toute prochaine requête a échoué</translation>
    </message>
    <message>
        <source>Token lifetime (ms)</source>
        <translation>Durée de vie du jeton (ms)</translation>
    </message>
    <message>
        <source>still accepted at the end</source>
        <translation>encore accepté à la fin</translation>
    </message>
    <message>
        <source>No revocation-window run yet</source>
        <translation>Aucune exécution «&#xa0;fenêtre de révocation&#xa0;» pour l’instant</translation>
    </message>
    <message>
        <source>accepted (200)</source>
        <translation>accepté (200)</translation>
    </message>
    <message>
        <source>refused (401)</source>
        <translation>refusé (401)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>milliseconds since polling started</source>
        <translation>millisecondes depuis le début des interrogations</translation>
    </message>
    <message>
        <source>method</source>
        <translation>méthode</translation>
    </message>
</context>
<context>
    <name>authscope::RevokeDialog</name>
    <message>
        <source>Revoke sessions</source>
        <translation>Révoquer des sessions</translation>
    </message>
    <message>
        <source>Suspicious activity</source>
        <translation>Activité suspecte</translation>
    </message>
    <message>
        <source>Device reported lost or stolen</source>
        <translation>Appareil déclaré perdu ou volé</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>Demande de l’utilisateur</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>Account offboarding</source>
        <translation>Départ de l’utilisateur</translation>
    </message>
    <message>
        <source>Security policy change</source>
        <translation>Changement de politique de sécurité</translation>
    </message>
    <message>
        <source>Why? (kept with the session and in the audit log)</source>
        <translation>Pourquoi&#xa0;? (conservé avec la session et dans le journal d’audit)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
</context>
<context>
    <name>authscope::RotationPolicyDialog</name>
    <message>
        <source>Rotation policy — %1</source>
        <translation>Politique de rotation — %1</translation>
    </message>
    <message>
        <source>by hand only</source>
        <translation>manuelle uniquement</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Publish the next key right after each rotation</source>
        <translation>Publier la clé suivante juste après chaque rotation</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Rotate every:</source>
        <translation>&amp;Renouveler tous les&#xa0;:</translation>
    </message>
    <message>
        <source>Longest &amp;token lifetime:</source>
        <translation>Durée de vie maximale des &amp;jetons&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Leeway (clock skew):</source>
        <translation>&amp;Tolérance (décalage d’horloge)&#xa0;:</translation>
    </message>
    <message>
        <source>JWKS &amp;cache time:</source>
        <translation>Durée de &amp;cache du JWKS&#xa0;:</translation>
    </message>
    <message>
        <source>New keys use:</source>
        <translation>Les nouvelles clés utilisent&#xa0;:</translation>
    </message>
    <message>
        <source>A rotated-out key keeps verifying for the token lifetime plus the leeway, then retires. A scheduled rotation waits until the next key has been published for the JWKS cache time, so that no relying party meets an unknown key.</source>
        <translation>Une clé sortie par rotation continue de vérifier pendant la durée de vie des jetons plus la tolérance, puis elle est retirée. Une rotation planifiée attend que la clé suivante ait été publiée pendant la durée de cache du JWKS, afin qu’aucune partie de confiance ne rencontre une clé inconnue.</translation>
    </message>
</context>
<context>
    <name>authscope::RotationTimeline</name>
    <message>
        <source>Rotation timeline</source>
        <translation>Chronologie des rotations</translation>
    </message>
    <message>
        <source>next (published)</source>
        <translation>suivante (publiée)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>retiring (grace %1)</source>
        <translation>en retrait (grâce %1)</translation>
    </message>
    <message>
        <source>grace after next rotation</source>
        <translation>grâce après rotation</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>next rotation</source>
        <translation>prochaine rotation</translation>
    </message>
    <message>
        <source>No keys yet: generate or import one</source>
        <translation>Aucune clé&#xa0;: générez-en ou importez-en une</translation>
    </message>
</context>
<context>
    <name>authscope::ScaleView</name>
    <message>
        <source>Scale: validations per second by table size</source>
        <translation>Montée en charge&#xa0;: validations par seconde selon la taille de la table</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Rows in the scratch session table</source>
        <translation>Lignes de la table de sessions jetable</translation>
    </message>
    <message>
        <source>Validate/s (cache)</source>
        <translation>Valid./s (cache)</translation>
    </message>
    <message>
        <source>Session validation with the cache warm</source>
        <translation>Validation de session avec le cache chaud</translation>
    </message>
    <message>
        <source>Validate/s (no cache)</source>
        <translation>Valid./s (sans cache)</translation>
    </message>
    <message>
        <source>Session validation reading SQLite every time</source>
        <translation>Validation de session qui lit SQLite à chaque fois</translation>
    </message>
    <message>
        <source>Raw lookup/s</source>
        <translation>Recherches brutes/s</translation>
    </message>
    <message>
        <source>Baseline: a bare SQLite primary-key lookup in the same table</source>
        <translation>Référence&#xa0;: une simple recherche par clé primaire SQLite dans la même table</translation>
    </message>
    <message>
        <source>No cache ÷ raw</source>
        <translation>Sans cache ÷ brut</translation>
    </message>
    <message>
        <source>HS256 verify/s</source>
        <translation>Vérif. HS256/s</translation>
    </message>
    <message>
        <source>ES256 verify/s</source>
        <translation>Vérif. ES256/s</translation>
    </message>
    <message>
        <source>ES256 ÷ raw OpenSSL</source>
        <translation>ES256 ÷ OpenSSL brut</translation>
    </message>
    <message>
        <source>JWT validation relative to a bare OpenSSL signature check</source>
        <translation>Validation JWT par rapport à une simple vérification de signature OpenSSL</translation>
    </message>
    <message>
        <source>Seeding (ms)</source>
        <translation>Remplissage (ms)</translation>
    </message>
    <message>
        <source>How long filling the table took</source>
        <translation>Durée du remplissage de la table</translation>
    </message>
    <message>
        <source>No scale run yet</source>
        <translation>Aucune exécution «&#xa0;montée en charge&#xa0;» pour l’instant</translation>
    </message>
    <message>
        <source>raw SQLite lookup (baseline)</source>
        <translation>recherche SQLite brute (référence)</translation>
    </message>
    <message>
        <source>session rows (log scale)</source>
        <translation>lignes de sessions (échelle log.)</translation>
    </message>
    <message>
        <source>checks per second (log)</source>
        <translation>vérifications par seconde (log.)</translation>
    </message>
</context>
<context>
    <name>authscope::ServerPage</name>
    <message>
        <source>127.0.0.1 — this machine only (IPv4)</source>
        <translation>127.0.0.1 — cette machine uniquement (IPv4)</translation>
    </message>
    <message>
        <source>::1 — this machine only (IPv6)</source>
        <translation>::1 — cette machine uniquement (IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 — every network interface</source>
        <translation>0.0.0.0 — toutes les interfaces réseau</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>n’importe quel port libre</translation>
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
        <translation>Durée de validité d’un jeton d’accès émis par le serveur</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Durée de vie du jeton d’accès</translation>
    </message>
    <message>
        <source>Check the JWT &amp;deny-list</source>
        <translation>Vérifier la &amp;liste de refus JWT</translation>
    </message>
    <message>
        <source>On: a logged-out or revoked JWT fails at once. Off: it stays valid until it expires, as with a stateless JWT.</source>
        <translation>Activé&#xa0;: un JWT déconnecté ou révoqué échoue immédiatement. Désactivé&#xa0;: il reste valide jusqu’à son expiration, comme un JWT sans état.</translation>
    </message>
    <message>
        <source>With TLS the session cookie gets Secure and the __Host- prefix. Clients must accept the self-signed certificate (curl -k); its SHA-256 fingerprint is shown once it runs.</source>
        <translation>Avec TLS, le cookie de session reçoit Secure et le préfixe __Host-. Les clients doivent accepter le certificat autosigné (curl -k)&#xa0;; son empreinte SHA-256 s’affiche dès que le serveur tourne.</translation>
    </message>
    <message>
        <source>e.g. http://localhost:3000 (empty: no cross-origin calls)</source>
        <translation>p. ex. http://localhost:3000 (vide&#xa0;: pas de CORS)</translation>
    </message>
    <message>
        <source>Allowed cross-origin origin</source>
        <translation>Origine cross-origin autorisée</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Ad&amp;resse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Token &amp;lifetime:</source>
        <translation>Durée de &amp;vie des jetons&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;CORS origin:</source>
        <translation>Ori&amp;gine CORS&#xa0;:</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Journal des requêtes</translation>
    </message>
    <message>
        <source>curl commands</source>
        <translation>Commandes curl</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Test server listening on %1</source>
        <translation>Serveur de test à l’écoute sur %1</translation>
    </message>
    <message>
        <source>Test server stopped</source>
        <translation>Serveur de test arrêté</translation>
    </message>
    <message>
        <source>No signing keys yet: JWT logins are off until you generate one on the Keys page.</source>
        <translation>Aucune clé de signature&#xa0;: les connexions JWT sont désactivées tant que vous n’en générez pas une sur la page Clés.</translation>
    </message>
    <message>
        <source>Key store locked: the server answers cookie logins, but cannot sign JWTs.</source>
        <translation>Magasin de clés verrouillé&#xa0;: le serveur répond aux connexions par cookie, mais ne peut pas signer de JWT.</translation>
    </message>
    <message>
        <source>&amp;Stop server</source>
        <translation>Arrê&amp;ter le serveur</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>Stop the test server (Ctrl+R)</source>
        <translation>Arrêter le serveur de test (Ctrl+R)</translation>
    </message>
    <message>
        <source>Start the test server (Ctrl+R)</source>
        <translation>Démarrer le serveur de test (Ctrl+R)</translation>
    </message>
    <message>
        <source>Listening on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>À l’écoute sur &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>Certificat SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not running:</source>
        <translation>Arrêté&#xa0;:</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source># Start the server to get commands with its real address.</source>
        <translation># Démarrez le serveur pour obtenir les commandes avec sa vraie adresse.</translation>
    </message>
    <message>
        <source>HTTPS with a self-signed certificate: session cookies are Secure and use the __Host- prefix.</source>
        <translation>HTTPS avec un certificat autosigné&#xa0;: les cookies de session sont Secure et utilisent le préfixe __Host-.</translation>
    </message>
    <message>
        <source>Plain HTTP: browsers and Qt do not send cookies marked Secure to http://127.0.0.1, so session cookies here are issued without Secure. Tick HTTPS to test Secure cookies. Never put this server on a network.</source>
        <translation>HTTP simple&#xa0;: les navigateurs et Qt n’envoient pas les cookies marqués Secure à http://127.0.0.1, donc les cookies de session sont émis ici sans Secure. Cochez HTTPS pour tester les cookies Secure. N’exposez jamais ce serveur sur un réseau.</translation>
    </message>
    <message>
        <source>⚠ Every network interface: other machines can reach this test server. </source>
        <translation>⚠ Toutes les interfaces réseau&#xa0;: d’autres machines peuvent joindre ce serveur de test. </translation>
    </message>
    <message>
        <source>%1 requests · %2 errors · %3 req/s</source>
        <translation>%1 requêtes · %2 erreurs · %3 req/s</translation>
    </message>
    <message>
        <source>Test server</source>
        <translation>Serveur de test</translation>
    </message>
    <message>
        <source>Serve HTTPS (self-signed certificate made at start)</source>
        <translation>Servir en HTTPS (certificat autosigné créé au démarrage)</translation>
    </message>
    <message>
        <source>Paus&amp;e</source>
        <translation>Pau&amp;se</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>C&amp;opy all</source>
        <translation>Tout &amp;copier</translation>
    </message>
    <message>
        <source>Re&amp;quest log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>curl co&amp;mmands</source>
        <translation>Comma&amp;ndes curl</translation>
    </message>
    <message>
        <source>Revocatio&amp;n race</source>
        <translation>Course à la révocati&amp;on</translation>
    </message>
    <message>
        <source>Bac&amp;k-channel logout</source>
        <translation>Déconnexion bac&amp;k-channel</translation>
    </message>
</context>
<context>
    <name>authscope::SessionDetailsPane</name>
    <message>
        <source>Select a session to see its record, its JWTs and its audit trail.</source>
        <translation>Sélectionnez une session pour voir son enregistrement, ses JWT et sa piste d’audit.</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créée&#xa0;:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Dernière activité&#xa0;:</translation>
    </message>
    <message>
        <source>Idle expiry:</source>
        <translation>Expiration d’inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Absolute expiry:</source>
        <translation>Expiration absolue&#xa0;:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>Adresse IP&#xa0;:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Révoquée&#xa0;:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>User-Agent&#xa0;:</translation>
    </message>
    <message>
        <source>JWT ID (jti)</source>
        <translation>ID du JWT (jti)</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>ID de clé</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>JWTs</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d’audit</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sessions selected. Revoke them with the Revoke button or the Delete key.</source>
        <translation>
            <numerusform>%Ln session sélectionnée. Révoquez-la avec le bouton Révoquer ou la touche Suppr.</numerusform>
            <numerusform>%Ln sessions sélectionnées. Révoquez-les avec le bouton Révoquer ou la touche Suppr.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (user id %2)</source>
        <translation>%1 (ID utilisateur %2)</translation>
    </message>
    <message>
        <source>%1 (idle timeout %2)</source>
        <translation>%1 (délai d’inactivité %2)</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>(none sent)</source>
        <translation>(aucun envoyé)</translation>
    </message>
    <message>
        <source>JWT (bearer token with the session&apos;s sid)</source>
        <translation>JWT (jeton bearer avec le sid de la session)</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>%1 by %2 — %3</source>
        <translation>%1 par %2 — %3</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif indiqué</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>JWTs (error)</source>
        <translation>JWT (erreur)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>live</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>JWTs (%1)</source>
        <translation>JWT (%1)</translation>
    </message>
    <message>
        <source>Audit trail (error)</source>
        <translation>Piste d’audit (erreur)</translation>
    </message>
    <message>
        <source>Audit trail (%1)</source>
        <translation>Piste d’audit (%1)</translation>
    </message>
    <message>
        <source>JWTs issued for this session</source>
        <translation>JWT émis pour cette session</translation>
    </message>
    <message>
        <source>Audit trail of this session</source>
        <translation>Piste d’audit de cette session</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Revoke this session, with a reason</source>
        <translation>Révoquer cette session, avec un motif</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Prolonger</translation>
    </message>
    <message>
        <source>Push this session&apos;s idle and absolute expiry further</source>
        <translation>Repousser l’expiration d’inactivité et l’expiration absolue de cette session</translation>
    </message>
    <message>
        <source>By one hour</source>
        <translation>D’une heure</translation>
    </message>
    <message>
        <source>By one day</source>
        <translation>D’un jour</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
</context>
<context>
    <name>authscope::SessionTableModel</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln s</source>
        <translation>
            <numerusform>dans %Ln s</numerusform>
            <numerusform>dans %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln s ago</source>
        <translation>
            <numerusform>il y a %Ln s</numerusform>
            <numerusform>il y a %Ln s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>dans %Ln min</numerusform>
            <numerusform>dans %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>il y a %Ln min</numerusform>
            <numerusform>il y a %Ln min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln h</source>
        <translation>
            <numerusform>dans %Ln h</numerusform>
            <numerusform>dans %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>il y a %Ln h</numerusform>
            <numerusform>il y a %Ln h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>il y a %Ln jour</numerusform>
            <numerusform>il y a %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>révoquée %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>terminée %1</translation>
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
        <translation>Révoquée le %1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminée le %1</translation>
    </message>
    <message>
        <source>Active until %1 at the latest</source>
        <translation>Active jusqu’au %1 au plus tard</translation>
    </message>
    <message>
        <source>Idle expiry: %1
Absolute expiry: %2</source>
        <translation>Expiration d’inactivité&#xa0;: %1
Expiration absolue&#xa0;: %2</translation>
    </message>
    <message>
        <source>JWTs issued for the session that have neither expired nor been revoked</source>
        <translation>JWT émis pour la session qui n’ont ni expiré ni été révoqués</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Live JWTs</source>
        <translation>JWT valides</translation>
    </message>
</context>
<context>
    <name>authscope::SessionsPage</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Revoked today</source>
        <translation>Révoquées aujourd’hui</translation>
    </message>
    <message>
        <source>Expiring within an hour</source>
        <translation>Expirent dans l’heure</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>A&amp;ctualisation auto</translation>
    </message>
    <message>
        <source>Re-read the sessions every few seconds, keeping the selection</source>
        <translation>Relire les sessions toutes les quelques secondes, en gardant la sélection</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Re-read the sessions now (F5)</source>
        <translation>Relire les sessions maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Révoquer…</translation>
    </message>
    <message>
        <source>Revoke the selected active sessions (Delete)</source>
        <translation>Révoquer les sessions actives sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Search: user name, IP or CIDR, ua:firefox, user:alice …</source>
        <translation>Recherche&#xa0;: nom d’utilisateur, IP ou CIDR, ua:firefox, user:alice…</translation>
    </message>
    <message>
        <source>A bare word is the start of a user name, or an IP address, CIDR block (10.0.0.0/8) or prefix (10.2.). Fields: user:NAME ip:ADDRESS ua:TEXT state:active|expired|revoked method:cookie|jwt. Ctrl+F to get here.</source>
        <translation>Un mot seul est le début d’un nom d’utilisateur, ou une adresse IP, un bloc CIDR (10.0.0.0/8) ou un préfixe (10.2.). Champs&#xa0;: user:NOM ip:ADRESSE ua:TEXTE state:active|expired|revoked method:cookie|jwt. Ctrl+F pour venir ici.</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Rechercher des sessions</translation>
    </message>
    <message>
        <source>Show active sessions</source>
        <translation>Afficher les sessions actives</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <source>Show expired sessions</source>
        <translation>Afficher les sessions expirées</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Show revoked sessions</source>
        <translation>Afficher les sessions révoquées</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>Show cookie sessions</source>
        <translation>Afficher les sessions par cookie</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Show JWT sessions</source>
        <translation>Afficher les sessions JWT</translation>
    </message>
    <message>
        <source>Started within</source>
        <translation>Commencées dans</translation>
    </message>
    <message>
        <source>Started any time</source>
        <translation>Début&#xa0;: n’importe quand</translation>
    </message>
    <message>
        <source>Started in the last hour</source>
        <translation>Début&#xa0;: dernière heure</translation>
    </message>
    <message>
        <source>Started in the last 24 hours</source>
        <translation>Début&#xa0;: dernières 24 h</translation>
    </message>
    <message>
        <source>Started in the last 7 days</source>
        <translation>Début&#xa0;: 7 derniers jours</translation>
    </message>
    <message>
        <source>Started in the last 30 days</source>
        <translation>Début&#xa0;: 30 derniers jours</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Cannot read the sessions: %1</source>
        <translation>Impossible de lire les sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the sessions: %1</source>
        <translation>Impossible de compter les sessions&#xa0;: %1</translation>
    </message>
    <message>
        <source>More than %1 sessions match; %2 loaded (scroll for more).</source>
        <translation>Plus de %1 sessions correspondent&#xa0;; %2 chargées (faites défiler pour en voir plus).</translation>
    </message>
    <message>
        <source>Select one or more active sessions to revoke.</source>
        <translation>Sélectionnez une ou plusieurs sessions actives à révoquer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln other user(s)</source>
        <translation>
            <numerusform>%1 et %Ln autre utilisateur</numerusform>
            <numerusform>%1 et %Ln autres utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %Ln session(s) of %1?</source>
        <translation>
            <numerusform>Révoquer %Ln session de %1&#xa0;?</numerusform>
            <numerusform>Révoquer %Ln sessions de %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each is refused on its very next request, in every process that uses this database, and the JWTs issued for it are deny-listed until they expire.</source>
        <translation>Chacune est refusée dès sa prochaine requête, dans tout processus qui utilise cette base de données, et les JWT émis pour elle restent sur la liste de refus jusqu’à leur expiration.</translation>
    </message>
    <message>
        <source>Revocation failed</source>
        <translation>Échec de la révocation</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s).</source>
        <translation>
            <numerusform>%Ln session révoquée.</numerusform>
            <numerusform>%Ln sessions révoquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke every session of %1?</source>
        <translation>Révoquer toutes les sessions de %1&#xa0;?</translation>
    </message>
    <message>
        <source>All of %1&apos;s active sessions end at once, every JWT issued to them until now is refused, and they have to log in again.</source>
        <translation>Toutes les sessions actives de %1 prennent fin immédiatement, tout JWT émis pour elles jusqu’ici est refusé, et une nouvelle connexion est nécessaire.</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %Ln session(s) of %1.</source>
        <translation>
            <numerusform>%Ln session de %1 révoquée.</numerusform>
            <numerusform>%Ln sessions de %1 révoquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Extended %Ln session(s).</source>
        <translation>
            <numerusform>%Ln session prolongée.</numerusform>
            <numerusform>%Ln sessions prolongées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke all sessions of %1…</source>
        <translation>Révoquer toutes les sessions de %1…</translation>
    </message>
    <message>
        <source>Extend by one hour</source>
        <translation>Prolonger d’une heure</translation>
    </message>
    <message>
        <source>Extend by one day</source>
        <translation>Prolonger d’un jour</translation>
    </message>
    <message>
        <source>Show only sessions of %1</source>
        <translation>Afficher seulement les sessions de %1</translation>
    </message>
    <message>
        <source>Show only sessions from %1</source>
        <translation>Afficher seulement les sessions depuis %1</translation>
    </message>
    <message>
        <source>Copy session ID %1</source>
        <translation>Copier l’ID de session %1</translation>
    </message>
    <message>
        <source>Delete revokes the selected sessions, after a confirmation</source>
        <translation>Suppr révoque les sessions sélectionnées, après confirmation</translation>
    </message>
    <message>
        <source>Count &amp;exactly</source>
        <translation>Compter e&amp;xactement</translation>
    </message>
    <message>
        <source>Count every matching session, however many there are</source>
        <translation>Compter toutes les sessions correspondantes, quel qu’en soit le nombre</translation>
    </message>
    <message>
        <source>✘ The search cannot be read: %1</source>
        <translation>✘ La recherche est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>No results: correct the search above.</source>
        <translation>Aucun résultat&#xa0;: corrigez la recherche ci-dessus.</translation>
    </message>
    <message>
        <source>%1 session(s) match; %2 loaded.</source>
        <translation>%1 session(s) correspondent&#xa0;; %2 chargée(s).</translation>
    </message>
</context>
<context>
    <name>authscope::StolenView</name>
    <message>
        <source>Stolen credential: how long each copy worked after the logout</source>
        <translation>Identifiant volé&#xa0;: combien de temps chaque copie a fonctionné après la déconnexion</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>pas encore essayé</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>✔ accepted</source>
        <translation>✔ accepté</translation>
    </message>
    <message>
        <source>✘ refused: %1</source>
        <translation>✘ refusé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>✔ still accepted after %1 s (%Ln replays)</source>
        <translation>
            <numerusform>✔ encore accepté après %1 s (%Ln rejeu)</numerusform>
            <numerusform>✔ encore accepté après %1 s (%Ln rejeux)</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ refused at once: %1</source>
        <translation>✘ refusé immédiatement&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ accepted for %1 ms, then ✘ refused: %2</source>
        <translation>✔ accepté pendant %1 ms, puis ✘ refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stolen credential</source>
        <translation>Identifiant volé</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>The server the thief sent the copy to</source>
        <translation>Le serveur auquel le voleur a envoyé la copie</translation>
    </message>
    <message>
        <source>Copy replayed</source>
        <translation>Copie rejouée</translation>
    </message>
    <message>
        <source>Replayed by another client while the victim was still signed in</source>
        <translation>Rejouée par un autre client pendant que la victime était encore connectée</translation>
    </message>
    <message>
        <source>After logout</source>
        <translation>Après la déconnexion</translation>
    </message>
    <message>
        <source>After the victim&apos;s logout; the provider tells nobody else of it</source>
        <translation>Après la déconnexion de la victime&#xa0;; le fournisseur ne prévient personne d’autre</translation>
    </message>
    <message>
        <source>After logout, back-channel</source>
        <translation>Après la déconnexion, back-channel</translation>
    </message>
    <message>
        <source>After the victim&apos;s logout, with back-channel logout: the provider sends the relying party a signed logout notice (OpenID Connect Back-Channel Logout)</source>
        <translation>Après la déconnexion de la victime, avec la déconnexion back-channel&#xa0;: le fournisseur envoie à la partie de confiance un avis de déconnexion signé (OpenID Connect Back-Channel Logout)</translation>
    </message>
    <message>
        <source>an API</source>
        <translation>une API</translation>
    </message>
    <message>
        <source>the relying party</source>
        <translation>la partie de confiance</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>le fournisseur</translation>
    </message>
    <message>
        <source>No stolen-credential run yet</source>
        <translation>Pas encore d’exécution sur l’identifiant volé</translation>
    </message>
    <message>
        <source>after logout</source>
        <translation>après la déconnexion</translation>
    </message>
    <message>
        <source>after logout, back-channel logout</source>
        <translation>après la déconnexion, déconnexion back-channel</translation>
    </message>
    <message>
        <source>ms still accepted after the logout (full width: to the end)</source>
        <translation>ms accepté après déconnexion (pleine largeur&#xa0;: jusqu’au bout)</translation>
    </message>
</context>
<context>
    <name>authscope::TokenEditor</name>
    <message>
        <source>Paste a token here (JWT, JWS or JWE in compact form), or drop a token file or a key file. It is decoded as you type; nothing is sent anywhere.</source>
        <translation>Collez un jeton ici (JWT, JWS ou JWE en forme compacte), ou déposez un fichier de jeton ou de clé. Il est décodé à la frappe&#xa0;; rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Encoded token</source>
        <translation>Jeton encodé</translation>
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
        <translation>jamais (pas d’exp)</translation>
    </message>
    <message>
        <source>First seen %1, last seen %2</source>
        <translation>Vu pour la première fois le %1, pour la dernière fois le %2</translation>
    </message>
    <message>
        <source>Your note for this token; double-click or F2 to edit</source>
        <translation>Votre note pour ce jeton&#xa0;; double-clic ou F2 pour la modifier</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
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
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vu</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>🔑 %1</source>
        <translation>🔑 %1</translation>
    </message>
    <message>
        <source>The usable token is kept (until it expires); open to inspect</source>
        <translation>Le jeton utilisable est conservé (jusqu’à son expiration)&#xa0;; ouvrez-le pour l’inspecter</translation>
    </message>
    <message>
        <source>Claims only, without the signature; open to inspect</source>
        <translation>Claims seuls, sans la signature&#xa0;; ouvrez-le pour l’inspecter</translation>
    </message>
</context>
<context>
    <name>authscope::TokenTabs</name>
    <message>
        <source>&amp;Decoded</source>
        <translation>&amp;Décodé</translation>
    </message>
    <message>
        <source>C&amp;laims</source>
        <translation>C&amp;laims</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>DPoP</source>
        <translation>DPoP</translation>
    </message>
    <message>
        <source>De&amp;crypt</source>
        <translation>Dé&amp;chiffrer</translation>
    </message>
    <message>
        <source>&amp;Edit &amp;&amp; re-sign</source>
        <translation>Re-si&amp;gner</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>Histori&amp;que</translation>
    </message>
    <message>
        <source>Check a DPoP proof (RFC 9449) against a request and this token</source>
        <translation>Vérifier une preuve DPoP (RFC 9449) par rapport à une requête et à ce jeton</translation>
    </message>
    <message>
        <source>Decrypt an encrypted token (JWE) with its key</source>
        <translation>Déchiffrer un jeton chiffré (JWE) avec sa clé</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>the audit log could not record the signing (%1)</source>
        <translation>le journal d’audit n’a pas pu consigner la signature (%1)</translation>
    </message>
    <message>
        <source>New token signed with %1</source>
        <translation>Nouveau jeton signé avec %1</translation>
    </message>
    <message>
        <source>C&amp;laims (%1)</source>
        <translation>C&amp;laims (%1)</translation>
    </message>
    <message>
        <source>Signature not verified yet: choose a key on the Verify tab.</source>
        <translation>Signature pas encore vérifiée&#xa0;: choisissez une clé dans l’onglet Vérifier.</translation>
    </message>
</context>
<context>
    <name>authscope::TokensPage</name>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Read a token or a key file (a key goes to Verify)</source>
        <translation>Lire un jeton ou un fichier de clé (une clé va dans Vérifier)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Colle&amp;r</translation>
    </message>
    <message>
        <source>Replace the token with the clipboard&apos;s text</source>
        <translation>Remplacer le jeton par le texte du presse-papiers</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Expiry countdown</source>
        <translation>Compte à rebours avant expiration</translation>
    </message>
    <message>
        <source>He&amp;ader</source>
        <translation>En-&amp;tête</translation>
    </message>
    <message>
        <source>Pa&amp;yload</source>
        <translation>C&amp;harge utile</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Signature</translation>
    </message>
    <message>
        <source>Whole token</source>
        <translation>Jeton entier</translation>
    </message>
    <message>
        <source>Copy this part to the clipboard as it appears in the token (base64url)</source>
        <translation>Copier cette partie dans le presse-papiers telle qu’elle figure dans le jeton (base64url)</translation>
    </message>
    <message>
        <source>Copy the whole token to the clipboard (Ctrl+Shift+C)</source>
        <translation>Copier le jeton entier dans le presse-papiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copier&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings (RFC 8725, before verifying)</source>
        <translation>Avertissements (RFC 8725, avant vérification)</translation>
    </message>
    <message numerus="yes">
        <source>Not pasted: the clipboard holds %Ln character(s), far more than any token (at most 16 KiB).</source>
        <translation>
            <numerusform>Non collé&#xa0;: le presse-papiers contient %Ln caractère, bien plus que tout jeton (16 Kio au plus).</numerusform>
            <numerusform>Non collé&#xa0;: le presse-papiers contient %Ln caractères, bien plus que tout jeton (16 Kio au plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>(a &quot;Bearer&quot; prefix, quotes or line breaks around and inside it were ignored)</source>
        <translation>(un préfixe «&#xa0;Bearer&#xa0;», des guillemets ou des sauts de ligne autour et à l’intérieur ont été ignorés)</translation>
    </message>
    <message>
        <source>No token yet. Paste one above (Ctrl+V), drop a file, or pick one from the History tab.</source>
        <translation>Aucun jeton. Collez-en un ci-dessus (Ctrl+V), déposez un fichier ou choisissez-en un dans l’onglet Historique.</translation>
    </message>
    <message>
        <source>✘ This is %1 bytes; tokens are read up to %2 KiB (%3 bytes). Larger input is refused before any decoding: no real access token is this big. (%4)</source>
        <translation>✘ Cela fait %1 octets&#xa0;; les jetons sont lus jusqu’à %2 Kio (%3 octets). Une entrée plus grande est refusée avant tout décodage&#xa0;: aucun vrai jeton d’accès n’est aussi gros. (%4)</translation>
    </message>
    <message>
        <source>✘ Cannot decode: %1 (%2)</source>
        <translation>✘ Décodage impossible&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Avertissements (%1)</translation>
    </message>
    <message>
        <source>JWE (encrypted)</source>
        <translation>JWE (chiffré)</translation>
    </message>
    <message>
        <source>alg %1, enc %2</source>
        <translation>alg %1, enc %2</translation>
    </message>
    <message>
        <source>JWT (signed)</source>
        <translation>JWT (signé)</translation>
    </message>
    <message>
        <source>JWS (signed)</source>
        <translation>JWS (signé)</translation>
    </message>
    <message>
        <source>no alg</source>
        <translation>pas d’alg</translation>
    </message>
    <message>
        <source>kid &apos;%1&apos;</source>
        <translation>kid «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>typ %1</source>
        <translation>typ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry: the token never expires (exp missing)</source>
        <translation>Pas d’expiration&#xa0;: le jeton n’expire jamais (exp absent)</translation>
    </message>
    <message>
        <source>Header part</source>
        <translation>Partie en-tête</translation>
    </message>
    <message>
        <source>Payload part</source>
        <translation>Partie charge utile</translation>
    </message>
    <message>
        <source>Signature part</source>
        <translation>Partie signature</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to hold a token or a key (%2 bytes)</source>
        <translation>%1 est trop gros pour contenir un jeton ou une clé (%2 octets)</translation>
    </message>
    <message>
        <source>Key file %1 loaded for verification</source>
        <translation>Fichier de clé %1 chargé pour la vérification</translation>
    </message>
    <message>
        <source>%1 loaded as a raw HMAC secret for verification</source>
        <translation>%1 chargé comme secret HMAC brut pour la vérification</translation>
    </message>
    <message>
        <source>Token read from %1</source>
        <translation>Jeton lu depuis %1</translation>
    </message>
    <message>
        <source>Open a token or key file</source>
        <translation>Ouvrir un fichier de jeton ou de clé</translation>
    </message>
    <message>
        <source>Tokens and keys (*.jwt *.jws *.jwe *.txt *.token *.pem *.jwk *.json *.jwks *.crt);;All files (*)</source>
        <translation>Jetons et clés (*.jwt *.jws *.jwe *.txt *.token *.pem *.jwk *.json *.jwks *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The clipboard holds far more than a token: not pasted</source>
        <translation>Le presse-papiers contient bien plus qu’un jeton&#xa0;: non collé</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Copy the header</source>
        <translation>Copier l’en-tête</translation>
    </message>
    <message>
        <source>Copy the payload</source>
        <translation>Copier la charge utile</translation>
    </message>
    <message>
        <source>Copy the signature</source>
        <translation>Copier la signature</translation>
    </message>
    <message>
        <source>Copy the whole token</source>
        <translation>Copier le jeton entier</translation>
    </message>
    <message>
        <source>(no signature part: decoded only, it cannot verify)</source>
        <translation>(pas de partie signature&#xa0;: décodé seulement, impossible à vérifier)</translation>
    </message>
    <message>
        <source>Key file %1 loaded for decryption</source>
        <translation>Fichier de clé %1 chargé pour le déchiffrement</translation>
    </message>
</context>
<context>
    <name>authscope::VerifyKeySource</name>
    <message>
        <source>Verify with</source>
        <translation>Vérifier avec</translation>
    </message>
    <message>
        <source>A key I give (file, pasted key, secret)</source>
        <translation>Ma clé (fichier, clé collée, secret)</translation>
    </message>
    <message>
        <source>This database&apos;s keys (JWKS)</source>
        <translation>Les clés de cette base de données (JWKS)</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys</source>
        <translation>Les clés de l’émetteur</translation>
    </message>
    <message>
        <source>Use the issuer&apos;s keys</source>
        <translation>Utiliser les clés de l’émetteur</translation>
    </message>
    <message>
        <source>Verify with the keys stored for this saved issuer, and require its iss</source>
        <translation>Vérifier avec les clés stockées pour cet émetteur enregistré et exiger son iss</translation>
    </message>
    <message>
        <source>Verify with:</source>
        <translation>Vérifier avec&#xa0;:</translation>
    </message>
    <message>
        <source>this database&apos;s keys</source>
        <translation>les clés de cette base de données</translation>
    </message>
    <message>
        <source>the keys of issuer %1</source>
        <translation>les clés de l’émetteur %1</translation>
    </message>
    <message>
        <source>the issuer&apos;s keys</source>
        <translation>les clés de l’émetteur</translation>
    </message>
    <message>
        <source>the key you gave</source>
        <translation>la clé fournie</translation>
    </message>
    <message>
        <source>Use the keys of issuer %1</source>
        <translation>Utiliser les clés de l’émetteur %1</translation>
    </message>
    <message>
        <source>The token&apos;s issuer %1 is not saved. Add it on the Issuers page to verify with its published keys.</source>
        <translation>L’émetteur %1 du jeton n’est pas enregistré. Ajoutez-le dans la page Émetteurs pour vérifier avec ses clés publiées.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <source>This database publishes no keys yet (Keys page).</source>
        <translation>Cette base de données ne publie encore aucune clé (page Clés).</translation>
    </message>
    <message>
        <source>The token&apos;s iss names no saved issuer with stored keys (Issuers page).</source>
        <translation>L’iss du jeton ne désigne aucun émetteur enregistré avec des clés stockées (page Émetteurs).</translation>
    </message>
    <message numerus="yes">
        <source>%n published key(s)</source>
        <translation>
            <numerusform>%n clé publiée</numerusform>
            <numerusform>%n clés publiées</numerusform>
        </translation>
    </message>
    <message>
        <source>The issuer&apos;s keys: %1</source>
        <translation>Les clés de l’émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The issuer&apos;s keys (no saved issuer for this iss)</source>
        <translation>Les clés de l’émetteur (aucun émetteur enregistré pour cet iss)</translation>
    </message>
</context>
<context>
    <name>authscope::VerifyPanel</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check the signature and the claims (Ctrl+Return)</source>
        <translation>Vérifier la signature et les claims (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Verify as I type</source>
        <translation>Vérifier à la frappe</translation>
    </message>
    <message>
        <source>Verify again whenever the token, the key or the policy changes</source>
        <translation>Vérifier de nouveau dès que le jeton, la clé ou la politique change</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Paste a token, then choose a key to verify it.</source>
        <translation>Collez un jeton, puis choisissez une clé pour le vérifier.</translation>
    </message>
    <message>
        <source>The token changed: verify again (Ctrl+Return).</source>
        <translation>Le jeton a changé&#xa0;: vérifiez de nouveau (Ctrl+Entrée).</translation>
    </message>
    <message>
        <source>Choose a key to verify the signature: a key file, a pasted PEM, JWK or JWK Set, or an HMAC secret.</source>
        <translation>Choisissez une clé pour vérifier la signature&#xa0;: un fichier de clé, un PEM, JWK ou JWK Set collé, ou un secret HMAC.</translation>
    </message>
    <message>
        <source>The key cannot be used: %1</source>
        <translation>La clé est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>the key</source>
        <translation>la clé</translation>
    </message>
    <message>
        <source>key &apos;%1&apos;</source>
        <translation>la clé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (au %1)</translation>
    </message>
    <message>
        <source>Signature verified with %1 using %2</source>
        <translation>Signature vérifiée avec %1 en %2</translation>
    </message>
    <message>
        <source>Not expired: %1 (exp %2)</source>
        <translation>Non expiré&#xa0;: %1 (exp %2)</translation>
    </message>
    <message>
        <source>Already valid: nbf %1</source>
        <translation>Déjà valide&#xa0;: nbf %1</translation>
    </message>
    <message>
        <source>Issuer is &apos;%1&apos;, as required</source>
        <translation>L’émetteur est «&#xa0;%1&#xa0;», comme exigé</translation>
    </message>
    <message>
        <source>Audience includes &apos;%1&apos;, as required</source>
        <translation>L’audience contient «&#xa0;%1&#xa0;», comme exigé</translation>
    </message>
    <message>
        <source>Issuer not checked: set one in the policy to pin who may issue tokens</source>
        <translation>Émetteur non vérifié&#xa0;: définissez-en un dans la politique pour fixer qui peut émettre des jetons</translation>
    </message>
    <message>
        <source>Claims not checked: signature only (plain JWS)</source>
        <translation>Claims non vérifiés&#xa0;: signature seule (JWS simple)</translation>
    </message>
    <message>
        <source>Token type (typ) not checked</source>
        <translation>Type de jeton (typ) non vérifié</translation>
    </message>
    <message>
        <source>✔ Signature verified with %1 (%2); claims not checked%3</source>
        <translation>✔ Signature vérifiée avec %1 (%2)&#xa0;; claims non vérifiés%3</translation>
    </message>
    <message>
        <source>✘ Invalid: %1%2</source>
        <translation>✘ Non valide&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>signature does not match</source>
        <translation>la signature ne correspond pas</translation>
    </message>
    <message>
        <source>unknown kid</source>
        <translation>kid inconnu</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>pas encore valide</translation>
    </message>
    <message>
        <source>issued in the future</source>
        <translation>émis dans le futur</translation>
    </message>
    <message>
        <source>unsigned (alg: none)</source>
        <translation>non signé (alg&#xa0;: none)</translation>
    </message>
    <message>
        <source>algorithm not allowed</source>
        <translation>algorithme non autorisé</translation>
    </message>
    <message>
        <source>unsupported algorithm</source>
        <translation>algorithme non pris en charge</translation>
    </message>
    <message>
        <source>wrong key type</source>
        <translation>mauvais type de clé</translation>
    </message>
    <message>
        <source>key too small</source>
        <translation>clé trop petite</translation>
    </message>
    <message>
        <source>key not usable</source>
        <translation>clé inutilisable</translation>
    </message>
    <message>
        <source>malformed signature</source>
        <translation>signature mal formée</translation>
    </message>
    <message>
        <source>claim missing</source>
        <translation>claim manquant</translation>
    </message>
    <message>
        <source>claim of the wrong type</source>
        <translation>claim du mauvais type</translation>
    </message>
    <message>
        <source>wrong issuer</source>
        <translation>mauvais émetteur</translation>
    </message>
    <message>
        <source>wrong audience</source>
        <translation>mauvaise audience</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>mauvais type</translation>
    </message>
    <message>
        <source>critical header not understood</source>
        <translation>en-tête critique non compris</translation>
    </message>
    <message>
        <source>unencoded payload</source>
        <translation>charge utile non encodée</translation>
    </message>
    <message>
        <source>not a JWT</source>
        <translation>pas un JWT</translation>
    </message>
    <message>
        <source>unusable policy</source>
        <translation>politique inutilisable</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop gros</translation>
    </message>
    <message>
        <source>duplicate member</source>
        <translation>membre en double</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) ✔</source>
        <translation>
            <numerusform>%n clé ✔</numerusform>
            <numerusform>%n clés ✔</numerusform>
        </translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>pas encore de clé</translation>
    </message>
    <message>
        <source>RFC 9068 access token</source>
        <translation>Jeton d’accès RFC 9068</translation>
    </message>
    <message>
        <source>aud not checked</source>
        <translation>aud non vérifié</translation>
    </message>
    <message>
        <source>aud %1</source>
        <translation>aud %1</translation>
    </message>
    <message>
        <source>iss not checked</source>
        <translation>iss non vérifié</translation>
    </message>
    <message>
        <source>iss %1</source>
        <translation>iss %1</translation>
    </message>
    <message numerus="yes">
        <source>%n algorithm(s) allowed</source>
        <translation>
            <numerusform>%n algorithme autorisé</numerusform>
            <numerusform>%n algorithmes autorisés</numerusform>
        </translation>
    </message>
    <message>
        <source>An encrypted token (JWE) has no signature to verify: decrypt it on the Decrypt tab, then verify the signed token inside here.</source>
        <translation>Un jeton chiffré (JWE) n’a pas de signature à vérifier&#xa0;: déchiffrez-le dans l’onglet Déchiffrer, puis vérifiez ici le jeton signé qu’il contient.</translation>
    </message>
    <message>
        <source>RFC 9068 §4: a resource server must check aud; type the audience it answers to in the policy</source>
        <translation>RFC 9068 §4&#xa0;: un serveur de ressources doit vérifier aud&#xa0;; saisissez dans la politique l’audience à laquelle il répond</translation>
    </message>
    <message>
        <source>✘ Signature not checked: the token cannot be read</source>
        <translation>✘ Signature non vérifiée&#xa0;: le jeton est illisible</translation>
    </message>
    <message>
        <source>✘ Signature: %1</source>
        <translation>✘ Signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Signature verified: %1, %2 (%3)</source>
        <translation>✔ Signature vérifiée&#xa0;: %1, %2 (%3)</translation>
    </message>
    <message>
        <source> — not checked: %1</source>
        <translation> — non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ Valid: signature verified with %1 (%2) and every configured check passed%3%4</source>
        <translation>✔ Valide&#xa0;: signature vérifiée avec %1 (%2) et toutes les vérifications configurées réussies%3%4</translation>
    </message>
    <message>
        <source>✔ Valid RFC 9068 access token: signature verified with %1 (%2), typ and the required claims present%3%4</source>
        <translation>✔ Jeton d’accès RFC 9068 valide&#xa0;: signature vérifiée avec %1 (%2), typ et les claims exigés présents%3%4</translation>
    </message>
    <message>
        <source>✘ Invalid as an RFC 9068 access token: %1%2</source>
        <translation>✘ Non valide comme jeton d’accès RFC 9068&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>Audience not checked: the token is for &apos;%1&apos;; require it, or type the audience this verifier speaks for</source>
        <translation>Audience non vérifiée&#xa0;: le jeton est destiné à «&#xa0;%1&#xa0;»&#xa0;; exigez-la ou saisissez l’audience au nom de laquelle parle ce vérificateur</translation>
    </message>
    <message>
        <source>Issuer not checked: the token says &apos;%1&apos;</source>
        <translation>Émetteur non vérifié&#xa0;: le jeton indique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Require the token&apos;s aud</source>
        <translation>Exiger l’aud du jeton</translation>
    </message>
    <message>
        <source>Require the token&apos;s iss</source>
        <translation>Exiger l’iss du jeton</translation>
    </message>
    <message>
        <source>audience &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>audience &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>issuer &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>émetteur &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>⚠ Not checked, the policy does not name them:</source>
        <translation>⚠ Non vérifiés, la politique ne les nomme pas&#xa0;:</translation>
    </message>
    <message>
        <source>audience not checked</source>
        <translation>audience non vérifiée</translation>
    </message>
</context>
<context>
    <name>authscope::WarningList</name>
    <message>
        <source>Security warnings</source>
        <translation>Avertissements de sécurité</translation>
    </message>
    <message>
        <source>Unsigned token (alg: none)</source>
        <translation>Jeton non signé (alg&#xa0;: none)</translation>
    </message>
    <message>
        <source>No algorithm</source>
        <translation>Aucun algorithme</translation>
    </message>
    <message>
        <source>Unknown algorithm</source>
        <translation>Algorithme inconnu</translation>
    </message>
    <message>
        <source>HMAC with a public key (key confusion)</source>
        <translation>HMAC avec une clé publique (confusion de clés)</translation>
    </message>
    <message>
        <source>The token names its own key</source>
        <translation>Le jeton désigne sa propre clé</translation>
    </message>
    <message>
        <source>Unencoded payload (b64)</source>
        <translation>Charge utile non encodée (b64)</translation>
    </message>
    <message>
        <source>Not a JWT</source>
        <translation>Pas un JWT</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Pas d’expiration</translation>
    </message>
    <message>
        <source>Long lifetime</source>
        <translation>Longue durée de vie</translation>
    </message>
    <message>
        <source>Sensitive data readable by anyone</source>
        <translation>Données sensibles lisibles par tous</translation>
    </message>
    <message>
        <source>Encrypted token (JWE)</source>
        <translation>Jeton chiffré (JWE)</translation>
    </message>
    <message>
        <source>No RFC 8725 findings: nothing in this token looks unsafe before verification.</source>
        <translation>Aucun constat RFC 8725&#xa0;: rien dans ce jeton ne semble dangereux avant vérification.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Only its protected header can be read without the key: decrypt it on the Decrypt tab to see the payload.</source>
        <translation>Sans la clé, seul son en-tête protégé est lisible&#xa0;: déchiffrez-le dans l’onglet Déchiffrer pour voir la charge utile.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AuthScope cannot open its database</source>
        <translation>AuthScope ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1&#xa0;:</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Aucun mot de passe n’a été donné pour %1.</translation>
    </message>
    <message>
        <source>The profile %1 could not be opened: %2

AuthScope opens the default database instead.</source>
        <translation>Impossible d’ouvrir le profil %1&#xa0;: %2

AuthScope ouvre à la place la base de données par défaut.</translation>
    </message>
</context>
</TS>
