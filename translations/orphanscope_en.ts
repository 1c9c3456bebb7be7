<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Orphanscope::Gui::BrokenReferencesView</name>
    <message numerus="yes">
        <source>%n database value(s) point to files Cloudinary does not have: broken images or videos on the site.</source>
        <translation>
            <numerusform>%n database value points to a file Cloudinary does not have: a broken image or video on the site.</numerusform>
            <numerusform>%n database values point to files Cloudinary does not have: broken images or videos on the site.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::DeleteDialog</name>
    <message numerus="yes">
        <source>delete %n file(s)</source>
        <translation>
            <numerusform>delete %n file</numerusform>
            <numerusform>delete %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%n file(s), %1&lt;/b&gt;, will be deleted from Cloudinary. Each original is downloaded to &lt;tt&gt;%3&lt;/tt&gt; first, and only files whose backup is complete are deleted.&lt;/p&gt;&lt;p&gt;Just before, each file is checked again: a file a database row refers to now, a file decided to keep, a file younger than the minimum age and a file matching an ignore rule are skipped. Every outcome is appended to the audit log &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%n file, %1&lt;/b&gt;, will be deleted from Cloudinary. Its original is downloaded to &lt;tt&gt;%3&lt;/tt&gt; first, and only files whose backup is complete are deleted.&lt;/p&gt;&lt;p&gt;Just before, each file is checked again: a file a database row refers to now, a file decided to keep, a file younger than the minimum age and a file matching an ignore rule are skipped. Every outcome is appended to the audit log &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%n files, %1&lt;/b&gt;, will be deleted from Cloudinary. Each original is downloaded to &lt;tt&gt;%3&lt;/tt&gt; first, and only files whose backup is complete are deleted.&lt;/p&gt;&lt;p&gt;Just before, each file is checked again: a file a database row refers to now, a file decided to keep, a file younger than the minimum age and a file matching an ignore rule are skipped. Every outcome is appended to the audit log &lt;tt&gt;%2&lt;/tt&gt;.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backed up %Ln original(s) (%1) in %2</source>
        <translation>
            <numerusform>Backed up %Ln original (%1) in %2</numerusform>
            <numerusform>Backed up %Ln originals (%1) in %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::EmailDialog</name>
    <message numerus="yes">
        <source>%1 (%Ln orphan(s))</source>
        <translation>
            <numerusform>%1 (%Ln orphan)</numerusform>
            <numerusform>%1 (%Ln orphans)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::LogPanel</name>
    <message numerus="yes">
        <source>Log (%n warning(s))</source>
        <translation>
            <numerusform>Log (%n warning)</numerusform>
            <numerusform>Log (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::MainWindow</name>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan complete: %n orphan(s)</source>
        <translation>
            <numerusform>Scan complete: %n orphan</numerusform>
            <numerusform>Scan complete: %n orphans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ReferencesForm</name>
    <message numerus="yes">
        <source>Found %n column(s): %1. %2 added to the list.</source>
        <translation>
            <numerusform>Found %n column: %1. %2 added to the list.</numerusform>
            <numerusform>Found %n columns: %1. %2 added to the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n text column(s) holds CloudinaryField values or delivery URLs of this cloud; check the cloud name</source>
        <translation>
            <numerusform>None of the %n text column holds CloudinaryField values or delivery URLs of this cloud; check the cloud name</numerusform>
            <numerusform>None of the %n text columns holds CloudinaryField values or delivery URLs of this cloud; check the cloud name</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) reference files: %1. %2 added to the list.</source>
        <translation>
            <numerusform>%n column references files: %1. %2 added to the list.</numerusform>
            <numerusform>%n columns reference files: %1. %2 added to the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::RestoreDialog</name>
    <message numerus="yes">
        <source>Restore %n file(s)</source>
        <translation>
            <numerusform>Restore %n file</numerusform>
            <numerusform>Restore %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ResultsController</name>
    <message numerus="yes">
        <source>%Ln orphan(s) written to %1</source>
        <translation>
            <numerusform>%Ln orphan written to %1</numerusform>
            <numerusform>%Ln orphans written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n line(s)</source>
        <translation>
            <numerusform>Copied %n line</numerusform>
            <numerusform>Copied %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) deleted from Cloudinary or already gone; removed from the table</source>
        <translation>
            <numerusform>%n file deleted from Cloudinary or already gone; removed from the table</numerusform>
            <numerusform>%n files deleted from Cloudinary or already gone; removed from the table</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ResultsView</name>
    <message numerus="yes">
        <source>%Ln orphan(s)</source>
        <translation>
            <numerusform>%Ln orphan</numerusform>
            <numerusform>%Ln orphans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln orphan(s)</source>
        <translation>
            <numerusform>%L1 of %Ln orphan</numerusform>
            <numerusform>%L1 of %Ln orphans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ReviewController</name>
    <message numerus="yes">
        <source>Note on %Ln file(s):</source>
        <translation>
            <numerusform>Note on %Ln file:</numerusform>
            <numerusform>Note on %Ln files:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln decision(s) changed</source>
        <translation>
            <numerusform>Imported %1: %Ln decision changed</numerusform>
            <numerusform>Imported %1: %Ln decisions changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanFollowUp</name>
    <message numerus="yes">
        <source>Incremental scan: %L1 files from the local inventory; %L2 orphan candidates checked again (%n API call(s)), %L3 deleted since</source>
        <translation>
            <numerusform>Incremental scan: %L1 files from the local inventory; %L2 orphan candidates checked again (%n API call), %L3 deleted since</numerusform>
            <numerusform>Incremental scan: %L1 files from the local inventory; %L2 orphan candidates checked again (%n API calls), %L3 deleted since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This scan needs about %n hour(s) of API budget and will stop when this hour's runs out: tick "Wait for the API budget" to let it run, or continue it later with Scan → Resume scan. (%1)</source>
        <translation>
            <numerusform>This scan needs about %n hour of API budget and will stop when this hour's runs out: tick "Wait for the API budget" to let it run, or continue it later with Scan → Resume scan. (%1)</numerusform>
            <numerusform>This scan needs about %n hours of API budget and will stop when this hour's runs out: tick "Wait for the API budget" to let it run, or continue it later with Scan → Resume scan. (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resumed: %L1 files came from %n earlier run(s); %L2 of their orphan candidates looked up again, %L3 deleted since</source>
        <translation>
            <numerusform>Resumed: %L1 files came from %n earlier run; %L2 of their orphan candidates looked up again, %L3 deleted since</numerusform>
            <numerusform>Resumed: %L1 files came from %n earlier runs; %L2 of their orphan candidates looked up again, %L3 deleted since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waited for the API budget %n time(s)</source>
        <translation>
            <numerusform>Waited for the API budget once</numerusform>
            <numerusform>Waited for the API budget %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanOptionsPanel</name>
    <message numerus="yes">
        <source>%1
%2
%n reference column(s)</source>
        <translation>
            <numerusform>%1
%2
%n reference column</numerusform>
            <numerusform>%1
%2
%n reference columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ScanProgressWidget</name>
    <message numerus="yes">
        <source>%n API call(s)</source>
        <translation>
            <numerusform>%n API call</numerusform>
            <numerusform>%n API calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SetupWizard</name>
    <message numerus="yes">
        <source>A scan lists the files uploaded in the last %n day(s); choose All files beside the results for the whole account.</source>
        <translation>
            <numerusform>A scan lists the files uploaded in the last %n day; choose All files beside the results for the whole account.</numerusform>
            <numerusform>A scan lists the files uploaded in the last %n days; choose All files beside the results for the whole account.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::SummaryCards</name>
    <message numerus="yes">
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Orphanscope::Gui::ViewStates</name>
    <message numerus="yes">
        <source>%n file(s) nothing references yet are younger than the minimum age and shown as recent, not as orphans.</source>
        <translation>
            <numerusform>%n file nothing references yet is younger than the minimum age and shown as recent, not as orphans.</numerusform>
            <numerusform>%n files nothing references yet are younger than the minimum age and shown as recent, not as orphans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced file(s) match an ignore rule and are never reported.</source>
        <translation>
            <numerusform>%n unreferenced file matches an ignore rule and is never reported.</numerusform>
            <numerusform>%n unreferenced files match an ignore rule and are never reported.</numerusform>
        </translation>
    </message>
</context>
</TS>