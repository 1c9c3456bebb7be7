<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Cloudinary</source>
        <translation>Cloudinary</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Email and webhook</source>
        <translation>E-mail et webhook</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Orphanscope</source>
        <translation>Orphanscope</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>H&amp;istorique</translation>
    </message>
    <message>
        <source>&amp;Broken references</source>
        <translation>&amp;Références cassées</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::BrokenReferencesView</name>
    <message>
        <source>Scan the whole account (Range: All files) to find database values that point to missing files.</source>
        <translation>Analysez le compte entier (Période : Tous les fichiers) pour trouver les valeurs de la base qui pointent vers des fichiers absents.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Valeur enregistrée</translation>
    </message>
    <message>
        <source>Save the broken references as CSV: table, row_id, column, resource_type, public_id, value</source>
        <translation>Enregistrer les références cassées en CSV : table, row_id, column, resource_type, public_id, value</translation>
    </message>
    <message>
        <source>Not checked: only a complete scan of the whole account (Range: All files) can tell which database values point to missing files.</source>
        <translation>Non vérifié : seule une analyse complète du compte entier (Période : Tous les fichiers) peut dire quelles valeurs pointent vers des fichiers absents.</translation>
    </message>
    <message>
        <source>None: every database value points to a file the account has.</source>
        <translation>Aucune : chaque valeur de la base pointe vers un fichier du compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n database value(s) point to files Cloudinary does not have: broken images or videos on the site.</source>
        <translation>
            <numerusform>%n valeur de la base pointe vers un fichier que Cloudinary n’a pas : une image ou vidéo cassée sur le site.</numerusform>
            <numerusform>%n valeurs de la base pointent vers des fichiers que Cloudinary n’a pas : des images ou vidéos cassées sur le site.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export broken references</source>
        <translation>Exporter les références cassées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ChartsView</name>
    <message>
        <source>Orphans by size</source>
        <translation>Fichiers orphelins par taille</translation>
    </message>
    <message>
        <source>Top folders by orphan size</source>
        <translation>Dossiers aux fichiers orphelins les plus lourds</translation>
    </message>
    <message>
        <source>Orphans by upload month</source>
        <translation>Fichiers orphelins par mois d’envoi</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::CloudinaryForm</name>
    <message>
        <source>Cloudinary</source>
        <translation>Cloudinary</translation>
    </message>
    <message>
        <source>EU and AP accounts use their own API host</source>
        <translation>Les comptes EU et AP ont leur propre hôte d’API</translation>
    </message>
    <message>
        <source>The cloud name, as in the Cloudinary console&apos;s dashboard</source>
        <translation>Le nom du cloud, tel qu’affiché dans le tableau de bord de la console Cloudinary</translation>
    </message>
    <message>
        <source>The API key of an API key pair (Settings → API Keys)</source>
        <translation>La clé d’une paire de clés d’API (Settings → API Keys)</translation>
    </message>
    <message>
        <source>The API secret; kept in the keyring, never in the settings file</source>
        <translation>Le secret d’API ; conservé dans le trousseau, jamais dans le fichier de réglages</translation>
    </message>
    <message>
        <source>Paste URL:</source>
        <translation>Coller une URL :</translation>
    </message>
    <message>
        <source>Cloud name:</source>
        <translation>Nom du cloud :</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API :</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>Secret d’API :</translation>
    </message>
    <message>
        <source>API host:</source>
        <translation>Hôte d’API :</translation>
    </message>
    <message>
        <source>Opened by &quot;Open in dashboard&quot;; {cloud}, {type} and {public_id} are filled in</source>
        <translation>Ouvert par « Ouvrir dans le tableau de bord » ; {cloud}, {type} et {public_id} sont remplacés</translation>
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation>URL du tableau de bord :</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ConnectionTestBox</name>
    <message>
        <source>Test connections</source>
        <translation>Tester les connexions</translation>
    </message>
    <message>
        <source>Cloudinary: %1</source>
        <translation>Cloudinary : %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Check the Cloudinary credentials and the database with its reference columns</source>
        <translation>Vérifier les identifiants Cloudinary et la base avec ses colonnes de références</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Tester le compte</translation>
    </message>
    <message>
        <source>Ask Cloudinary for the account&apos;s usage: one API call that proves the cloud name, key and secret</source>
        <translation>Demande à Cloudinary l&apos;utilisation du compte : un appel API qui confirme le nom du cloud, la clé et le secret</translation>
    </message>
    <message>
        <source>Test the databases</source>
        <translation>Tester les bases</translation>
    </message>
    <message>
        <source>Open each database read-only, as a scan will</source>
        <translation>Ouvre chaque base en lecture seule, comme le fera une analyse</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Références : %1</translation>
    </message>
    <message>
        <source>Cloudinary: checking…</source>
        <translation>Cloudinary : vérification…</translation>
    </message>
    <message>
        <source>Database: checking…</source>
        <translation>Base de données : vérification…</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ConnectionsDialog</name>
    <message>
        <source>The kinds of connection a profile has; each page is saved with Save</source>
        <translation>Les types de connexion d&apos;un profil ; chaque page est enregistrée par Enregistrer</translation>
    </message>
    <message>
        <source>Keep these connections in the profile (secrets go to the keyring)</source>
        <translation>Garder ces connexions dans le profil (les secrets vont dans le trousseau)</translation>
    </message>
    <message>
        <source>Close without changing the profile</source>
        <translation>Fermer sans modifier le profil</translation>
    </message>
    <message>
        <source>Connections of &quot;%1&quot;</source>
        <translation>Connexions de « %1 »</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::DatabaseForm</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or address</source>
        <translation>Nom d’hôte ou adresse du serveur PostgreSQL</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Le nom de la base de données</translation>
    </message>
    <message>
        <source>A user that may read the reference tables; a read-only user is best</source>
        <translation>Un utilisateur autorisé à lire les tables de références ; idéalement en lecture seule</translation>
    </message>
    <message>
        <source>Kept in the keyring, never in the settings file</source>
        <translation>Conservé dans le trousseau, jamais dans le fichier de réglages</translation>
    </message>
    <message>
        <source>libpq&apos;s sslmode: require or verify-full for a server across a network</source>
        <translation>sslmode de libpq : require ou verify-full pour un serveur distant</translation>
    </message>
    <message>
        <source>The SQLite database file; it is opened read-only</source>
        <translation>Le fichier de base SQLite ; il est ouvert en lecture seule</translation>
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
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Paste URL:</source>
        <translation>Coller une URL :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>Mode SSL :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Choose the SQLite database</source>
        <translation>Choisir la base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file in a file dialog</source>
        <translation>Choisir le fichier SQLite dans une boîte de dialogue</translation>
    </message>
    <message>
        <source>The Django database: PostgreSQL, an SQLite file, or MySQL/MariaDB</source>
        <translation>La base Django : PostgreSQL, un fichier SQLite ou MySQL/MariaDB</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL 5432, MySQL 3306 by default)</source>
        <translation>Le port du serveur (par défaut PostgreSQL 5432, MySQL 3306)</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>The databases whose references count: production and staging sharing this Cloudinary account, say</source>
        <translation>Les bases de données dont les références comptent : par exemple la production et la préproduction qui partagent ce compte Cloudinary</translation>
    </message>
    <message>
        <source>Add database</source>
        <translation>Ajouter une base de données</translation>
    </message>
    <message>
        <source>Add another database of the same site; a file counts as referenced when any database references it</source>
        <translation>Ajouter une autre base de données du même site ; un fichier compte comme référencé dès qu’une base de données le référence</translation>
    </message>
    <message>
        <source>Remove database</source>
        <translation>Retirer la base de données</translation>
    </message>
    <message>
        <source>Remove the database on show from this profile</source>
        <translation>Retirer de ce profil la base de données affichée</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Databases (%1)</source>
        <translation>Bases de données (%1)</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::DeleteDialog</name>
    <message>
        <source>Dry run: check everything, delete nothing</source>
        <translation>Essai à blanc : tout vérifier, ne rien supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete files from Cloudinary</source>
        <translation>Supprimer des fichiers de Cloudinary</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A younger file may still be mid-upload, its row not saved yet: it is never deleted</source>
        <translation>Un fichier plus récent est peut-être encore en cours d’envoi, sa ligne pas encore enregistrée : il n’est jamais supprimé</translation>
    </message>
    <message>
        <source>Runs every check and lists what would happen; nothing is deleted and the audit log is not written</source>
        <translation>Effectue toutes les vérifications et montre ce qui se passerait ; rien n’est supprimé et le journal d’audit n’est pas écrit</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to enable the Delete button</source>
        <translation>Tapez « %1 » pour activer le bouton Supprimer</translation>
    </message>
    <message>
        <source>Outcomes appear here, one line per file</source>
        <translation>Les résultats apparaissent ici, une ligne par fichier</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Âge minimal :</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot;:</source>
        <translation>Tapez « %1 » :</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message numerus="yes">
        <source>delete %n file(s)</source>
        <translation>
            <numerusform>supprimer %n fichier</numerusform>
            <numerusform>supprimer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Dry run done: %L1 would be deleted, %L2 skipped; nothing was deleted</source>
        <translation>Essai terminé : %L1 seraient supprimés, %L2 ignorés ; rien n’a été supprimé</translation>
    </message>
    <message>
        <source>Done: %L1 deleted (%2 freed), %L3 no longer there, %L4 skipped, %L5 errors. Audit log: %6</source>
        <translation>Terminé : %L1 supprimés (%2 libérés), %L3 déjà absents, %L4 ignorés, %L5 erreurs. Journal d’audit : %6</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Arrêté avant la fin : %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text columns are not all read.&lt;/b&gt; The check reads the reference columns of the scan options only: a file used nowhere but in a page body, a Markdown text or JSON elsewhere in the database would be deleted. Tick &quot;Also search every text column for URLs&quot; in the scan options, or add those columns with Discover, before deleting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Toutes les colonnes de texte ne sont pas lues.&lt;/b&gt; La vérification ne lit que les colonnes de référence des options d’analyse : un fichier utilisé uniquement dans le corps d’une page, un texte Markdown ou du JSON ailleurs dans la base serait supprimé. Cochez « Chercher aussi des URL dans chaque colonne de texte » dans les options d’analyse, ou ajoutez ces colonnes avec « Explorer », avant de supprimer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up each original first (File → Restore deleted files… uploads them again)</source>
        <translation>Sauvegarder d’abord chaque original (Fichier → Restaurer les fichiers supprimés… les renvoie)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n file(s), %1&lt;/b&gt;, will be deleted from Cloudinary. Each original is downloaded to &lt;tt&gt;%3&lt;/tt&gt; first, and only files whose backup is complete are deleted.&lt;/p&gt;&lt;p&gt;Just before, each file is checked again: a file a database row refers to now, a file decided to keep, a file younger than the minimum age and a file matching an ignore rule are skipped. Every outcome is appended to the audit log &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n fichier, %1&lt;/b&gt;, sera supprimé de Cloudinary. L’original est d’abord téléchargé dans &lt;tt&gt;%3&lt;/tt&gt;, et seuls les fichiers dont la sauvegarde est complète sont supprimés.&lt;/p&gt;&lt;p&gt;Juste avant, chaque fichier est revérifié : un fichier qu’une ligne de la base référence désormais, un fichier qu’on a décidé de garder, un fichier plus récent que l’âge minimal et un fichier visé par une règle d’exclusion sont ignorés. Chaque résultat est ajouté au journal d’audit &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n fichiers, %1&lt;/b&gt;, seront supprimés de Cloudinary. Chaque original est d’abord téléchargé dans &lt;tt&gt;%3&lt;/tt&gt;, et seuls les fichiers dont la sauvegarde est complète sont supprimés.&lt;/p&gt;&lt;p&gt;Juste avant, chaque fichier est revérifié : un fichier qu’une ligne de la base référence désormais, un fichier qu’on a décidé de garder, un fichier plus récent que l’âge minimal et un fichier visé par une règle d’exclusion sont ignorés. Chaque résultat est ajouté au journal d’audit &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a backup, what is deleted cannot be restored</source>
        <translation>Sans sauvegarde, ce qui est supprimé ne peut pas être restauré</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln original(s) (%1) in %2</source>
        <translation>
            <numerusform>%Ln original sauvegardé (%1) dans %2</numerusform>
            <numerusform>%Ln originaux sauvegardés (%1) dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was made: what was deleted cannot be restored</source>
        <translation>Aucune sauvegarde n’a été faite : ce qui a été supprimé ne peut pas être restauré</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::EmailDialog</name>
    <message>
        <source>Email the summary</source>
        <translation>Envoyer le résumé par e-mail</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln orphan(s))</source>
        <translation>
            <numerusform>%1 (%Ln fichier orphelin)</numerusform>
            <numerusform>%1 (%Ln fichiers orphelins)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Envoyé à %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::HelpDialog</name>
    <message>
        <source>The help text is missing from this build.</source>
        <translation>Le texte d’aide manque dans cette version.</translation>
    </message>
    <message>
        <source>Orphanscope — Troubleshooting</source>
        <translation>Orphanscope — Dépannage</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::HistoryView</name>
    <message>
        <source>No earlier scans of this account and range yet: each complete scan adds a point here.</source>
        <translation>Pas encore d’analyse antérieure de ce compte et de cette période : chaque analyse complète ajoute un point ici.</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Analysé le</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>Orphan size</source>
        <translation>Taille des orphelins</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Références cassées</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d’API</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Orphans over time</source>
        <translation>Fichiers orphelins au fil du temps</translation>
    </message>
    <message>
        <source>Orphan size (MB)</source>
        <translation>Taille des orphelins (Mo)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::Labels</name>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>raw</source>
        <comment>a raw file: neither image nor video</comment>
        <translation>raw</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>Raw files</source>
        <translation>Fichiers raw</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <source>stopped by the rate-limit guard</source>
        <translation>arrêtée par la protection de limite d’API</translation>
    </message>
    <message>
        <source>stopped: Cloudinary&apos;s rate limit was reached</source>
        <translation>arrêtée : la limite d’API de Cloudinary est atteinte</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::LogPanel</name>
    <message>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message numerus="yes">
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>Journal (%n avertissement)</numerusform>
            <numerusform>Journal (%n avertissements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::MailForm</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>The SMTP server that sends the summary</source>
        <translation>Le serveur SMTP qui envoie le résumé</translation>
    </message>
    <message>
        <source>None (trusted network only)</source>
        <translation>Aucune (réseau de confiance uniquement)</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (obligatoire)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS refuses to send when the server does not offer it</source>
        <translation>Avec STARTTLS, rien n’est envoyé si le serveur ne le propose pas</translation>
    </message>
    <message>
        <source>The sender, e.g. Orphanscope &lt;scans@example.org&gt;</source>
        <translation>L’expéditeur, p. ex. Orphanscope &lt;scans@example.org&gt;</translation>
    </message>
    <message>
        <source>Who gets the summary, as Django&apos;s ADMINS: &quot;Name &lt;a@b&gt;, c@d&quot;</source>
        <translation>Les destinataires du résumé, comme ADMINS de Django : &quot;Nom &lt;a@b&gt;, c@d&quot;</translation>
    </message>
    <message>
        <source>Shown in the subject: &quot;&lt;name&gt;: Orphaned Files Detection Report&quot;</source>
        <translation>Affiché dans l’objet : &quot;&lt;nom&gt;: Orphaned Files Detection Report&quot;</translation>
    </message>
    <message>
        <source>Send a short test message to the recipients</source>
        <translation>Envoyer un court message de test aux destinataires</translation>
    </message>
    <message>
        <source>The SMTP login, if the server wants one</source>
        <translation>L’identifiant SMTP, si le serveur en demande un</translation>
    </message>
    <message>
        <source>Kept in the keyring, never in the settings file</source>
        <translation>Conservé dans le trousseau, jamais dans le fichier de réglages</translation>
    </message>
    <message>
        <source>Paste URL:</source>
        <translation>Coller une URL :</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serveur SMTP :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De :</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>App name:</source>
        <translation>Nom de l’application :</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for TLS, 25 on a trusted network</source>
        <translation>587 pour STARTTLS, 465 pour TLS, 25 sur un réseau de confiance</translation>
    </message>
    <message>
        <source>A Slack- or Discord-compatible webhook: after a scan that finds orphans, broken references or a spike, its summary is posted there. Kept in the keyring, like a password</source>
        <translation>Un webhook compatible Slack ou Discord : après une analyse qui trouve des orphelins, des références cassées ou un pic, le résumé y est publié. Conservé dans le trousseau, comme un mot de passe</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook :</translation>
    </message>
    <message>
        <source>Test email sent</source>
        <translation>E-mail de test envoyé</translation>
    </message>
    <message>
        <source>%1: test email</source>
        <translation>%1 : e-mail de test</translation>
    </message>
    <message>
        <source>This is a test email from Orphanscope. Summaries of scans that find orphans will be sent this way.
</source>
        <translation>Ceci est un e-mail de test d’Orphanscope. Les résumés des analyses qui trouvent des fichiers orphelins seront envoyés de cette façon.
</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::MainActions</name>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Scan the account for orphaned files (Ctrl+R)</source>
        <translation>Rechercher les fichiers orphelins du compte (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Stop the scan and keep what was found (Esc)</source>
        <translation>Arrêter l’analyse en gardant ce qui a été trouvé (Échap)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Copy public IDs</source>
        <translation>&amp;Copier les identifiants publics</translation>
    </message>
    <message>
        <source>Copy &amp;URLs</source>
        <translation>Copier les &amp;URL</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open in &amp;dashboard</source>
        <translation>Ouvrir dans le &amp;tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Send &amp;email…</source>
        <translation>Envoyer par e-&amp;mail…</translation>
    </message>
    <message>
        <source>Email the summary of the last scan to the admins (Ctrl+M)</source>
        <translation>Envoyer le résumé de la dernière analyse aux administrateurs (Ctrl+M)</translation>
    </message>
    <message>
        <source>De&amp;lete selected…</source>
        <translation>Supprimer la &amp;sélection…</translation>
    </message>
    <message>
        <source>Delete the selected orphans from Cloudinary, each checked again first (Shift+Del)</source>
        <translation>Supprimer de Cloudinary les orphelins sélectionnés, chacun revérifié d’abord (Maj+Suppr)</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>&amp;Tester les connexions</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>Enregistrer le &amp;profil</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Supprimer le profil</translation>
    </message>
    <message>
        <source>&amp;Troubleshooting</source>
        <translation>&amp;Dépannage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil : </translation>
    </message>
    <message>
        <source>Switch between saved settings (production, staging…)</source>
        <translation>Passer d’un jeu de réglages enregistré à l’autre (production, préproduction…)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Orphanscope</source>
        <translation>À &amp;propos d’Orphanscope</translation>
    </message>
    <message>
        <source>About Orphanscope</source>
        <translation>À propos d’Orphanscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Orphanscope %1&lt;/h3&gt;&lt;p&gt;Finds files in a Cloudinary account that no database row references.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Built with Qt %2.&lt;/p&gt;&lt;p&gt;The command-line scan for schedulers is &lt;tt&gt;orphanscope-cli&lt;/tt&gt;; see &lt;tt&gt;orphanscope-cli --help&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Orphanscope %1&lt;/h3&gt;&lt;p&gt;Trouve les fichiers d’un compte Cloudinary qu’aucune ligne de la base de données ne référence.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT. Construit avec Qt %2.&lt;/p&gt;&lt;p&gt;Pour les analyses planifiées, utilisez la ligne de commande &lt;tt&gt;orphanscope-cli&lt;/tt&gt; ; voir &lt;tt&gt;orphanscope-cli --help&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Licence&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Site web&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Licence&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Signaler un problème&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Orphanscope will be shown in %1 from its next start.</source>
        <translation>Orphanscope s’affichera en %1 à partir de son prochain démarrage.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Wait for the scan to finish, or cancel it</source>
        <translation>Attendez la fin de l’analyse, ou annulez-la</translation>
    </message>
    <message>
        <source>&amp;Resume scan</source>
        <translation>&amp;Reprendre l’analyse</translation>
    </message>
    <message>
        <source>Continue the last scan of this account where it stopped (API budget, cancel, crash) (Ctrl+Shift+R)</source>
        <translation>Reprendre la dernière analyse de ce compte là où elle s’est arrêtée (budget d’API, annulation, plantage) (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Delete &amp;marked…</source>
        <translation>Supprimer les &amp;marqués…</translation>
    </message>
    <message>
        <source>Delete the files marked for deletion (D on the table), each backed up and checked again first</source>
        <translation>Supprimer les fichiers marqués pour suppression (D dans le tableau), chacun d’abord sauvegardé et revérifié</translation>
    </message>
    <message>
        <source>Export &amp;decisions…</source>
        <translation>Exporter les &amp;décisions…</translation>
    </message>
    <message>
        <source>Write the orphans with their decisions and notes to a CSV for the team to fill in</source>
        <translation>Écrire les orphelins avec leurs décisions et notes dans un CSV que l’équipe remplira</translation>
    </message>
    <message>
        <source>&amp;Import decisions…</source>
        <translation>&amp;Importer les décisions…</translation>
    </message>
    <message>
        <source>Read decisions and notes back from a CSV; a bad file is refused as a whole</source>
        <translation>Relire les décisions et notes depuis un CSV ; un fichier incorrect est refusé en entier</translation>
    </message>
    <message>
        <source>&amp;Restore deleted files…</source>
        <translation>&amp;Restaurer les fichiers supprimés…</translation>
    </message>
    <message>
        <source>Upload deleted files again from their backups</source>
        <translation>Renvoyer les fichiers supprimés depuis leurs sauvegardes</translation>
    </message>
    <message>
        <source>Scan &amp;options</source>
        <translation>&amp;Options d’analyse</translation>
    </message>
    <message>
        <source>Check the Cloudinary account, the databases and the reference columns (Ctrl+T)</source>
        <translation>Vérifier le compte Cloudinary, les bases et les colonnes de référence (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Connexions…</translation>
    </message>
    <message>
        <source>The Cloudinary account, databases, reference columns, mail server and webhook of this profile (Ctrl+,)</source>
        <translation>Le compte Cloudinary, les bases, les colonnes de référence, le serveur de courrier et le webhook de ce profil (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Set up a profile step by step…</source>
        <translation>Configurer un profil pas à pa&amp;s…</translation>
    </message>
    <message>
        <source>The first-run assistant: account, databases, reference columns, then a first scan</source>
        <translation>L&apos;assistant de premier démarrage : compte, bases, colonnes de référence, puis une première analyse</translation>
    </message>
    <message>
        <source>Show or hide the scan options beside the results (F9)</source>
        <translation>Afficher ou masquer les options d&apos;analyse à côté des résultats (F9)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Paramètres</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::MainWindow</name>
    <message>
        <source>No keyring is available: the API secret and the database and SMTP passwords are kept for this session only.</source>
        <translation>Aucun trousseau disponible : le secret d’API et les mots de passe de la base et du SMTP ne sont conservés que pour cette session.</translation>
    </message>
    <message>
        <source>Scanning %1 (%2)…</source>
        <translation>Analyse de %1 (%2)…</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>all files</source>
        <translation>tous les fichiers</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Partial scan: %1</source>
        <translation>Analyse partielle : %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n orphan(s)</source>
        <translation>
            <numerusform>Analyse terminée : %n fichier orphelin</numerusform>
            <numerusform>Analyse terminée : %n fichiers orphelins</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>Échec de l’analyse</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::OrphanTableModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>Public ID</source>
        <translation>Identifiant public</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::PasteUrlRow</name>
    <message>
        <source>Paste a %1 here to fill in the fields below</source>
        <translation>Collez ici une %1 pour remplir les champs ci-dessous</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Remplir</translation>
    </message>
    <message>
        <source>Fill in the fields below from the pasted %1</source>
        <translation>Remplir les champs ci-dessous à partir de la %1 collée</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ProfileController</name>
    <message>
        <source>Profile &quot;%1&quot; saved</source>
        <translation>Profil « %1 » enregistré</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>Name (e.g. production, staging):</source>
        <translation>Nom (p. ex. production, préproduction) :</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Supprimer le profil « %1 » ?</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ReferencesForm</name>
    <message>
        <source>Reference columns</source>
        <translation>Colonnes de référence</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Also search every text column for URLs</source>
        <translation>Chercher aussi des URL dans chaque colonne de texte</translation>
    </message>
    <message>
        <source>Columns that reference files, as TABLE.COLUMN:TYPE: image, video or raw for CloudinaryField values, text for text, HTML, Markdown or JSON with delivery URLs in it. Double-click to edit.</source>
        <translation>Colonnes qui font référence à des fichiers, sous la forme TABLE.COLONNE:TYPE : image, video ou raw pour des valeurs CloudinaryField, text pour du texte, du HTML, du Markdown ou du JSON contenant des URL de diffusion. Double-cliquez pour modifier.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a reference column and edit it in place</source>
        <translation>Ajouter une colonne de références et la modifier sur place</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected reference columns</source>
        <translation>Retirer les colonnes de références sélectionnées</translation>
    </message>
    <message>
        <source>Sample the database&apos;s text columns and suggest those holding CloudinaryField values</source>
        <translation>Échantillonner les colonnes texte de la base et proposer celles qui contiennent des valeurs CloudinaryField</translation>
    </message>
    <message>
        <source>Read every text column of the database once and add those holding CloudinaryField values or delivery URLs of this account</source>
        <translation>Lire une fois chaque colonne de texte de la base et ajouter celles qui contiennent des valeurs CloudinaryField ou des URL de diffusion de ce compte</translation>
    </message>
    <message>
        <source>Search every text-like column of the database for delivery URLs as well: slower, and the safe choice before deleting</source>
        <translation>Chercher aussi des URL de diffusion dans chaque colonne de type texte de la base : plus lent, et le choix sûr avant de supprimer</translation>
    </message>
    <message>
        <source>Custom delivery hosts (CNAMEs) whose URLs in text reference this account&apos;s files, separated by spaces</source>
        <translation>Hôtes de diffusion personnalisés (CNAME) dont les URL dans le texte désignent des fichiers de ce compte, séparés par des espaces</translation>
    </message>
    <message>
        <source>CDN hosts:</source>
        <translation>Hôtes CDN :</translation>
    </message>
    <message>
        <source>Sampling the text columns of %1…</source>
        <translation>Échantillonnage des colonnes de texte de %1…</translation>
    </message>
    <message>
        <source>No text column looks like it holds CloudinaryField values; add the columns by hand</source>
        <translation>Aucune colonne texte ne semble contenir de valeurs CloudinaryField ; ajoutez les colonnes à la main</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 sampled values)</source>
        <translation>%1 (%2 sur %3 valeurs échantillonnées)</translation>
    </message>
    <message numerus="yes">
        <source>Found %n column(s): %1. %2 added to the list.</source>
        <translation>
            <numerusform>%n colonne trouvée : %1. %2 ajoutée(s) à la liste.</numerusform>
            <numerusform>%n colonnes trouvées : %1. %2 ajoutée(s) à la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading every text column of %1…</source>
        <translation>Lecture de toutes les colonnes de texte de %1…</translation>
    </message>
    <message>
        <source>Reading text columns: %1 of %2…</source>
        <translation>Lecture des colonnes de texte : %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n text column(s) holds CloudinaryField values or delivery URLs of this cloud; check the cloud name</source>
        <translation>
            <numerusform>La colonne de texte (%n) ne contient ni valeur CloudinaryField ni URL de diffusion de ce cloud ; vérifiez le nom du cloud</numerusform>
            <numerusform>Aucune des %n colonnes de texte ne contient de valeur CloudinaryField ou d’URL de diffusion de ce cloud ; vérifiez le nom du cloud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) reference files: %1. %2 added to the list.</source>
        <translation>
            <numerusform>%n colonne fait référence à des fichiers : %1. %2 ajoutée(s) à la liste.</numerusform>
            <numerusform>%n colonnes font référence à des fichiers : %1. %2 ajoutée(s) à la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::RestoreDialog</name>
    <message>
        <source>Check backups</source>
        <translation>Vérifier les sauvegardes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore deleted files</source>
        <translation>Restaurer les fichiers supprimés</translation>
    </message>
    <message>
        <source>&lt;p&gt;The originals backed up before deletion, from &lt;tt&gt;%1&lt;/tt&gt;. Checked files are uploaded again with the same public ID and type; Cloudinary gives each a new version number. A file that exists again is never overwritten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Les originaux sauvegardés avant suppression, dans &lt;tt&gt;%1&lt;/tt&gt;. Les fichiers cochés sont renvoyés avec le même public ID et le même type ; Cloudinary donne à chacun un nouveau numéro de version. Un fichier qui existe de nouveau n’est jamais écrasé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Sauvegardé le</translation>
    </message>
    <message>
        <source>Public ID</source>
        <translation>Public ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Outcomes appear here, one line per file</source>
        <translation>Les résultats apparaissent ici, une ligne par fichier</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n file(s)</source>
        <translation>
            <numerusform>Restaurer %n fichier</numerusform>
            <numerusform>Restaurer %n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups of %1 yet: files deleted with a backup appear here.</source>
        <translation>Aucune sauvegarde de %1 pour l’instant : les fichiers supprimés avec sauvegarde apparaissent ici.</translation>
    </message>
    <message>
        <source>Checked: %L1 backups intact, %L2 damaged; nothing was uploaded</source>
        <translation>Vérifié : %L1 sauvegardes intactes, %L2 endommagées ; rien n’a été envoyé</translation>
    </message>
    <message>
        <source>Done: %L1 restored, %L2 exist already (left as they are), %L3 failed</source>
        <translation>Terminé : %L1 restaurés, %L2 existent déjà (laissés tels quels), %L3 en échec</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ResultsController</name>
    <message>
        <source>There is nothing to export yet: run a scan first</source>
        <translation>Rien à exporter pour l’instant : lancez d’abord une analyse</translation>
    </message>
    <message>
        <source>Export orphans as CSV</source>
        <translation>Exporter les fichiers orphelins en CSV</translation>
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
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s) written to %1</source>
        <translation>
            <numerusform>%Ln fichier orphelin écrit dans %1</numerusform>
            <numerusform>%Ln fichiers orphelins écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Email summary sent</source>
        <translation>Résumé envoyé par e-mail</translation>
    </message>
    <message>
        <source>The email summary was not sent</source>
        <translation>Le résumé n’a pas été envoyé</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the first %1 of %2 selected files</source>
        <translation>Ouverture des %1 premiers des %2 fichiers sélectionnés</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Suppression impossible</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted from Cloudinary or already gone; removed from the table</source>
        <translation>
            <numerusform>%n fichier supprimé de Cloudinary ou déjà absent ; retiré du tableau</numerusform>
            <numerusform>%n fichiers supprimés de Cloudinary ou déjà absents ; retirés du tableau</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete marked</source>
        <translation>Supprimer les marqués</translation>
    </message>
    <message>
        <source>No file is marked for deletion. Select rows in the table and press D to mark them.</source>
        <translation>Aucun fichier n’est marqué pour suppression. Sélectionnez des lignes du tableau et appuyez sur D pour les marquer.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ResultsView</name>
    <message>
        <source>Filter by public ID or folder (Ctrl+F)</source>
        <translation>Filtrer par identifiant public ou dossier (Ctrl+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s)</source>
        <translation>
            <numerusform>%Ln fichier orphelin</numerusform>
            <numerusform>%Ln fichiers orphelins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln orphan(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln fichier orphelin</numerusform>
            <numerusform>%L1 sur %Ln fichiers orphelins</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a file to preview it</source>
        <translation>Sélectionnez un fichier pour l’aperçu</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Pas d’aperçu : %1</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>Envoyé le %1</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Non gardés</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Indécis</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Marqués pour suppression</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Gardés</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Toutes les décisions</translation>
    </message>
    <message>
        <source>Show files by decision. On the table: K keep, D mark for deletion, U undecided, N note, Space larger preview</source>
        <translation>Afficher les fichiers par décision. Dans le tableau : K garder, D marquer pour suppression, U indécis, N note, Espace aperçu agrandi</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Mark for deletion</source>
        <translation>Marquer pour suppression</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Larger preview</source>
        <translation>Aperçu agrandi</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ReviewController</name>
    <message>
        <source>Decisions cannot be kept: %1</source>
        <translation>Les décisions ne peuvent pas être enregistrées : %1</translation>
    </message>
    <message>
        <source>Decisions cannot be read: %1</source>
        <translation>Les décisions ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>The decision is shown but not kept: there is no decision store for this account (run a scan first)</source>
        <translation>La décision est affichée mais pas enregistrée : ce compte n’a pas de registre des décisions (lancez d’abord une analyse)</translation>
    </message>
    <message>
        <source>The decision is shown but not kept: %1</source>
        <translation>La décision est affichée mais pas enregistrée : %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Note sur %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Note on %Ln file(s):</source>
        <translation>
            <numerusform>Note sur %Ln fichier :</numerusform>
            <numerusform>Note sur %Ln fichiers :</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a scan first: decisions are kept per account</source>
        <translation>Lancez d’abord une analyse : les décisions sont gardées par compte</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln decision(s) changed</source>
        <translation>
            <numerusform>%1 importé : %Ln décision modifiée</numerusform>
            <numerusform>%1 importé : %Ln décisions modifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Exporter les décisions</translation>
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
        <source>Decisions exported to %1: fill in the decision and note columns, then File → Import decisions</source>
        <translation>Décisions exportées dans %1 : remplissez les colonnes decision et note, puis Fichier → Importer les décisions</translation>
    </message>
    <message>
        <source>Import decisions</source>
        <translation>Importer les décisions</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’import</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanFollowUp</name>
    <message>
        <source>Summary posted to the webhook at %1</source>
        <translation>Résumé publié sur le webhook de %1</translation>
    </message>
    <message numerus="yes">
        <source>Incremental scan: %L1 files from the local inventory; %L2 orphan candidates checked again (%n API call(s)), %L3 deleted since</source>
        <translation>
            <numerusform>Analyse incrémentale : %L1 fichiers de l’inventaire local ; %L2 candidats revérifiés (%n appel d’API), %L3 supprimés depuis</numerusform>
            <numerusform>Analyse incrémentale : %L1 fichiers de l’inventaire local ; %L2 candidats revérifiés (%n appels d’API), %L3 supprimés depuis</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory updated: %1</source>
        <translation>Inventaire mis à jour : %1</translation>
    </message>
    <message>
        <source>Inventory left unchanged (the scan did not complete): %1</source>
        <translation>Inventaire inchangé (l’analyse n’est pas allée au bout) : %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>References read: %1</source>
        <translation>Références lues : %1</translation>
    </message>
    <message>
        <source>Estimate for the whole account: %1</source>
        <translation>Estimation pour tout le compte : %1</translation>
    </message>
    <message numerus="yes">
        <source>This scan needs about %n hour(s) of API budget and will stop when this hour&apos;s runs out: tick &quot;Wait for the API budget&quot; to let it run, or continue it later with Scan → Resume scan. (%1)</source>
        <translation>
            <numerusform>Cette analyse demande environ %n heure de budget d’API et s’arrêtera quand celui de cette heure sera épuisé : cochez « Attendre le budget d’API » pour la laisser aller au bout, ou reprenez-la plus tard avec Analyser → Reprendre l’analyse. (%1)</numerusform>
            <numerusform>Cette analyse demande environ %n heures de budget d’API et s’arrêtera quand celui de cette heure sera épuisé : cochez « Attendre le budget d’API » pour la laisser aller au bout, ou reprenez-la plus tard avec Analyser → Reprendre l’analyse. (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed: %L1 files came from %n earlier run(s); %L2 of their orphan candidates looked up again, %L3 deleted since</source>
        <translation>
            <numerusform>Reprise : %L1 fichiers viennent de %n passage précédent ; %L2 de leurs orphelins présumés revérifiés, %L3 supprimés depuis</numerusform>
            <numerusform>Reprise : %L1 fichiers viennent de %n passages précédents ; %L2 de leurs orphelins présumés revérifiés, %L3 supprimés depuis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited for the API budget %n time(s)</source>
        <translation>
            <numerusform>Attente du budget d’API : %n fois</numerusform>
            <numerusform>Attente du budget d’API : %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan&apos;s progress is saved: Scan → Resume scan (Ctrl+Shift+R) continues where it stopped</source>
        <translation>La progression de l’analyse est enregistrée : Analyser → Reprendre l’analyse (Ctrl+Maj+R) repart là où elle s’est arrêtée</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanOptionsPanel</name>
    <message>
        <source>no Cloudinary account yet</source>
        <translation>pas encore de compte Cloudinary</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n reference column(s)</source>
        <translation>
            <numerusform>%1
%2
%n colonne de référence</numerusform>
            <numerusform>%1
%2
%n colonnes de référence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanProgressWidget</name>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Listing %1: page %2, %3 files…</source>
        <translation>Listage des %1 : page %2, %3 fichiers…</translation>
    </message>
    <message>
        <source>Querying database… %1 rows</source>
        <translation>Interrogation de la base… %1 lignes</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Analyse des résultats…</translation>
    </message>
    <message numerus="yes">
        <source>%n API call(s)</source>
        <translation>
            <numerusform>%n appel d’API</numerusform>
            <numerusform>%n appels d’API</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2 left</source>
        <translation>, %1 sur %2 restants</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for the API budget: resumes at %1 (in %2:%3)</source>
        <translation>En attente du budget d’API : reprise à %1 (dans %2:%3)</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SecretStore</name>
    <message>
        <source>No keyring is available (%1): secrets are kept for this session only and must be entered again next time.</source>
        <translation>Aucun trousseau disponible (%1) : les secrets ne sont conservés que pour cette session et devront être saisis à nouveau.</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SetupWizard</name>
    <message>
        <source>Set up Orphanscope</source>
        <translation>Configurer Orphanscope</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>Databases: %1</source>
        <translation>Bases : %1</translation>
    </message>
    <message>
        <source>Reference columns: %1</source>
        <translation>Colonnes de référence : %1</translation>
    </message>
    <message numerus="yes">
        <source>A scan lists the files uploaded in the last %n day(s); choose All files beside the results for the whole account.</source>
        <translation>
            <numerusform>Une analyse liste les fichiers envoyés le dernier jour ; choisissez Tous les fichiers à côté des résultats pour tout le compte.</numerusform>
            <numerusform>Une analyse liste les fichiers envoyés ces %n derniers jours ; choisissez Tous les fichiers à côté des résultats pour tout le compte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scan lists every file of the account.</source>
        <translation>Une analyse liste chaque fichier du compte.</translation>
    </message>
    <message>
        <source>Not ready to scan yet: %1</source>
        <translation>Pas encore prêt pour l&apos;analyse : %1</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SummaryCards</name>
    <message>
        <source>Files scanned</source>
        <translation>Fichiers analysés</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valides</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>Orphan size</source>
        <translation>Taille des orphelins</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>Appels d’API</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>L’analyse a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>dernier jour</numerusform>
            <numerusform>%n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>whole account</source>
        <translation>compte entier</translation>
    </message>
    <message>
        <source>could be freed</source>
        <translation>libérables</translation>
    </message>
    <message>
        <source>%1 of %2 left this hour</source>
        <translation>%1 sur %2 restants cette heure-ci</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>database read %1 s</source>
        <translation>base lue en %1 s</translation>
    </message>
    <message>
        <source>PARTIAL scan (%1): %2. Every orphan shown is real, but files not yet listed were not checked.</source>
        <translation>Analyse PARTIELLE (%1) : %2. Chaque fichier orphelin affiché l’est réellement, mais les fichiers pas encore listés n’ont pas été vérifiés.</translation>
    </message>
    <message>
        <source>+%L1 recent</source>
        <translation>+%L1 récents</translation>
    </message>
    <message>
        <source>%L1 ignored</source>
        <translation>%L1 exclus</translation>
    </message>
    <message>
        <source>Recent: unreferenced files younger than %1 h, whose row may not be saved yet; not reported. Ignored: files matching an ignore rule; never reported.</source>
        <translation>Récents : fichiers non référencés de moins de %1 h, dont la ligne n’est peut-être pas encore enregistrée ; non signalés. Exclus : fichiers couverts par une règle d’exclusion ; jamais signalés.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>%L1 marked</source>
        <translation>%L1 marqués</translation>
    </message>
    <message>
        <source>%L1 kept · %L2 undecided</source>
        <translation>%L1 gardés · %L2 indécis</translation>
    </message>
    <message>
        <source>On the table: K keep, D mark for deletion, U undecided, N note. Kept files are not reported as orphans by later scans and are never deleted; Edit → Delete marked… deletes the marked ones.</source>
        <translation>Dans le tableau : K garder, D marquer pour suppression, U indécis, N note. Les fichiers gardés ne sont plus signalés comme orphelins et ne sont jamais supprimés ; Édition → Supprimer les marqués… supprime les fichiers marqués.</translation>
    </message>
    <message>
        <source>%L1 kept</source>
        <translation>%L1 gardés</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ThumbnailLoader</name>
    <message>
        <source>No preview for raw files</source>
        <translation>Pas d’aperçu pour les fichiers raw</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Pas une image</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::Translations</name>
    <message>
        <source>Find and review orphaned files in a Cloudinary account.</source>
        <translation>Trouver et examiner les fichiers orphelins d’un compte Cloudinary.</translation>
    </message>
    <message>
        <source>Start a scan as soon as the window opens.</source>
        <translation>Lancer une analyse dès l’ouverture de la fenêtre.</translation>
    </message>
    <message>
        <source>With --from-environment: scan the whole account.</source>
        <translation>Avec --from-environment : analyser le compte entier.</translation>
    </message>
    <message>
        <source>With --from-environment: the types to scan (default image,video).</source>
        <translation>Avec --from-environment : les types à analyser (par défaut image,video).</translation>
    </message>
    <message>
        <source>With --from-environment: a reference column TABLE.COLUMN[:TYPE]; repeatable.</source>
        <translation>Avec --from-environment : une colonne de références TABLE.COLONNE[:TYPE] ; répétable.</translation>
    </message>
    <message>
        <source>Show the interface in this language (en, de, fr) this time.</source>
        <translation>Afficher l’interface dans cette langue (en, de, fr) pour cette fois.</translation>
    </message>
    <message>
        <source>Fill the settings from CLOUDINARY_URL, DATABASE_URL and DATABASE_URLS (profile &quot;Environment&quot;); no first-run wizard.</source>
        <translation>Remplir les paramètres depuis CLOUDINARY_URL, DATABASE_URL et DATABASE_URLS (profil « Environment ») ; sans assistant de premier démarrage.</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ViewStates</name>
    <message>
        <source>No scan yet</source>
        <translation>Aucune analyse pour l&apos;instant</translation>
    </message>
    <message>
        <source>A scan lists the account&apos;s files and looks each one up in the database; the files nothing references are shown here, with charts of their sizes. Nothing is changed or deleted.</source>
        <translation>Une analyse liste les fichiers du compte et cherche chacun dans la base ; les fichiers que rien ne référence s&apos;affichent ici, avec des graphiques de leurs tailles. Rien n&apos;est modifié ni supprimé.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Analyse de %1…</translation>
    </message>
    <message>
        <source>The files nothing references appear here when the listing is done; the status bar shows how far it is. Cancel keeps what was found so far.</source>
        <translation>Les fichiers que rien ne référence apparaissent ici une fois la liste terminée ; la barre d&apos;état montre l&apos;avancement. Annuler garde ce qui a été trouvé.</translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation>L&apos;analyse a échoué</translation>
    </message>
    <message>
        <source>%1

Check the connections (Test connections tells what is wrong), then scan again.</source>
        <translation>%1

Vérifiez les connexions (Tester les connexions dit ce qui ne va pas), puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>None of the %L1 files listed before the scan stopped is orphaned. Resume the scan to check the rest.</source>
        <translation>Aucun des %L1 fichiers listés avant l&apos;arrêt de l&apos;analyse n&apos;est orphelin. Reprenez l&apos;analyse pour vérifier le reste.</translation>
    </message>
    <message>
        <source>Every one of the %L1 files listed is referenced by the database: nothing to clean up.</source>
        <translation>Chacun des %L1 fichiers listés est référencé par la base : rien à nettoyer.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) nothing references yet are younger than the minimum age and shown as recent, not as orphans.</source>
        <translation>
            <numerusform>%n fichier que rien ne référence encore est plus jeune que l&apos;âge minimal et affiché comme récent, pas comme orphelin.</numerusform>
            <numerusform>%n fichiers que rien ne référence encore sont plus jeunes que l&apos;âge minimal et affichés comme récents, pas comme orphelins.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orphans</source>
        <translation>Aucun orphelin</translation>
    </message>
    <message>
        <source>No orphans to chart</source>
        <translation>Aucun orphelin à représenter</translation>
    </message>
    <message>
        <source>The charts show the orphans&apos; sizes by type and upload month; this scan found none.</source>
        <translation>Les graphiques montrent les tailles des orphelins par type et mois d&apos;envoi ; cette analyse n&apos;en a trouvé aucun.</translation>
    </message>
    <message>
        <source>None of the %L1 files listed is an orphan.</source>
        <translation>Aucun des %L1 fichiers listés n&apos;est orphelin.</translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced file(s) match an ignore rule and are never reported.</source>
        <translation>
            <numerusform>%n fichier non référencé correspond à une règle d&apos;exclusion et n&apos;est jamais signalé.</numerusform>
            <numerusform>%n fichiers non référencés correspondent à une règle d&apos;exclusion et ne sont jamais signalés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>MB</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Orphelins</translation>
    </message>
    <message>
        <source>Orphans by type (share of bytes)</source>
        <translation>Fichiers orphelins par type (part des octets)</translation>
    </message>
    <message>
        <source>%1: %L2 files, %3</source>
        <translation>%1 : %L2 fichiers, %3</translation>
    </message>
    <message>
        <source>Cloudinary needs a cloud name, an API key and an API secret (or paste a CLOUDINARY_URL)</source>
        <translation>Cloudinary a besoin d’un nom de cloud, d’une clé et d’un secret d’API (ou collez une CLOUDINARY_URL)</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>Choisissez le fichier de base SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL needs a database name</source>
        <translation>PostgreSQL a besoin d’un nom de base</translation>
    </message>
    <message>
        <source>Add at least one reference column (TABLE.COLUMN:TYPE)</source>
        <translation>Ajoutez au moins une colonne de références (TABLE.COLONNE:TYPE)</translation>
    </message>
    <message>
        <source>Choose at least one resource type to scan</source>
        <translation>Choisissez au moins un type de ressource à analyser</translation>
    </message>
    <message>
        <source>Set the SMTP server in the Email settings (or paste an EMAIL_URL)</source>
        <translation>Indiquez le serveur SMTP dans les réglages d’e-mail (ou collez une EMAIL_URL)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De : %1</translation>
    </message>
    <message>
        <source>Add at least one recipient</source>
        <translation>Ajoutez au moins un destinataire</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>Afficher ou masquer</translation>
    </message>
    <message>
        <source>MySQL needs a database name</source>
        <translation>MySQL a besoin d’un nom de base</translation>
    </message>
    <message>
        <source>Database %1 (%2): %3</source>
        <translation>Base de données %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Add the Django database</source>
        <translation>Ajoutez la base de données Django</translation>
    </message>
    <message>
        <source>(new database)</source>
        <translation>(nouvelle base de données)</translation>
    </message>
</context>
<context>
    <name>ScanOptionsPanel</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Connexions…</translation>
    </message>
    <message>
        <source>The Cloudinary account, databases, reference columns, mail server and webhook of this profile (Ctrl+,)</source>
        <translation>Le compte Cloudinary, les bases, les colonnes de référence, le serveur de courrier et le webhook de ce profil (Ctrl+,)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Derniers</translation>
    </message>
    <message>
        <source>Only files uploaded in the last days: listing costs API calls for those alone</source>
        <translation>Seulement les fichiers envoyés ces derniers jours : seuls ceux-ci coûtent des appels d’API</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Every file in the account: one API call per 500 files and type</source>
        <translation>Tous les fichiers du compte : un appel d’API par 500 fichiers et par type</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>Types :</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>List image files (resource type image)</source>
        <translation>Lister les images (type de ressource image)</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <source>List video files (resource type video)</source>
        <translation>Lister les vidéos (type de ressource video)</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>List raw files, such as PDFs; add a reference column of type raw, or every raw file looks orphaned</source>
        <translation>Lister les fichiers raw, comme les PDF ; ajoutez une colonne de références de type raw, sinon chaque fichier raw paraîtra orphelin</translation>
    </message>
    <message>
        <source>Listing:</source>
        <translation>Listage :</translation>
    </message>
    <message>
        <source>&quot;Only new files&quot; keeps a list of the account on this computer and asks Cloudinary only for files uploaded since the last scan, plus one call per 100 orphan candidates to check they still exist. The first such scan lists everything.</source>
        <translation>« Seulement les nouveaux fichiers » garde une liste du compte sur cet ordinateur et ne demande à Cloudinary que les fichiers envoyés depuis la dernière analyse, plus un appel par 100 candidats pour vérifier qu’ils existent encore. La première analyse de ce type liste tout.</translation>
    </message>
    <message>
        <source>Everything, every time</source>
        <translation>Tout, à chaque fois</translation>
    </message>
    <message>
        <source>Only new files (local inventory)</source>
        <translation>Seulement les nouveaux fichiers (inventaire local)</translation>
    </message>
    <message>
        <source>Everything, rebuilding the inventory</source>
        <translation>Tout, en reconstruisant l’inventaire</translation>
    </message>
    <message>
        <source>Slices per type, pause per call:</source>
        <translation>Tranches par type, pause par appel :</translation>
    </message>
    <message>
        <source>List each type in this many slices of upload time at once (Search API): much faster over a real network, for at most one extra API call per slice and type</source>
        <translation>Lister chaque type en autant de tranches de date d’envoi à la fois (Search API) : bien plus rapide sur un vrai réseau, pour au plus un appel d’API supplémentaire par tranche et par type</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A polite pause between API calls; 0 lists as fast as Cloudinary answers</source>
        <translation>Une pause de courtoisie entre les appels d’API ; 0 liste aussi vite que Cloudinary répond</translation>
    </message>
    <message>
        <source>Wait for the API budget</source>
        <translation>Attendre le budget d’API</translation>
    </message>
    <message>
        <source>When the hourly API budget is spent, wait for the next hour and go on instead of stopping: an account too big for one hour&apos;s budget is scanned whole, unattended</source>
        <translation>Quand le budget d’API horaire est épuisé, attendre l’heure suivante et continuer au lieu de s’arrêter : un compte trop grand pour le budget d’une heure est analysé en entier, sans surveillance</translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation>Exclure :</translation>
    </message>
    <message>
        <source>Files never reported or deleted: globs on public ids or folders, separated by spaces. * stays within a folder, ** crosses folders</source>
        <translation>Fichiers jamais signalés ni supprimés : motifs sur les identifiants publics ou les dossiers, séparés par des espaces. * reste dans un dossier, ** traverse les dossiers</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Âge minimal :</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>An unreferenced file younger than this is shown as recent, not as an orphan: the row that refers to it may not be saved yet</source>
        <translation>Un fichier non référencé plus récent que cela est affiché comme récent, pas comme orphelin : la ligne qui y renvoie n’est peut-être pas encore enregistrée</translation>
    </message>
</context>
<context>
    <name>SetupCloudinaryPage</name>
    <message>
        <source>The Cloudinary account</source>
        <translation>Le compte Cloudinary</translation>
    </message>
    <message>
        <source>Paste the API environment variable from the Cloudinary console (Dashboard → API Keys), or type the cloud name, API key and secret. The secret is kept in the keyring.</source>
        <translation>Collez la variable d&apos;environnement API de la console Cloudinary (Dashboard → API Keys), ou saisissez le nom du cloud, la clé API et le secret. Le secret est gardé dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>SetupDatabasePage</name>
    <message>
        <source>The site&apos;s database</source>
        <translation>La base de données du site</translation>
    </message>
    <message>
        <source>The database of the Django site (DATABASES in settings.py): PostgreSQL, MySQL/MariaDB or an SQLite file. It is only read. Add the site&apos;s other databases with +.</source>
        <translation>La base du site Django (DATABASES dans settings.py) : PostgreSQL, MySQL/MariaDB ou un fichier SQLite. Elle est seulement lue. Ajoutez les autres bases du site avec +.</translation>
    </message>
</context>
<context>
    <name>SetupFinishPage</name>
    <message>
        <source>Save and scan</source>
        <translation>Enregistrer et analyser</translation>
    </message>
    <message>
        <source>The profile keeps these settings; Settings → Connections… changes them later.</source>
        <translation>Le profil garde ces réglages ; Paramètres → Connexions… les modifie plus tard.</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil :</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>One profile per site or environment: production, staging…</source>
        <translation>Un profil par site ou environnement : production, préproduction…</translation>
    </message>
    <message>
        <source>Scan the account when I click Finish</source>
        <translation>Analyser le compte quand je clique sur Terminer</translation>
    </message>
</context>
<context>
    <name>SetupReferencesPage</name>
    <message>
        <source>Where the site refers to files</source>
        <translation>Où le site fait référence aux fichiers</translation>
    </message>
    <message>
        <source>The columns holding CloudinaryField values or delivery URLs. Detect samples the text columns, Discover reads each one once. A file none of them refers to counts as an orphan.</source>
        <translation>Les colonnes contenant des valeurs CloudinaryField ou des URL de diffusion. Détecter sonde les colonnes de texte, Découvrir lit chacune une fois. Un fichier qu&apos;aucune ne référence est orphelin.</translation>
    </message>
</context>
</TS>
