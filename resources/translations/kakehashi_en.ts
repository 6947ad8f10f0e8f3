<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>BackupStatus</name>
        <message numerus="yes">
            <location filename="../../ui/backup_status.py" line="81" />
            <source>Last backup %n day(s) ago — back up now</source>
            <translation>
                <numerusform>Last backup %n day ago — back up now</numerusform>
                <numerusform>Last backup %n days ago — back up now</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CompaniesView</name>
        <message numerus="yes">
            <location filename="../../ui/companies_view.py" line="560" />
            <source>Companies: %n</source>
            <translation>
                <numerusform>Companies: %n</numerusform>
                <numerusform>Companies: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeskSettingsDialog</name>
        <message numerus="yes">
            <location filename="../../ui/desk_settings_dialog.py" line="38" />
            <source>After %n minute(s)</source>
            <translation>
                <numerusform>After %n minute</numerusform>
                <numerusform>After %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/desk_settings_dialog.py" line="43" />
            <source>After %n second(s)</source>
            <translation>
                <numerusform>After %n second</numerusform>
                <numerusform>After %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisclosureHistory</name>
        <message numerus="yes">
            <location filename="../../ui/disclosure_history.py" line="451" />
            <source>The log's chain is intact: %n record(s) checked.</source>
            <translation>
                <numerusform>The log's chain is intact: %n record checked.</numerusform>
                <numerusform>The log's chain is intact: %n records checked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/disclosure_history.py" line="486" />
            <source>Hidden by the scanner: %n</source>
            <translation>
                <numerusform>Hidden by the scanner: %n</numerusform>
                <numerusform>Hidden by the scanner: %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DossierEditor</name>
        <message numerus="yes">
            <location filename="../../ui/editor/dossier_editor.py" line="580" />
            <source>Not saved: %n problem(s) to correct.</source>
            <translation>
                <numerusform>Not saved: %n problem to correct.</numerusform>
                <numerusform>Not saved: %n problems to correct.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DossierListView</name>
        <message numerus="yes">
            <location filename="../../ui/dossier_list_view.py" line="354" />
            <source>%1 of %Ln dossier(s)</source>
            <translation>
                <numerusform>%1 of %Ln dossier</numerusform>
                <numerusform>%1 of %Ln dossiers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dossier_list_view.py" line="358" />
            <source>%Ln dossier(s)</source>
            <translation>
                <numerusform>%Ln dossier</numerusform>
                <numerusform>%Ln dossiers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../ui/export_dialog.py" line="515" />
            <source>%n candidate(s) ready to export</source>
            <translation>
                <numerusform>%n candidate ready to export</numerusform>
                <numerusform>%n candidates ready to export</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportSummaryDialog</name>
        <message numerus="yes">
            <location filename="../../ui/export_summary.py" line="47" />
            <source>The booklet is written: %n candidate(s)</source>
            <translation>
                <numerusform>The booklet is written: %n candidate</numerusform>
                <numerusform>The booklet is written: %n candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_summary.py" line="49" />
            <source>%n profile(s) written</source>
            <translation>
                <numerusform>%n profile written</numerusform>
                <numerusform>%n profiles written</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="400" />
            <source>%n dossier(s)</source>
            <translation>
                <numerusform>%n dossier</numerusform>
                <numerusform>%n dossiers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MarkedTextEdit</name>
        <message numerus="yes">
            <location filename="../../ui/editor/marked_text.py" line="277" />
            <source>%n passage(s) marked never share</source>
            <translation>
                <numerusform>%n passage marked never share</numerusform>
                <numerusform>%n passages marked never share</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editor/marked_text.py" line="315" />
            <source>%n passage(s) never shared</source>
            <translation>
                <numerusform>%n passage never shared</numerusform>
                <numerusform>%n passages never shared</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message numerus="yes">
            <location filename="../../ui/recovery_key_page.py" line="137" />
            <source>Copied. The clipboard is cleared in %n seconds.</source>
            <translation>
                <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
                <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
</TS>
