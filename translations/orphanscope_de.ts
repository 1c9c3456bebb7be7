<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Cloudinary</source>
        <translation>Cloudinary</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Email and webhook</source>
        <translation>E-Mail und Webhook</translation>
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
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Broken references</source>
        <translation>Defekte &amp;Referenzen</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::BrokenReferencesView</name>
    <message>
        <source>Scan the whole account (Range: All files) to find database values that point to missing files.</source>
        <translation>Scannen Sie das ganze Konto (Zeitraum: Alle Dateien), um Datenbankwerte zu finden, die auf fehlende Dateien zeigen.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Gespeicherter Wert</translation>
    </message>
    <message>
        <source>Save the broken references as CSV: table, row_id, column, resource_type, public_id, value</source>
        <translation>Die defekten Referenzen als CSV speichern: table, row_id, column, resource_type, public_id, value</translation>
    </message>
    <message>
        <source>Not checked: only a complete scan of the whole account (Range: All files) can tell which database values point to missing files.</source>
        <translation>Nicht geprüft: Nur ein vollständiger Scan des ganzen Kontos (Zeitraum: Alle Dateien) zeigt, welche Datenbankwerte auf fehlende Dateien zeigen.</translation>
    </message>
    <message>
        <source>None: every database value points to a file the account has.</source>
        <translation>Keine: Jeder Datenbankwert zeigt auf eine vorhandene Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n database value(s) point to files Cloudinary does not have: broken images or videos on the site.</source>
        <translation>
            <numerusform>%n Datenbankwert zeigt auf eine Datei, die Cloudinary nicht hat: ein defektes Bild oder Video auf der Website.</numerusform>
            <numerusform>%n Datenbankwerte zeigen auf Dateien, die Cloudinary nicht hat: defekte Bilder oder Videos auf der Website.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export broken references</source>
        <translation>Defekte Referenzen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ChartsView</name>
    <message>
        <source>Orphans by size</source>
        <translation>Verwaiste Dateien nach Größe</translation>
    </message>
    <message>
        <source>Top folders by orphan size</source>
        <translation>Ordner mit den größten verwaisten Dateien</translation>
    </message>
    <message>
        <source>Orphans by upload month</source>
        <translation>Verwaiste Dateien nach Upload-Monat</translation>
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
        <translation>EU- und AP-Konten haben einen eigenen API-Host</translation>
    </message>
    <message>
        <source>The cloud name, as in the Cloudinary console&apos;s dashboard</source>
        <translation>Der Cloud-Name, wie im Dashboard der Cloudinary-Konsole</translation>
    </message>
    <message>
        <source>The API key of an API key pair (Settings → API Keys)</source>
        <translation>Der API-Schlüssel eines Schlüsselpaars (Settings → API Keys)</translation>
    </message>
    <message>
        <source>The API secret; kept in the keyring, never in the settings file</source>
        <translation>Das API-Secret; wird im Schlüsselbund gespeichert, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Paste URL:</source>
        <translation>URL einfügen:</translation>
    </message>
    <message>
        <source>Cloud name:</source>
        <translation>Cloud-Name:</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>API secret:</source>
        <translation>API-Secret:</translation>
    </message>
    <message>
        <source>API host:</source>
        <translation>API-Host:</translation>
    </message>
    <message>
        <source>Opened by &quot;Open in dashboard&quot;; {cloud}, {type} and {public_id} are filled in</source>
        <translation>Wird von „Im Dashboard öffnen“ geöffnet; {cloud}, {type} und {public_id} werden eingesetzt</translation>
    </message>
    <message>
        <source>Dashboard URL:</source>
        <translation>Dashboard-URL:</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ConnectionTestBox</name>
    <message>
        <source>Test connections</source>
        <translation>Verbindungen testen</translation>
    </message>
    <message>
        <source>Cloudinary: %1</source>
        <translation>Cloudinary: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Check the Cloudinary credentials and the database with its reference columns</source>
        <translation>Die Cloudinary-Zugangsdaten und die Datenbank mit ihren Referenzspalten prüfen</translation>
    </message>
    <message>
        <source>Test the account</source>
        <translation>Konto testen</translation>
    </message>
    <message>
        <source>Ask Cloudinary for the account&apos;s usage: one API call that proves the cloud name, key and secret</source>
        <translation>Fragt Cloudinary nach der Nutzung des Kontos: ein API-Aufruf, der Cloud-Namen, Schlüssel und Secret bestätigt</translation>
    </message>
    <message>
        <source>Test the databases</source>
        <translation>Datenbanken testen</translation>
    </message>
    <message>
        <source>Open each database read-only, as a scan will</source>
        <translation>Öffnet jede Datenbank schreibgeschützt, wie ein Scan es tut</translation>
    </message>
    <message>
        <source>References: %1</source>
        <translation>Referenzen: %1</translation>
    </message>
    <message>
        <source>Cloudinary: checking…</source>
        <translation>Cloudinary: wird geprüft …</translation>
    </message>
    <message>
        <source>Database: checking…</source>
        <translation>Datenbank: wird geprüft …</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ConnectionsDialog</name>
    <message>
        <source>The kinds of connection a profile has; each page is saved with Save</source>
        <translation>Die Verbindungsarten eines Profils; jede Seite wird mit Speichern gesichert</translation>
    </message>
    <message>
        <source>Keep these connections in the profile (secrets go to the keyring)</source>
        <translation>Diese Verbindungen im Profil behalten (Geheimnisse kommen in den Schlüsselbund)</translation>
    </message>
    <message>
        <source>Close without changing the profile</source>
        <translation>Schließen, ohne das Profil zu ändern</translation>
    </message>
    <message>
        <source>Connections of &quot;%1&quot;</source>
        <translation>Verbindungen von „%1“</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::DatabaseForm</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s host name or address</source>
        <translation>Hostname oder Adresse des PostgreSQL-Servers</translation>
    </message>
    <message>
        <source>The database name</source>
        <translation>Der Name der Datenbank</translation>
    </message>
    <message>
        <source>A user that may read the reference tables; a read-only user is best</source>
        <translation>Ein Benutzer, der die Referenztabellen lesen darf; am besten ein Nur-Lese-Benutzer</translation>
    </message>
    <message>
        <source>Kept in the keyring, never in the settings file</source>
        <translation>Wird im Schlüsselbund gespeichert, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>libpq&apos;s sslmode: require or verify-full for a server across a network</source>
        <translation>sslmode von libpq: require oder verify-full für einen Server im Netzwerk</translation>
    </message>
    <message>
        <source>The SQLite database file; it is opened read-only</source>
        <translation>Die SQLite-Datenbankdatei; sie wird nur lesend geöffnet</translation>
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
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Paste URL:</source>
        <translation>URL einfügen:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
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
        <source>SSL mode:</source>
        <translation>SSL-Modus:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Choose the SQLite database</source>
        <translation>SQLite-Datenbank wählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite3 *.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the SQLite file in a file dialog</source>
        <translation>Die SQLite-Datei in einem Dateidialog wählen</translation>
    </message>
    <message>
        <source>The Django database: PostgreSQL, an SQLite file, or MySQL/MariaDB</source>
        <translation>Die Django-Datenbank: PostgreSQL, eine SQLite-Datei oder MySQL/MariaDB</translation>
    </message>
    <message>
        <source>The server&apos;s port (PostgreSQL 5432, MySQL 3306 by default)</source>
        <translation>Der Port des Servers (standardmäßig PostgreSQL 5432, MySQL 3306)</translation>
    </message>
    <message>
        <source>MySQL / MariaDB</source>
        <translation>MySQL / MariaDB</translation>
    </message>
    <message>
        <source>The databases whose references count: production and staging sharing this Cloudinary account, say</source>
        <translation>Die Datenbanken, deren Verweise zählen: etwa Produktion und Staging, die sich dieses Cloudinary-Konto teilen</translation>
    </message>
    <message>
        <source>Add database</source>
        <translation>Datenbank hinzufügen</translation>
    </message>
    <message>
        <source>Add another database of the same site; a file counts as referenced when any database references it</source>
        <translation>Eine weitere Datenbank derselben Website hinzufügen; eine Datei gilt als referenziert, wenn irgendeine Datenbank auf sie verweist</translation>
    </message>
    <message>
        <source>Remove database</source>
        <translation>Datenbank entfernen</translation>
    </message>
    <message>
        <source>Remove the database on show from this profile</source>
        <translation>Die angezeigte Datenbank aus diesem Profil entfernen</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Databases (%1)</source>
        <translation>Datenbanken (%1)</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::DeleteDialog</name>
    <message>
        <source>Dry run: check everything, delete nothing</source>
        <translation>Probelauf: alles prüfen, nichts löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete files from Cloudinary</source>
        <translation>Dateien aus Cloudinary löschen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A younger file may still be mid-upload, its row not saved yet: it is never deleted</source>
        <translation>Eine jüngere Datei wird vielleicht noch hochgeladen und ihre Zeile ist noch nicht gespeichert: Sie wird nie gelöscht</translation>
    </message>
    <message>
        <source>Runs every check and lists what would happen; nothing is deleted and the audit log is not written</source>
        <translation>Führt jede Prüfung aus und zeigt, was geschähe; nichts wird gelöscht und das Prüfprotokoll nicht geschrieben</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to enable the Delete button</source>
        <translation>Tippen Sie „%1“, um die Schaltfläche Löschen freizugeben</translation>
    </message>
    <message>
        <source>Outcomes appear here, one line per file</source>
        <translation>Die Ergebnisse erscheinen hier, eine Zeile je Datei</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Mindestalter:</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot;:</source>
        <translation>Tippen Sie „%1“:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message numerus="yes">
        <source>delete %n file(s)</source>
        <translation>
            <numerusform>%n Datei löschen</numerusform>
            <numerusform>%n Dateien löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Dry run done: %L1 would be deleted, %L2 skipped; nothing was deleted</source>
        <translation>Probelauf fertig: %L1 würden gelöscht, %L2 übersprungen; nichts wurde gelöscht</translation>
    </message>
    <message>
        <source>Done: %L1 deleted (%2 freed), %L3 no longer there, %L4 skipped, %L5 errors. Audit log: %6</source>
        <translation>Fertig: %L1 gelöscht (%2 frei), %L3 nicht mehr vorhanden, %L4 übersprungen, %L5 Fehler. Prüfprotokoll: %6</translation>
    </message>
    <message>
        <source>Stopped early: %1</source>
        <translation>Vorzeitig angehalten: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Text columns are not all read.&lt;/b&gt; The check reads the reference columns of the scan options only: a file used nowhere but in a page body, a Markdown text or JSON elsewhere in the database would be deleted. Tick &quot;Also search every text column for URLs&quot; in the scan options, or add those columns with Discover, before deleting.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Nicht alle Textspalten werden gelesen.&lt;/b&gt; Die Prüfung liest nur die Referenzspalten der Scan-Optionen: Eine Datei, die nirgends außer in einem Seitentext, einem Markdown-Text oder JSON an anderer Stelle der Datenbank verwendet wird, würde gelöscht. Aktivieren Sie vor dem Löschen in den Scan-Optionen „Auch jede Textspalte nach URLs durchsuchen“ oder fügen Sie diese Spalten mit „Erkunden“ hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Back up each original first (File → Restore deleted files… uploads them again)</source>
        <translation>Jedes Original zuerst sichern (Datei → Gelöschte Dateien wiederherstellen… lädt sie wieder hoch)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n file(s), %1&lt;/b&gt;, will be deleted from Cloudinary. Each original is downloaded to &lt;tt&gt;%3&lt;/tt&gt; first, and only files whose backup is complete are deleted.&lt;/p&gt;&lt;p&gt;Just before, each file is checked again: a file a database row refers to now, a file decided to keep, a file younger than the minimum age and a file matching an ignore rule are skipped. Every outcome is appended to the audit log &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Datei, %1&lt;/b&gt;, wird aus Cloudinary gelöscht. Das Original wird vorher nach &lt;tt&gt;%3&lt;/tt&gt; heruntergeladen, und nur Dateien mit vollständiger Sicherung werden gelöscht.&lt;/p&gt;&lt;p&gt;Unmittelbar davor wird jede Datei erneut geprüft: Eine Datei, auf die jetzt eine Datenbankzeile verweist, eine zum Behalten entschiedene Datei, eine Datei jünger als das Mindestalter und eine Datei, die einer Ignorierregel entspricht, werden übersprungen. Jedes Ergebnis wird an das Prüfprotokoll &lt;tt&gt;%2&lt;/tt&gt; angehängt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n Dateien, %1&lt;/b&gt;, werden aus Cloudinary gelöscht. Jedes Original wird vorher nach &lt;tt&gt;%3&lt;/tt&gt; heruntergeladen, und nur Dateien mit vollständiger Sicherung werden gelöscht.&lt;/p&gt;&lt;p&gt;Unmittelbar davor wird jede Datei erneut geprüft: Eine Datei, auf die jetzt eine Datenbankzeile verweist, eine zum Behalten entschiedene Datei, eine Datei jünger als das Mindestalter und eine Datei, die einer Ignorierregel entspricht, werden übersprungen. Jedes Ergebnis wird an das Prüfprotokoll &lt;tt&gt;%2&lt;/tt&gt; angehängt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a backup, what is deleted cannot be restored</source>
        <translation>Ohne Sicherung kann Gelöschtes nicht wiederhergestellt werden</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln original(s) (%1) in %2</source>
        <translation>
            <numerusform>%Ln Original (%1) in %2 gesichert</numerusform>
            <numerusform>%Ln Originale (%1) in %2 gesichert</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup was made: what was deleted cannot be restored</source>
        <translation>Es wurde keine Sicherung angelegt: Gelöschtes kann nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::EmailDialog</name>
    <message>
        <source>Email the summary</source>
        <translation>Zusammenfassung per E-Mail senden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln orphan(s))</source>
        <translation>
            <numerusform>%1 (%Ln verwaiste Datei)</numerusform>
            <numerusform>%1 (%Ln verwaiste Dateien)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Attachment:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Gesendet an %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::HelpDialog</name>
    <message>
        <source>The help text is missing from this build.</source>
        <translation>Der Hilfetext fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Orphanscope — Troubleshooting</source>
        <translation>Orphanscope — Fehlerbehebung</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::HistoryView</name>
    <message>
        <source>No earlier scans of this account and range yet: each complete scan adds a point here.</source>
        <translation>Noch keine früheren Scans dieses Kontos und Zeitraums: Jeder vollständige Scan fügt hier einen Punkt hinzu.</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescannt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Orphan size</source>
        <translation>Größe der verwaisten</translation>
    </message>
    <message>
        <source>Broken references</source>
        <translation>Defekte Referenzen</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Orphans over time</source>
        <translation>Verwaiste Dateien im Zeitverlauf</translation>
    </message>
    <message>
        <source>Orphan size (MB)</source>
        <translation>Größe der verwaisten (MB)</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::Labels</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>raw</source>
        <comment>a raw file: neither image nor video</comment>
        <translation>Raw</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Raw files</source>
        <translation>Raw-Dateien</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>stopped by the rate-limit guard</source>
        <translation>vom Schutz vor dem API-Limit angehalten</translation>
    </message>
    <message>
        <source>stopped: Cloudinary&apos;s rate limit was reached</source>
        <translation>angehalten: Cloudinarys API-Limit ist erreicht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::LogPanel</name>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message numerus="yes">
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>Protokoll (%n Warnung)</numerusform>
            <numerusform>Protokoll (%n Warnungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::MailForm</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>The SMTP server that sends the summary</source>
        <translation>Der SMTP-Server, der die Zusammenfassung versendet</translation>
    </message>
    <message>
        <source>None (trusted network only)</source>
        <translation>Keine (nur in vertrauenswürdigen Netzen)</translation>
    </message>
    <message>
        <source>STARTTLS (required)</source>
        <translation>STARTTLS (erforderlich)</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>STARTTLS refuses to send when the server does not offer it</source>
        <translation>Mit STARTTLS wird nicht gesendet, wenn der Server es nicht anbietet</translation>
    </message>
    <message>
        <source>The sender, e.g. Orphanscope &lt;scans@example.org&gt;</source>
        <translation>Der Absender, z. B. Orphanscope &lt;scans@example.org&gt;</translation>
    </message>
    <message>
        <source>Who gets the summary, as Django&apos;s ADMINS: &quot;Name &lt;a@b&gt;, c@d&quot;</source>
        <translation>Wer die Zusammenfassung erhält, wie Djangos ADMINS: &quot;Name &lt;a@b&gt;, c@d&quot;</translation>
    </message>
    <message>
        <source>Shown in the subject: &quot;&lt;name&gt;: Orphaned Files Detection Report&quot;</source>
        <translation>Steht im Betreff: &quot;&lt;Name&gt;: Orphaned Files Detection Report&quot;</translation>
    </message>
    <message>
        <source>Send a short test message to the recipients</source>
        <translation>Eine kurze Testnachricht an die Empfänger senden</translation>
    </message>
    <message>
        <source>The SMTP login, if the server wants one</source>
        <translation>Der SMTP-Benutzername, falls der Server einen verlangt</translation>
    </message>
    <message>
        <source>Kept in the keyring, never in the settings file</source>
        <translation>Wird im Schlüsselbund gespeichert, nie in der Einstellungsdatei</translation>
    </message>
    <message>
        <source>Paste URL:</source>
        <translation>URL einfügen:</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>SMTP-Server:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sicherheit:</translation>
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
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>App name:</source>
        <translation>App-Name:</translation>
    </message>
    <message>
        <source>587 for STARTTLS, 465 for TLS, 25 on a trusted network</source>
        <translation>587 für STARTTLS, 465 für TLS, 25 in einem vertrauenswürdigen Netz</translation>
    </message>
    <message>
        <source>A Slack- or Discord-compatible webhook: after a scan that finds orphans, broken references or a spike, its summary is posted there. Kept in the keyring, like a password</source>
        <translation>Ein Slack- oder Discord-kompatibler Webhook: Nach einem Scan mit verwaisten Dateien, defekten Referenzen oder einem Anstieg wird die Zusammenfassung dorthin gesendet. Wird wie ein Passwort im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Webhook:</source>
        <translation>Webhook:</translation>
    </message>
    <message>
        <source>Test email sent</source>
        <translation>Test-E-Mail gesendet</translation>
    </message>
    <message>
        <source>%1: test email</source>
        <translation>%1: Test-E-Mail</translation>
    </message>
    <message>
        <source>This is a test email from Orphanscope. Summaries of scans that find orphans will be sent this way.
</source>
        <translation>Dies ist eine Test-E-Mail von Orphanscope. Zusammenfassungen von Scans, die verwaiste Dateien finden, werden auf diesem Weg versendet.
</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::MainActions</name>
    <message>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <source>Scan the account for orphaned files (Ctrl+R)</source>
        <translation>Das Konto nach verwaisten Dateien durchsuchen (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the scan and keep what was found (Esc)</source>
        <translation>Den Scan anhalten und das Gefundene behalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Copy public IDs</source>
        <translation>Public-IDs &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;URLs</source>
        <translation>&amp;URLs kopieren</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Datei ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open in &amp;dashboard</source>
        <translation>Im &amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Send &amp;email…</source>
        <translation>&amp;E-Mail senden …</translation>
    </message>
    <message>
        <source>Email the summary of the last scan to the admins (Ctrl+M)</source>
        <translation>Die Zusammenfassung des letzten Scans per E-Mail an die Admins senden (Strg+M)</translation>
    </message>
    <message>
        <source>De&amp;lete selected…</source>
        <translation>Auswahl &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the selected orphans from Cloudinary, each checked again first (Shift+Del)</source>
        <translation>Die ausgewählten verwaisten Dateien aus Cloudinary löschen, jede zuvor erneut geprüft (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>&amp;Test connections</source>
        <translation>Verbindungen &amp;testen</translation>
    </message>
    <message>
        <source>Save &amp;profile</source>
        <translation>&amp;Profil speichern</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>Profil &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Troubleshooting</source>
        <translation>&amp;Fehlerbehebung</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source> Profile: </source>
        <translation> Profil: </translation>
    </message>
    <message>
        <source>Switch between saved settings (production, staging…)</source>
        <translation>Zwischen gespeicherten Einstellungen wechseln (Produktion, Staging …)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Orphanscope</source>
        <translation>Ü&amp;ber Orphanscope</translation>
    </message>
    <message>
        <source>About Orphanscope</source>
        <translation>Über Orphanscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Orphanscope %1&lt;/h3&gt;&lt;p&gt;Finds files in a Cloudinary account that no database row references.&lt;/p&gt;&lt;p&gt;Released under the MIT licence. Built with Qt %2.&lt;/p&gt;&lt;p&gt;The command-line scan for schedulers is &lt;tt&gt;orphanscope-cli&lt;/tt&gt;; see &lt;tt&gt;orphanscope-cli --help&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Orphanscope %1&lt;/h3&gt;&lt;p&gt;Findet Dateien in einem Cloudinary-Konto, auf die keine Datenbankzeile verweist.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz. Erstellt mit Qt %2.&lt;/p&gt;&lt;p&gt;Für geplante Scans gibt es die Kommandozeile &lt;tt&gt;orphanscope-cli&lt;/tt&gt;; siehe &lt;tt&gt;orphanscope-cli --help&lt;/tt&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Licence&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Report a problem&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;%1&quot;&gt;Website&lt;/a&gt; · &lt;a href=&quot;%2&quot;&gt;Lizenz&lt;/a&gt; · &lt;a href=&quot;%3&quot;&gt;Problem melden&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Orphanscope will be shown in %1 from its next start.</source>
        <translation>Orphanscope erscheint ab dem nächsten Start auf %1.</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>der Sprache des Systems</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Wait for the scan to finish, or cancel it</source>
        <translation>Warten Sie, bis der Scan fertig ist, oder brechen Sie ihn ab</translation>
    </message>
    <message>
        <source>&amp;Resume scan</source>
        <translation>&amp;Scan fortsetzen</translation>
    </message>
    <message>
        <source>Continue the last scan of this account where it stopped (API budget, cancel, crash) (Ctrl+Shift+R)</source>
        <translation>Den letzten Scan dieses Kontos dort fortsetzen, wo er anhielt (API-Budget, Abbruch, Absturz) (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Delete &amp;marked…</source>
        <translation>&amp;Markierte löschen…</translation>
    </message>
    <message>
        <source>Delete the files marked for deletion (D on the table), each backed up and checked again first</source>
        <translation>Die zum Löschen markierten Dateien (D in der Tabelle) löschen, jede vorher gesichert und erneut geprüft</translation>
    </message>
    <message>
        <source>Export &amp;decisions…</source>
        <translation>&amp;Entscheidungen exportieren…</translation>
    </message>
    <message>
        <source>Write the orphans with their decisions and notes to a CSV for the team to fill in</source>
        <translation>Die verwaisten Dateien mit Entscheidungen und Notizen als CSV schreiben, die das Team ausfüllt</translation>
    </message>
    <message>
        <source>&amp;Import decisions…</source>
        <translation>Entscheidungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Read decisions and notes back from a CSV; a bad file is refused as a whole</source>
        <translation>Entscheidungen und Notizen aus einer CSV zurücklesen; eine fehlerhafte Datei wird ganz abgelehnt</translation>
    </message>
    <message>
        <source>&amp;Restore deleted files…</source>
        <translation>Gelöschte Dateien &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Upload deleted files again from their backups</source>
        <translation>Gelöschte Dateien aus ihren Sicherungen wieder hochladen</translation>
    </message>
    <message>
        <source>Scan &amp;options</source>
        <translation>Scan-&amp;Optionen</translation>
    </message>
    <message>
        <source>Check the Cloudinary account, the databases and the reference columns (Ctrl+T)</source>
        <translation>Cloudinary-Konto, Datenbanken und Verweisspalten prüfen (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>The Cloudinary account, databases, reference columns, mail server and webhook of this profile (Ctrl+,)</source>
        <translation>Cloudinary-Konto, Datenbanken, Verweisspalten, Mailserver und Webhook dieses Profils (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Set up a profile step by step…</source>
        <translation>Profil &amp;Schritt für Schritt einrichten…</translation>
    </message>
    <message>
        <source>The first-run assistant: account, databases, reference columns, then a first scan</source>
        <translation>Der Einrichtungsassistent: Konto, Datenbanken, Verweisspalten, dann ein erster Scan</translation>
    </message>
    <message>
        <source>Show or hide the scan options beside the results (F9)</source>
        <translation>Scan-Optionen neben den Ergebnissen ein- oder ausblenden (F9)</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::MainWindow</name>
    <message>
        <source>No keyring is available: the API secret and the database and SMTP passwords are kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: API-Secret, Datenbank- und SMTP-Passwort werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>Scanning %1 (%2)…</source>
        <translation>%1 wird gescannt (%2) …</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>letzter Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>all files</source>
        <translation>alle Dateien</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Partial scan: %1</source>
        <translation>Unvollständiger Scan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n orphan(s)</source>
        <translation>
            <numerusform>Scan abgeschlossen: %n verwaiste Datei</numerusform>
            <numerusform>Scan abgeschlossen: %n verwaiste Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan failed</source>
        <translation>Scan fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::OrphanTableModel</name>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 Byte</translation>
    </message>
    <message>
        <source>Public ID</source>
        <translation>Public-ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::PasteUrlRow</name>
    <message>
        <source>Paste a %1 here to fill in the fields below</source>
        <translation>Hier eine %1 einfügen, um die Felder darunter auszufüllen</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Ausfüllen</translation>
    </message>
    <message>
        <source>Fill in the fields below from the pasted %1</source>
        <translation>Die Felder darunter aus der eingefügten %1 ausfüllen</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ProfileController</name>
    <message>
        <source>Profile &quot;%1&quot; saved</source>
        <translation>Profil „%1“ gespeichert</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Name (e.g. production, staging):</source>
        <translation>Name (z. B. Produktion, Staging):</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>Das Profil „%1“ löschen?</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ReferencesForm</name>
    <message>
        <source>Reference columns</source>
        <translation>Verweisspalten</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <source>Also search every text column for URLs</source>
        <translation>Auch jede Textspalte nach URLs durchsuchen</translation>
    </message>
    <message>
        <source>Columns that reference files, as TABLE.COLUMN:TYPE: image, video or raw for CloudinaryField values, text for text, HTML, Markdown or JSON with delivery URLs in it. Double-click to edit.</source>
        <translation>Spalten, die auf Dateien verweisen, als TABELLE.SPALTE:TYP: image, video oder raw für CloudinaryField-Werte, text für Text, HTML, Markdown oder JSON mit Auslieferungs-URLs darin. Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a reference column and edit it in place</source>
        <translation>Eine Referenzspalte hinzufügen und direkt bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected reference columns</source>
        <translation>Die ausgewählten Referenzspalten entfernen</translation>
    </message>
    <message>
        <source>Sample the database&apos;s text columns and suggest those holding CloudinaryField values</source>
        <translation>Die Textspalten der Datenbank stichprobenartig lesen und die mit CloudinaryField-Werten vorschlagen</translation>
    </message>
    <message>
        <source>Read every text column of the database once and add those holding CloudinaryField values or delivery URLs of this account</source>
        <translation>Jede Textspalte der Datenbank einmal lesen und die hinzufügen, die CloudinaryField-Werte oder Auslieferungs-URLs dieses Kontos enthalten</translation>
    </message>
    <message>
        <source>Search every text-like column of the database for delivery URLs as well: slower, and the safe choice before deleting</source>
        <translation>Zusätzlich jede textartige Spalte der Datenbank nach Auslieferungs-URLs durchsuchen: langsamer, und vor dem Löschen die sichere Wahl</translation>
    </message>
    <message>
        <source>Custom delivery hosts (CNAMEs) whose URLs in text reference this account&apos;s files, separated by spaces</source>
        <translation>Eigene Auslieferungs-Hosts (CNAMEs), deren URLs im Text auf Dateien dieses Kontos verweisen, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>CDN hosts:</source>
        <translation>CDN-Hosts:</translation>
    </message>
    <message>
        <source>Sampling the text columns of %1…</source>
        <translation>Stichprobe der Textspalten von %1 …</translation>
    </message>
    <message>
        <source>No text column looks like it holds CloudinaryField values; add the columns by hand</source>
        <translation>Keine Textspalte scheint CloudinaryField-Werte zu enthalten; fügen Sie die Spalten von Hand hinzu</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 sampled values)</source>
        <translation>%1 (%2 von %3 gelesenen Werten)</translation>
    </message>
    <message numerus="yes">
        <source>Found %n column(s): %1. %2 added to the list.</source>
        <translation>
            <numerusform>%n Spalte gefunden: %1. %2 zur Liste hinzugefügt.</numerusform>
            <numerusform>%n Spalten gefunden: %1. %2 zur Liste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading every text column of %1…</source>
        <translation>Alle Textspalten von %1 werden gelesen …</translation>
    </message>
    <message>
        <source>Reading text columns: %1 of %2…</source>
        <translation>Textspalten werden gelesen: %1 von %2…</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n text column(s) holds CloudinaryField values or delivery URLs of this cloud; check the cloud name</source>
        <translation>
            <numerusform>Die %n Textspalte enthält keine CloudinaryField-Werte oder Auslieferungs-URLs dieser Cloud; prüfen Sie den Cloud-Namen</numerusform>
            <numerusform>Keine der %n Textspalten enthält CloudinaryField-Werte oder Auslieferungs-URLs dieser Cloud; prüfen Sie den Cloud-Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) reference files: %1. %2 added to the list.</source>
        <translation>
            <numerusform>%n Spalte verweist auf Dateien: %1. %2 zur Liste hinzugefügt.</numerusform>
            <numerusform>%n Spalten verweisen auf Dateien: %1. %2 zur Liste hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::RestoreDialog</name>
    <message>
        <source>Check backups</source>
        <translation>Sicherungen prüfen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore deleted files</source>
        <translation>Gelöschte Dateien wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The originals backed up before deletion, from &lt;tt&gt;%1&lt;/tt&gt;. Checked files are uploaded again with the same public ID and type; Cloudinary gives each a new version number. A file that exists again is never overwritten.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die vor dem Löschen gesicherten Originale aus &lt;tt&gt;%1&lt;/tt&gt;. Angekreuzte Dateien werden mit derselben Public ID und demselben Typ wieder hochgeladen; Cloudinary gibt jeder eine neue Versionsnummer. Eine wieder vorhandene Datei wird nie überschrieben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backed up</source>
        <translation>Gesichert</translation>
    </message>
    <message>
        <source>Public ID</source>
        <translation>Public ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Outcomes appear here, one line per file</source>
        <translation>Ergebnisse erscheinen hier, eine Zeile pro Datei</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n file(s)</source>
        <translation>
            <numerusform>%n Datei wiederherstellen</numerusform>
            <numerusform>%n Dateien wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no backups of %1 yet: files deleted with a backup appear here.</source>
        <translation>Es gibt noch keine Sicherungen von %1: Mit Sicherung gelöschte Dateien erscheinen hier.</translation>
    </message>
    <message>
        <source>Checked: %L1 backups intact, %L2 damaged; nothing was uploaded</source>
        <translation>Geprüft: %L1 Sicherungen intakt, %L2 beschädigt; nichts wurde hochgeladen</translation>
    </message>
    <message>
        <source>Done: %L1 restored, %L2 exist already (left as they are), %L3 failed</source>
        <translation>Fertig: %L1 wiederhergestellt, %L2 schon vorhanden (unverändert gelassen), %L3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ResultsController</name>
    <message>
        <source>There is nothing to export yet: run a scan first</source>
        <translation>Es gibt noch nichts zu exportieren: Starten Sie zuerst einen Scan</translation>
    </message>
    <message>
        <source>Export orphans as CSV</source>
        <translation>Verwaiste Dateien als CSV exportieren</translation>
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
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s) written to %1</source>
        <translation>
            <numerusform>%Ln verwaiste Datei nach %1 geschrieben</numerusform>
            <numerusform>%Ln verwaiste Dateien nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Email summary sent</source>
        <translation>Zusammenfassung per E-Mail gesendet</translation>
    </message>
    <message>
        <source>The email summary was not sent</source>
        <translation>Die Zusammenfassung wurde nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the first %1 of %2 selected files</source>
        <translation>Die ersten %1 von %2 ausgewählten Dateien geöffnet</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted from Cloudinary or already gone; removed from the table</source>
        <translation>
            <numerusform>%n Datei aus Cloudinary gelöscht oder schon weg; aus der Tabelle entfernt</numerusform>
            <numerusform>%n Dateien aus Cloudinary gelöscht oder schon weg; aus der Tabelle entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete marked</source>
        <translation>Markierte löschen</translation>
    </message>
    <message>
        <source>No file is marked for deletion. Select rows in the table and press D to mark them.</source>
        <translation>Keine Datei ist zum Löschen markiert. Zeilen in der Tabelle auswählen und D drücken, um sie zu markieren.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ResultsView</name>
    <message>
        <source>Filter by public ID or folder (Ctrl+F)</source>
        <translation>Nach Public-ID oder Ordner filtern (Strg+F)</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orphan(s)</source>
        <translation>
            <numerusform>%Ln verwaiste Datei</numerusform>
            <numerusform>%Ln verwaiste Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln orphan(s)</source>
        <translation>
            <numerusform>%L1 von %Ln verwaisten Datei</numerusform>
            <numerusform>%L1 von %Ln verwaisten Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a file to preview it</source>
        <translation>Eine Datei auswählen, um sie anzuzeigen</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen …</translation>
    </message>
    <message>
        <source>Uploaded %1</source>
        <translation>Hochgeladen am %1</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Nicht behalten</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Marked for deletion</source>
        <translation>Zum Löschen markiert</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>All decisions</source>
        <translation>Alle Entscheidungen</translation>
    </message>
    <message>
        <source>Show files by decision. On the table: K keep, D mark for deletion, U undecided, N note, Space larger preview</source>
        <translation>Dateien nach Entscheidung zeigen. In der Tabelle: K behalten, D zum Löschen markieren, U offen, N Notiz, Leertaste größere Vorschau</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Mark for deletion</source>
        <translation>Zum Löschen markieren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Larger preview</source>
        <translation>Größere Vorschau</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ReviewController</name>
    <message>
        <source>Decisions cannot be kept: %1</source>
        <translation>Entscheidungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Decisions cannot be read: %1</source>
        <translation>Entscheidungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The decision is shown but not kept: there is no decision store for this account (run a scan first)</source>
        <translation>Die Entscheidung wird angezeigt, aber nicht gespeichert: Für dieses Konto gibt es keinen Entscheidungsspeicher (zuerst einen Scan ausführen)</translation>
    </message>
    <message>
        <source>The decision is shown but not kept: %1</source>
        <translation>Die Entscheidung wird angezeigt, aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message numerus="yes">
        <source>Note on %Ln file(s):</source>
        <translation>
            <numerusform>Notiz zu %Ln Datei:</numerusform>
            <numerusform>Notiz zu %Ln Dateien:</numerusform>
        </translation>
    </message>
    <message>
        <source>Run a scan first: decisions are kept per account</source>
        <translation>Zuerst einen Scan ausführen: Entscheidungen werden pro Konto gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln decision(s) changed</source>
        <translation>
            <numerusform>%1 importiert: %Ln Entscheidung geändert</numerusform>
            <numerusform>%1 importiert: %Ln Entscheidungen geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export decisions</source>
        <translation>Entscheidungen exportieren</translation>
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
        <source>Decisions exported to %1: fill in the decision and note columns, then File → Import decisions</source>
        <translation>Entscheidungen nach %1 exportiert: Spalten decision und note ausfüllen, dann Datei → Entscheidungen importieren</translation>
    </message>
    <message>
        <source>Import decisions</source>
        <translation>Entscheidungen importieren</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanFollowUp</name>
    <message>
        <source>Summary posted to the webhook at %1</source>
        <translation>Zusammenfassung an den Webhook bei %1 gesendet</translation>
    </message>
    <message numerus="yes">
        <source>Incremental scan: %L1 files from the local inventory; %L2 orphan candidates checked again (%n API call(s)), %L3 deleted since</source>
        <translation>
            <numerusform>Inkrementeller Scan: %L1 Dateien aus dem lokalen Bestand; %L2 Kandidaten erneut geprüft (%n API-Aufruf), %L3 inzwischen gelöscht</numerusform>
            <numerusform>Inkrementeller Scan: %L1 Dateien aus dem lokalen Bestand; %L2 Kandidaten erneut geprüft (%n API-Aufrufe), %L3 inzwischen gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory updated: %1</source>
        <translation>Bestand aktualisiert: %1</translation>
    </message>
    <message>
        <source>Inventory left unchanged (the scan did not complete): %1</source>
        <translation>Bestand unverändert (der Scan wurde nicht abgeschlossen): %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>References read: %1</source>
        <translation>Gelesene Referenzen: %1</translation>
    </message>
    <message>
        <source>Estimate for the whole account: %1</source>
        <translation>Schätzung für das ganze Konto: %1</translation>
    </message>
    <message numerus="yes">
        <source>This scan needs about %n hour(s) of API budget and will stop when this hour&apos;s runs out: tick &quot;Wait for the API budget&quot; to let it run, or continue it later with Scan → Resume scan. (%1)</source>
        <translation>
            <numerusform>Dieser Scan braucht etwa %n Stunde API-Budget und hält an, wenn das dieser Stunde aufgebraucht ist: „Auf API-Budget warten“ ankreuzen, damit er durchläuft, oder später mit Scannen → Scan fortsetzen weitermachen. (%1)</numerusform>
            <numerusform>Dieser Scan braucht etwa %n Stunden API-Budget und hält an, wenn das dieser Stunde aufgebraucht ist: „Auf API-Budget warten“ ankreuzen, damit er durchläuft, oder später mit Scannen → Scan fortsetzen weitermachen. (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed: %L1 files came from %n earlier run(s); %L2 of their orphan candidates looked up again, %L3 deleted since</source>
        <translation>
            <numerusform>Fortgesetzt: %L1 Dateien aus %n früheren Lauf; %L2 ihrer Verwaisten-Kandidaten erneut abgefragt, %L3 inzwischen gelöscht</numerusform>
            <numerusform>Fortgesetzt: %L1 Dateien aus %n früheren Läufen; %L2 ihrer Verwaisten-Kandidaten erneut abgefragt, %L3 inzwischen gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited for the API budget %n time(s)</source>
        <translation>
            <numerusform>%n-mal auf das API-Budget gewartet</numerusform>
            <numerusform>%n-mal auf das API-Budget gewartet</numerusform>
        </translation>
    </message>
    <message>
        <source>The scan&apos;s progress is saved: Scan → Resume scan (Ctrl+Shift+R) continues where it stopped</source>
        <translation>Der Fortschritt des Scans ist gespeichert: Scannen → Scan fortsetzen (Strg+Umschalt+R) macht dort weiter, wo er anhielt</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanOptionsPanel</name>
    <message>
        <source>no Cloudinary account yet</source>
        <translation>noch kein Cloudinary-Konto</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2
%n reference column(s)</source>
        <translation>
            <numerusform>%1
%2
%n Verweisspalte</numerusform>
            <numerusform>%1
%2
%n Verweisspalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanProgressWidget</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Listing %1: page %2, %3 files…</source>
        <translation>%1 werden aufgelistet: Seite %2, %3 Dateien …</translation>
    </message>
    <message>
        <source>Querying database… %1 rows</source>
        <translation>Datenbank wird abgefragt … %1 Zeilen</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Wird ausgewertet …</translation>
    </message>
    <message numerus="yes">
        <source>%n API call(s)</source>
        <translation>
            <numerusform>%n API-Aufruf</numerusform>
            <numerusform>%n API-Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 of %2 left</source>
        <translation>, %1 von %2 übrig</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Waiting for the API budget: resumes at %1 (in %2:%3)</source>
        <translation>Warten auf das API-Budget: weiter um %1 (in %2:%3)</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SecretStore</name>
    <message>
        <source>No keyring is available (%1): secrets are kept for this session only and must be entered again next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Geheimnisse werden nur für diese Sitzung behalten und müssen beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SetupWizard</name>
    <message>
        <source>Set up Orphanscope</source>
        <translation>Orphanscope einrichten</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Databases: %1</source>
        <translation>Datenbanken: %1</translation>
    </message>
    <message>
        <source>Reference columns: %1</source>
        <translation>Verweisspalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>A scan lists the files uploaded in the last %n day(s); choose All files beside the results for the whole account.</source>
        <translation>
            <numerusform>Ein Scan listet die am letzten Tag hochgeladenen Dateien; für das ganze Konto neben den Ergebnissen „Alle Dateien“ wählen.</numerusform>
            <numerusform>Ein Scan listet die in den letzten %n Tagen hochgeladenen Dateien; für das ganze Konto neben den Ergebnissen „Alle Dateien“ wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A scan lists every file of the account.</source>
        <translation>Ein Scan listet jede Datei des Kontos.</translation>
    </message>
    <message>
        <source>Not ready to scan yet: %1</source>
        <translation>Noch nicht bereit zum Scannen: %1</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SummaryCards</name>
    <message>
        <source>Files scanned</source>
        <translation>Geprüfte Dateien</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Orphan size</source>
        <translation>Größe der verwaisten</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>The scan failed: %1</source>
        <translation>Der Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>letzter Tag</numerusform>
            <numerusform>letzte %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>whole account</source>
        <translation>ganzes Konto</translation>
    </message>
    <message>
        <source>could be freed</source>
        <translation>könnten frei werden</translation>
    </message>
    <message>
        <source>%1 of %2 left this hour</source>
        <translation>%1 von %2 in dieser Stunde übrig</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>database read %1 s</source>
        <translation>Datenbank gelesen in %1 s</translation>
    </message>
    <message>
        <source>PARTIAL scan (%1): %2. Every orphan shown is real, but files not yet listed were not checked.</source>
        <translation>UNVOLLSTÄNDIGER Scan (%1): %2. Jede angezeigte verwaiste Datei ist echt, aber noch nicht aufgelistete Dateien wurden nicht geprüft.</translation>
    </message>
    <message>
        <source>+%L1 recent</source>
        <translation>+%L1 neu</translation>
    </message>
    <message>
        <source>%L1 ignored</source>
        <translation>%L1 ignoriert</translation>
    </message>
    <message>
        <source>Recent: unreferenced files younger than %1 h, whose row may not be saved yet; not reported. Ignored: files matching an ignore rule; never reported.</source>
        <translation>Neu: nicht referenzierte Dateien, jünger als %1 h, deren Zeile vielleicht noch nicht gespeichert ist; nicht gemeldet. Ignoriert: Dateien, die einer Ignorierregel entsprechen; nie gemeldet.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%L1 marked</source>
        <translation>%L1 markiert</translation>
    </message>
    <message>
        <source>%L1 kept · %L2 undecided</source>
        <translation>%L1 behalten · %L2 offen</translation>
    </message>
    <message>
        <source>On the table: K keep, D mark for deletion, U undecided, N note. Kept files are not reported as orphans by later scans and are never deleted; Edit → Delete marked… deletes the marked ones.</source>
        <translation>In der Tabelle: K behalten, D zum Löschen markieren, U offen, N Notiz. Behaltene Dateien melden spätere Scans nicht als verwaist, und sie werden nie gelöscht; Bearbeiten → Markierte löschen… löscht die markierten.</translation>
    </message>
    <message>
        <source>%L1 kept</source>
        <translation>%L1 behalten</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ThumbnailLoader</name>
    <message>
        <source>No preview for raw files</source>
        <translation>Keine Vorschau für Raw-Dateien</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::Translations</name>
    <message>
        <source>Find and review orphaned files in a Cloudinary account.</source>
        <translation>Verwaiste Dateien in einem Cloudinary-Konto finden und prüfen.</translation>
    </message>
    <message>
        <source>Start a scan as soon as the window opens.</source>
        <translation>Einen Scan starten, sobald das Fenster offen ist.</translation>
    </message>
    <message>
        <source>With --from-environment: scan the whole account.</source>
        <translation>Mit --from-environment: das ganze Konto scannen.</translation>
    </message>
    <message>
        <source>With --from-environment: the types to scan (default image,video).</source>
        <translation>Mit --from-environment: die zu scannenden Typen (Standard image,video).</translation>
    </message>
    <message>
        <source>With --from-environment: a reference column TABLE.COLUMN[:TYPE]; repeatable.</source>
        <translation>Mit --from-environment: eine Referenzspalte TABELLE.SPALTE[:TYP]; wiederholbar.</translation>
    </message>
    <message>
        <source>Show the interface in this language (en, de, fr) this time.</source>
        <translation>Die Oberfläche diesmal in dieser Sprache zeigen (en, de, fr).</translation>
    </message>
    <message>
        <source>Fill the settings from CLOUDINARY_URL, DATABASE_URL and DATABASE_URLS (profile &quot;Environment&quot;); no first-run wizard.</source>
        <translation>Die Einstellungen aus CLOUDINARY_URL, DATABASE_URL und DATABASE_URLS übernehmen (Profil „Environment“); ohne Einrichtungsassistenten.</translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ViewStates</name>
    <message>
        <source>No scan yet</source>
        <translation>Noch kein Scan</translation>
    </message>
    <message>
        <source>A scan lists the account&apos;s files and looks each one up in the database; the files nothing references are shown here, with charts of their sizes. Nothing is changed or deleted.</source>
        <translation>Ein Scan listet die Dateien des Kontos und sucht jede in der Datenbank; Dateien, auf die nichts verweist, erscheinen hier, mit Diagrammen ihrer Größen. Nichts wird geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird gescannt…</translation>
    </message>
    <message>
        <source>The files nothing references appear here when the listing is done; the status bar shows how far it is. Cancel keeps what was found so far.</source>
        <translation>Dateien, auf die nichts verweist, erscheinen hier, sobald die Auflistung fertig ist; die Statusleiste zeigt den Fortschritt. Abbrechen behält, was bis dahin gefunden wurde.</translation>
    </message>
    <message>
        <source>The scan failed</source>
        <translation>Der Scan ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Check the connections (Test connections tells what is wrong), then scan again.</source>
        <translation>%1

Prüfen Sie die Verbindungen („Verbindungen testen“ sagt, was nicht stimmt), dann erneut scannen.</translation>
    </message>
    <message>
        <source>None of the %L1 files listed before the scan stopped is orphaned. Resume the scan to check the rest.</source>
        <translation>Keine der %L1 Dateien, die vor dem Abbruch des Scans gelistet wurden, ist verwaist. Setzen Sie den Scan fort, um den Rest zu prüfen.</translation>
    </message>
    <message>
        <source>Every one of the %L1 files listed is referenced by the database: nothing to clean up.</source>
        <translation>Auf jede der %L1 gelisteten Dateien verweist die Datenbank: nichts aufzuräumen.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) nothing references yet are younger than the minimum age and shown as recent, not as orphans.</source>
        <translation>
            <numerusform>%n Datei, auf die noch nichts verweist, ist jünger als das Mindestalter und wird als neu gezeigt, nicht als verwaist.</numerusform>
            <numerusform>%n Dateien, auf die noch nichts verweist, sind jünger als das Mindestalter und werden als neu gezeigt, nicht als verwaist.</numerusform>
        </translation>
    </message>
    <message>
        <source>No orphans</source>
        <translation>Keine verwaisten Dateien</translation>
    </message>
    <message>
        <source>No orphans to chart</source>
        <translation>Keine verwaisten Dateien für Diagramme</translation>
    </message>
    <message>
        <source>The charts show the orphans&apos; sizes by type and upload month; this scan found none.</source>
        <translation>Die Diagramme zeigen die Größen der verwaisten Dateien nach Typ und Upload-Monat; dieser Scan hat keine gefunden.</translation>
    </message>
    <message>
        <source>None of the %L1 files listed is an orphan.</source>
        <translation>Keine der %L1 gelisteten Dateien ist verwaist.</translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced file(s) match an ignore rule and are never reported.</source>
        <translation>
            <numerusform>%n Datei ohne Verweis passt zu einer Ignorieren-Regel und wird nie gemeldet.</numerusform>
            <numerusform>%n Dateien ohne Verweis passen zu einer Ignorieren-Regel und werden nie gemeldet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Orphans</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Orphans by type (share of bytes)</source>
        <translation>Verwaiste Dateien nach Typ (Anteil der Bytes)</translation>
    </message>
    <message>
        <source>%1: %L2 files, %3</source>
        <translation>%1: %L2 Dateien, %3</translation>
    </message>
    <message>
        <source>Cloudinary needs a cloud name, an API key and an API secret (or paste a CLOUDINARY_URL)</source>
        <translation>Cloudinary braucht einen Cloud-Namen, einen API-Schlüssel und ein API-Secret (oder fügen Sie eine CLOUDINARY_URL ein)</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>Wählen Sie die SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>PostgreSQL needs a database name</source>
        <translation>PostgreSQL braucht einen Datenbanknamen</translation>
    </message>
    <message>
        <source>Add at least one reference column (TABLE.COLUMN:TYPE)</source>
        <translation>Fügen Sie mindestens eine Referenzspalte hinzu (TABELLE.SPALTE:TYP)</translation>
    </message>
    <message>
        <source>Choose at least one resource type to scan</source>
        <translation>Wählen Sie mindestens einen Dateityp zum Scannen</translation>
    </message>
    <message>
        <source>Set the SMTP server in the Email settings (or paste an EMAIL_URL)</source>
        <translation>Tragen Sie den SMTP-Server in den E-Mail-Einstellungen ein (oder fügen Sie eine EMAIL_URL ein)</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Add at least one recipient</source>
        <translation>Fügen Sie mindestens einen Empfänger hinzu</translation>
    </message>
    <message>
        <source>Show or hide</source>
        <translation>Ein- oder ausblenden</translation>
    </message>
    <message>
        <source>MySQL needs a database name</source>
        <translation>MySQL braucht einen Datenbanknamen</translation>
    </message>
    <message>
        <source>Database %1 (%2): %3</source>
        <translation>Datenbank %1 (%2): %3</translation>
    </message>
    <message>
        <source>Add the Django database</source>
        <translation>Fügen Sie die Django-Datenbank hinzu</translation>
    </message>
    <message>
        <source>(new database)</source>
        <translation>(neue Datenbank)</translation>
    </message>
</context>
<context>
    <name>ScanOptionsPanel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connections…</source>
        <translation>Verbindungen…</translation>
    </message>
    <message>
        <source>The Cloudinary account, databases, reference columns, mail server and webhook of this profile (Ctrl+,)</source>
        <translation>Cloudinary-Konto, Datenbanken, Verweisspalten, Mailserver und Webhook dieses Profils (Strg+,)</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Only files uploaded in the last days: listing costs API calls for those alone</source>
        <translation>Nur Dateien der letzten Tage: nur deren Auflistung kostet API-Aufrufe</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Every file in the account: one API call per 500 files and type</source>
        <translation>Jede Datei im Konto: ein API-Aufruf je 500 Dateien und Typ</translation>
    </message>
    <message>
        <source>Types:</source>
        <translation>Typen:</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>List image files (resource type image)</source>
        <translation>Bilddateien auflisten (Ressourcentyp image)</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>List video files (resource type video)</source>
        <translation>Videodateien auflisten (Ressourcentyp video)</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Raw</translation>
    </message>
    <message>
        <source>List raw files, such as PDFs; add a reference column of type raw, or every raw file looks orphaned</source>
        <translation>Raw-Dateien wie PDFs auflisten; fügen Sie eine Referenzspalte vom Typ raw hinzu, sonst wirkt jede Raw-Datei verwaist</translation>
    </message>
    <message>
        <source>Listing:</source>
        <translation>Auflisten:</translation>
    </message>
    <message>
        <source>&quot;Only new files&quot; keeps a list of the account on this computer and asks Cloudinary only for files uploaded since the last scan, plus one call per 100 orphan candidates to check they still exist. The first such scan lists everything.</source>
        <translation>„Nur neue Dateien“ hält eine Liste des Kontos auf diesem Rechner und fragt Cloudinary nur nach Dateien, die seit dem letzten Scan hochgeladen wurden, dazu ein Aufruf je 100 Kandidaten, um zu prüfen, ob sie noch existieren. Der erste solche Scan listet alles.</translation>
    </message>
    <message>
        <source>Everything, every time</source>
        <translation>Jedes Mal alles</translation>
    </message>
    <message>
        <source>Only new files (local inventory)</source>
        <translation>Nur neue Dateien (lokaler Bestand)</translation>
    </message>
    <message>
        <source>Everything, rebuilding the inventory</source>
        <translation>Alles, Bestand neu aufbauen</translation>
    </message>
    <message>
        <source>Slices per type, pause per call:</source>
        <translation>Abschnitte je Typ, Pause je Aufruf:</translation>
    </message>
    <message>
        <source>List each type in this many slices of upload time at once (Search API): much faster over a real network, for at most one extra API call per slice and type</source>
        <translation>Jeden Typ in so vielen Zeitabschnitten gleichzeitig auflisten (Search API): über ein echtes Netz viel schneller, für höchstens einen zusätzlichen API-Aufruf je Abschnitt und Typ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A polite pause between API calls; 0 lists as fast as Cloudinary answers</source>
        <translation>Eine höfliche Pause zwischen API-Aufrufen; 0 listet so schnell, wie Cloudinary antwortet</translation>
    </message>
    <message>
        <source>Wait for the API budget</source>
        <translation>Auf API-Budget warten</translation>
    </message>
    <message>
        <source>When the hourly API budget is spent, wait for the next hour and go on instead of stopping: an account too big for one hour&apos;s budget is scanned whole, unattended</source>
        <translation>Ist das stündliche API-Budget aufgebraucht, auf die nächste Stunde warten und weitermachen statt anzuhalten: ein Konto, zu groß für das Budget einer Stunde, wird unbeaufsichtigt ganz gescannt</translation>
    </message>
    <message>
        <source>Ignore:</source>
        <translation>Ignorieren:</translation>
    </message>
    <message>
        <source>Files never reported or deleted: globs on public ids or folders, separated by spaces. * stays within a folder, ** crosses folders</source>
        <translation>Dateien, die nie gemeldet oder gelöscht werden: Muster für Public-IDs oder Ordner, durch Leerzeichen getrennt. * bleibt in einem Ordner, ** geht über Ordner hinweg</translation>
    </message>
    <message>
        <source>Minimum age:</source>
        <translation>Mindestalter:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>An unreferenced file younger than this is shown as recent, not as an orphan: the row that refers to it may not be saved yet</source>
        <translation>Eine nicht referenzierte Datei, die jünger ist, gilt als neu, nicht als verwaist: Die Zeile, die auf sie verweist, ist vielleicht noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SetupCloudinaryPage</name>
    <message>
        <source>The Cloudinary account</source>
        <translation>Das Cloudinary-Konto</translation>
    </message>
    <message>
        <source>Paste the API environment variable from the Cloudinary console (Dashboard → API Keys), or type the cloud name, API key and secret. The secret is kept in the keyring.</source>
        <translation>Fügen Sie die API-Umgebungsvariable aus der Cloudinary-Konsole ein (Dashboard → API Keys) oder tippen Sie Cloud-Namen, API-Schlüssel und Secret. Das Secret wird im Schlüsselbund aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SetupDatabasePage</name>
    <message>
        <source>The site&apos;s database</source>
        <translation>Die Datenbank der Website</translation>
    </message>
    <message>
        <source>The database of the Django site (DATABASES in settings.py): PostgreSQL, MySQL/MariaDB or an SQLite file. It is only read. Add the site&apos;s other databases with +.</source>
        <translation>Die Datenbank der Django-Website (DATABASES in settings.py): PostgreSQL, MySQL/MariaDB oder eine SQLite-Datei. Sie wird nur gelesen. Weitere Datenbanken der Website mit + hinzufügen.</translation>
    </message>
</context>
<context>
    <name>SetupFinishPage</name>
    <message>
        <source>Save and scan</source>
        <translation>Speichern und scannen</translation>
    </message>
    <message>
        <source>The profile keeps these settings; Settings → Connections… changes them later.</source>
        <translation>Das Profil behält diese Einstellungen; Einstellungen → Verbindungen… ändert sie später.</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>production</source>
        <translation>produktion</translation>
    </message>
    <message>
        <source>One profile per site or environment: production, staging…</source>
        <translation>Ein Profil je Website oder Umgebung: Produktion, Staging…</translation>
    </message>
    <message>
        <source>Scan the account when I click Finish</source>
        <translation>Das Konto scannen, wenn ich auf Fertigstellen klicke</translation>
    </message>
</context>
<context>
    <name>SetupReferencesPage</name>
    <message>
        <source>Where the site refers to files</source>
        <translation>Wo die Website auf Dateien verweist</translation>
    </message>
    <message>
        <source>The columns holding CloudinaryField values or delivery URLs. Detect samples the text columns, Discover reads each one once. A file none of them refers to counts as an orphan.</source>
        <translation>Die Spalten mit CloudinaryField-Werten oder Auslieferungs-URLs. Erkennen prüft Stichproben der Textspalten, Entdecken liest jede einmal. Eine Datei, auf die keine davon verweist, gilt als verwaist.</translation>
    </message>
</context>
</TS>
