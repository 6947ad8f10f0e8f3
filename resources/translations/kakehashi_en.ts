<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupStatus</name>
    <message numerus="yes">
        <location filename="../../ui/backup_status.py" line="81"/>
        <source>Last backup %n day(s) ago — back up now</source>
        <translation>
            <numerusform>Last backup %n day ago — back up now</numerusform>
            <numerusform>Last backup %n days ago — back up now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="236"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message numerus="yes">
        <location filename="../../ui/recovery_key_page.py" line="98"/>
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
