<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>BackupFileField</name>
        <message>
            <location filename="../../ui/restore_dialog.py" line="75" />
            <source>Kakehashi backups (*%1);;All files (*)</source>
            <translation>Kakehashi バックアップ (*%1);;すべてのファイル (*)</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsDialog</name>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="117" />
            <source>Choose a folder for the automatic backups.</source>
            <extracomment>The settings are saved in the vault: the state as the vault now has it.</extracomment>
            <translation>自動バックアップの保存先フォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="123" />
            <source>This folder does not exist. Is the USB stick in?</source>
            <translation>このフォルダーは存在しません。USB メモリーは差し込まれていますか？</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="127" />
            <source>Saving…</source>
            <translation>保存しています…</translation>
        </message>
    </context>
    <context>
        <name>BackupSettingsPage</name>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="30" />
            <source>Backup settings</source>
            <translation>バックアップの設定</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="33" />
            <source>A backup is one encrypted file: it opens with this vault's passphrases or its recovery key, and with nothing else. Keep backups away from this computer, for example on a USB stick.</source>
            <translation>バックアップは暗号化された1つのファイルで、この保管庫のパスフレーズか回復キーでしか開けません。USB メモリーなど、このコンピューターとは別の場所に保管してください。</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="39" />
            <source>Choose the folder for automatic backups</source>
            <translation>自動バックアップの保存先フォルダーを選択</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="40" />
            <source>Backup folder</source>
            <translation>バックアップの保存先フォルダー</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="70" />
            <source>Backup &amp;folder:</source>
            <translation>保存先フォルダー(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="44" />
            <source>Number of automatic backups to keep</source>
            <translation>残しておく自動バックアップの数</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="46" />
            <source>Keep the last %1 automatic backups</source>
            <translation>自動バックアップを新しいものから %1 個残す</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="59" />
            <source>Back up automatically when the vault locks and when Kakehashi quits</source>
            <translation>保管庫のロック時と Kakehashi の終了時に自動でバックアップする</translation>
        </message>
        <message>
            <location filename="../../ui/backup_settings_dialog.py" line="63" />
            <source>Each automatic backup is a new file named after the date; the oldest beyond this number are deleted from the folder. Backups made with Back up now… are never deleted.</source>
            <translation>自動バックアップは、そのたびに日時の入った名前の新しいファイルになります。この数を超えた古いものはフォルダーから削除されます。「今すぐバックアップ」で作成したバックアップは削除されません。</translation>
        </message>
    </context>
    <context>
        <name>BackupStatus</name>
        <message>
            <location filename="../../ui/backup_status.py" line="38" />
            <source>Last backup</source>
            <translation>最終バックアップ</translation>
        </message>
        <message>
            <location filename="../../ui/backup_status.py" line="73" />
            <source>Back up now from the File menu; automatic backups on lock and on quit are set in its Backup settings.</source>
            <translation>「ファイル」メニューの「今すぐバックアップ」でバックアップできます。ロック時と終了時の自動バックアップは、同じメニューの「バックアップの設定」で設定します。</translation>
        </message>
        <message>
            <location filename="../../ui/backup_status.py" line="77" />
            <source>No backup yet — back up now</source>
            <translation>まだバックアップがありません — 今すぐバックアップしてください</translation>
        </message>
        <message>
            <location filename="../../ui/backup_status.py" line="78" />
            <source>No good backup of this vault has been made yet.</source>
            <translation>この保管庫の正常なバックアップは、まだ作成されていません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/backup_status.py" line="81" />
            <source>Last backup %n day(s) ago — back up now</source>
            <translation>
                <numerusform>最終バックアップは %n 日前です — 今すぐバックアップしてください</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/backup_status.py" line="82" />
            <source>The last good backup was made on %1, more than a week ago.</source>
            <translation>最後の正常なバックアップは %1 に作成されました。1週間以上前です。</translation>
        </message>
        <message>
            <location filename="../../ui/backup_status.py" line="86" />
            <source>Last backup: %1</source>
            <translation>最終バックアップ: %1</translation>
        </message>
        <message>
            <location filename="../../ui/backup_status.py" line="87" />
            <source>The last good backup was made on %1.</source>
            <translation>最後の正常なバックアップは %1 に作成されました。</translation>
        </message>
    </context>
    <context>
        <name>ChooseBackupPage</name>
        <message>
            <location filename="../../ui/restore_dialog.py" line="87" />
            <source>Restore from a backup</source>
            <translation>バックアップから復元</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="90" />
            <source>Choose a backup file and type a passphrase or the recovery key that opens it. The whole backup is checked first, and you see what it holds before anything is written.</source>
            <translation>バックアップファイルを選び、それを開けるパスフレーズか回復キーを入力してください。まずバックアップ全体を検査し、何かを書き込む前にその内容を確認できます。</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="95" />
            <source>Choose a backup file</source>
            <translation>バックアップファイルを選択</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="96" />
            <source>Browse for a backup file</source>
            <translation>バックアップファイルを参照</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="97" />
            <source>Backup file</source>
            <translation>バックアップファイル</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="99" />
            <source>Passphrase or recovery key of the backup</source>
            <translation>バックアップのパスフレーズまたは回復キー</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="100" />
            <source>Passphrase or recovery key</source>
            <translation>パスフレーズまたは回復キー</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="104" />
            <source>Backup &amp;file:</source>
            <translation>バックアップファイル(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="105" />
            <source>&amp;Passphrase:</source>
            <translation>パスフレーズ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="107" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="108" />
            <source>Check the backup</source>
            <translation>バックアップを検査</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="128" />
            <source>Choose the backup file.</source>
            <translation>バックアップファイルを選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="132" />
            <source>Enter a passphrase or the recovery key of the backup.</source>
            <translation>バックアップのパスフレーズまたは回復キーを入力してください。</translation>
        </message>
    </context>
    <context>
        <name>ClassBadge</name>
        <message>
            <location filename="../../ui/editor/field_class.py" line="23" />
            <source>Identifying</source>
            <extracomment>Class → (word, what it means), translated when shown.</extracomment>
            <translation>個人特定情報</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="24" />
            <source>Never leaves the vault; also searched for in shared text</source>
            <translation>保管庫の外には出ません。共有する文章の中でも検出されます</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="26" />
            <source>Restricted</source>
            <translation>非公開</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="27" />
            <source>Never leaves the vault</source>
            <translation>保管庫の外には出ません</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="28" />
            <source>Quasi-identifying</source>
            <translation>準特定情報</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="29" />
            <source>Shared only generalized, and counted in the re-identification check</source>
            <translation>一般化した形でのみ共有され、再識別チェックの対象になります</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="31" />
            <source>Shareable</source>
            <translation>共有可</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="32" />
            <source>May be on a profile, after scanning and review</source>
            <translation>検査と確認のあとでプロフィールに載ることがあります</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="106" />
            <source>%1 (this dossier)</source>
            <extracomment>Background colours, dark enough for white text (WCAG AA at the badge's size). The caseworker chose a class for this dossier (a class), or the default (None).</extracomment>
            <translation>%1（このケース記録）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="115" />
            <source>Field class: %1</source>
            <translation>項目の区分: %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="118" />
            <source>Moved for this dossier; by default: %1</source>
            <translation>このケース記録だけ変更されています。標準の区分: %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="124" />
            <source>Never share this for this dossier (Restricted)</source>
            <translation>このケース記録では共有しない（非公開）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/field_class.py" line="127" />
            <source>Back to the default (%1)</source>
            <translation>標準に戻す（%1）</translation>
        </message>
    </context>
    <context>
        <name>CompaniesView</name>
        <message>
            <location filename="../../ui/companies_view.py" line="119" />
            <source>This company has unsaved changes. Discard them?</source>
            <extracomment>Contact columns, in the order of the editor's table.</extracomment>
            <translation>この企業には保存していない変更があります。変更を破棄しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="129" />
            <source>Delete “%1”?</source>
            <translation>「%1」を削除しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="132" />
            <source>Its contacts and notes are removed from the vault. The disclosure log keeps the record of the %n profile(s) sent to it: that history cannot be deleted.</source>
            <translation>担当者とメモは保管庫から削除されます。この企業に送った %n 件のプロフィールの記録は開示記録に残ります。この履歴は削除できません。</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="136" />
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="347" />
            <source>Filter by name, sector or prefecture</source>
            <extracomment>A company was added, renamed, changed or deleted (the export dialog's list may refresh). The list has been read and shown (or failed to), on the GUI thread. A company has been read into the editor. A save or a delete has ended, well or not.</extracomment>
            <translation>企業名・業種・都道府県で絞り込み</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="349" />
            <source>Filter companies</source>
            <translation>企業の絞り込み</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="350" />
            <source>&amp;Find:</source>
            <translation>検索(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="357" />
            <source>Companies</source>
            <translation>企業</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="387" />
            <location filename="../../ui/companies_view.py" line="391" />
            <source>Unsaved changes</source>
            <translation>未保存の変更があります</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="395" />
            <source>Company name</source>
            <translation>企業名</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="400" />
            <source>Sector</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="401" />
            <source>e.g. logistics, manufacturing, food</source>
            <translation>例: 物流、製造、食品</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="407" />
            <source>Prefecture</source>
            <translation>都道府県</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="409" />
            <source>&amp;Add contact</source>
            <translation>担当者を追加(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="410" />
            <source>Re&amp;move contact</source>
            <translation>担当者を削除(&amp;M)</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="412" />
            <source>Notes about the company</source>
            <translation>企業についてのメモ</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="420" />
            <source>&amp;Name:</source>
            <translation>企業名(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="422" />
            <source>&amp;Sector:</source>
            <translation>業種(&amp;S):</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="423" />
            <source>&amp;Prefecture:</source>
            <translation>都道府県(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="434" />
            <source>C&amp;ontacts:</source>
            <translation>担当者(&amp;O):</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="435" />
            <source>No&amp;tes:</source>
            <translation>メモ(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="437" />
            <source>&amp;New</source>
            <translation>新規(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="437" />
            <location filename="../../ui/companies_view.py" line="706" />
            <source>New company</source>
            <translation>新しい企業</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="438" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="438" />
            <source>Save the company</source>
            <translation>企業を保存</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="439" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="439" />
            <source>Delete the company</source>
            <translation>企業を削除</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="440" />
            <source>New company (Ctrl+N)</source>
            <translation>新しい企業 (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="441" />
            <source>Save (Ctrl+S)</source>
            <translation>保存 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="463" />
            <source>Profiles sent to this company</source>
            <translation>この企業に送ったプロフィール</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/companies_view.py" line="560" />
            <source>Companies: %n</source>
            <translation>
                <numerusform>企業: %n 社</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="595" />
            <source>No companies yet. Fill in the form and save it to add the first one.</source>
            <translation>まだ企業が登録されていません。右のフォームに入力して保存すると、最初の企業を追加できます。</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="597" />
            <source>No company matches the filter.</source>
            <translation>条件に合う企業はありません。</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="712" />
            <source>— not set —</source>
            <translation>― 未設定 ―</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="753" />
            <source>Renaming keeps the company's history and candidate codes. A consent given for “%1” only will not cover “%2”.</source>
            <translation>名前を変えても、この企業の履歴と候補者コードはそのまま残ります。ただし「%1」だけを対象とした同意は「%2」には適用されません。</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="808" />
            <source>Give the company a name.</source>
            <translation>企業名を入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="847" />
            <source>Another company is already called “%1” (names are compared without regard to case or spaces). Choose a different name; nothing was saved.</source>
            <translation>「%1」という名前の企業はすでにあります（大文字・小文字や空白の違いは区別しません）。別の名前にしてください。何も保存されていません。</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="855" />
            <source>This company is no longer in the vault; nothing was saved. Save again to add it as a new company.</source>
            <translation>この企業はすでに保管庫にありません。何も保存されていません。もう一度保存すると新しい企業として追加します。</translation>
        </message>
    </context>
    <context>
        <name>CompanyTableModel</name>
        <message>
            <location filename="../../ui/companies_view.py" line="214" />
            <source>Name</source>
            <extracomment>A value to sort by (numbers as numbers).</extracomment>
            <translation>企業名</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="214" />
            <source>Sector</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="214" />
            <source>Prefecture</source>
            <translation>都道府県</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="215" />
            <source>Sent</source>
            <translation>送付数</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="217" />
            <source>Profiles sent to this company</source>
            <translation>この企業に送ったプロフィールの数</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="113" />
            <source>Record consent — Kakehashi</source>
            <extracomment>The consent is stored (its id).</extracomment>
            <translation>同意の記録 — Kakehashi</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="121" />
            <source>&amp;Any company</source>
            <translation>すべての企業(&amp;A)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="122" />
            <source>Only &amp;this company:</source>
            <translation>この企業のみ(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="128" />
            <source>Company the consent is limited to</source>
            <translation>同意の対象とする企業</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="133" />
            <source>No companies in the vault yet</source>
            <translation>保管庫にはまだ企業が登録されていません</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="138" />
            <source>&amp;Expires on:</source>
            <translation>有効期限(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="142" />
            <source>Expiry date</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="163" />
            <source>&amp;Purpose:</source>
            <translation>目的(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="164" />
            <source>Scope:</source>
            <translation>対象:</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="165" />
            <source>&amp;Given on:</source>
            <translation>同意日(&amp;G):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="167" />
            <source>&amp;Method:</source>
            <translation>方法(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="186" />
            <source>Record a consent</source>
            <translation>同意を記録</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="208" />
            <source>The expiry date is before the date the consent was given.</source>
            <translation>有効期限が同意日より前になっています。</translation>
        </message>
    </context>
    <context>
        <name>ConsentsPanel</name>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="57" />
            <source>Keep this dossier</source>
            <extracomment>Text colours of the states, dark enough on a light background (WCAG AA).</extracomment>
            <translation>ケース記録の保管</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="58" />
            <source>Share an anonymized profile</source>
            <translation>匿名化プロフィールの共有</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="61" />
            <source>Share identity</source>
            <translation>身元情報の共有</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="62" />
            <source>Use the photo</source>
            <translation>写真の使用</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="68" />
            <source>Written (signed form)</source>
            <translation>書面（署名済みの用紙）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="69" />
            <source>Verbal</source>
            <translation>口頭</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="70" />
            <source>Digital</source>
            <translation>電子</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="76" />
            <source>Any company</source>
            <translation>すべての企業</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="83" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="85" />
            <source>Withdrawn on %1</source>
            <translation>%1 に撤回</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="86" />
            <source>Expired on %1</source>
            <translation>%1 に期限切れ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="87" />
            <source>Applies from %1</source>
            <translation>%1 から有効</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="258" />
            <source>Consents</source>
            <extracomment>A consent was recorded or withdrawn (the dossier list may refresh its row). The table was read (again) and is shown. "Today" for states and withdrawals (tests may set it).</extracomment>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="260" />
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="260" />
            <source>Scope</source>
            <translation>対象</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="260" />
            <source>Given on</source>
            <translation>同意日</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="260" />
            <source>Expires on</source>
            <translation>有効期限</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="261" />
            <source>Withdrawn on</source>
            <translation>撤回日</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="261" />
            <source>Method</source>
            <translation>方法</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="261" />
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="275" />
            <source>No consent recorded. A profile can be shared only under a consent to share an anonymized profile that is in force.</source>
            <translation>同意は記録されていません。プロフィールを共有できるのは、匿名化プロフィールの共有について有効な同意がある場合だけです。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="287" />
            <source>&amp;Record consent…</source>
            <translation>同意を記録(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="288" />
            <source>&amp;Withdraw…</source>
            <translation>撤回(&amp;W)…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="290" />
            <source>The person withdrew the selected consent today (it stays in the history)</source>
            <translation>選択した同意を本人が本日撤回したものとして記録します（履歴には残ります）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="450" />
            <source>Withdraw this consent?</source>
            <translation>この同意を撤回しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="455" />
            <source>%1 — %2, given on %3.</source>
            <translation>%1 — %2（%3 に同意）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="462" />
            <source>It is marked withdrawn on %1 and stays in the history. Nothing is shared under it from then on. This cannot be undone: if the person agrees again, record a new consent.</source>
            <translation>%1 に撤回したものとして記録され、履歴には残ります。以後、この同意に基づいて共有されることはありません。元に戻すことはできません。本人が改めて同意した場合は、新しい同意を記録してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/consents_panel.py" line="466" />
            <source>&amp;Withdraw</source>
            <translation>撤回する(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>ContactsTable</name>
        <message>
            <location filename="../../ui/companies_view.py" line="278" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="278" />
            <source>Role</source>
            <translation>役職</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="278" />
            <source>Email</source>
            <translation>メール</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="278" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/companies_view.py" line="280" />
            <source>Contacts at the company</source>
            <translation>企業の担当者</translation>
        </message>
    </context>
    <context>
        <name>CoreMessages</name>
        <message>
            <location filename="../../ui/messages.py" line="20" />
            <source>wrong passphrase or recovery key</source>
            <extracomment>Messages the core raises with fixed text, verbatim.</extracomment>
            <translation>パスフレーズまたは回復キーが正しくありません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="21" />
            <source>wrong recovery key</source>
            <translation>回復キーが正しくありません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="22" />
            <source>the recovery key is mistyped: its check characters do not match</source>
            <translation>回復キーの入力に誤りがあります（チェック用の文字が一致しません）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>the vault is in use by another process</source>
            <translation>この保管庫は別のプログラムで使用中です。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="26" />
            <source>the vault's key envelope is damaged (both copies)</source>
            <translation>保管庫の鍵情報ファイルが壊れています（2つのコピーの両方）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="27" />
            <source>the vault's key envelope is missing (both copies)</source>
            <translation>保管庫の鍵情報ファイルが見つかりません（2つのコピーの両方）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>the key envelope has been altered (its MAC does not match)</source>
            <translation>鍵情報ファイルが改変されています（MAC が一致しません）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="31" />
            <source>the two copies of the key envelope belong to different vaults</source>
            <translation>鍵情報ファイルの2つのコピーが、別々の保管庫のものです。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="34" />
            <source>a passphrase must have at least 8 characters</source>
            <translation>パスフレーズは8文字以上にしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>a passphrase must not begin or end with spaces</source>
            <translation>パスフレーズの先頭と末尾には空白を使えません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="36" />
            <source>the vault is locked</source>
            <translation>保管庫はロックされています。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="37" />
            <source>no backup folder is set, or it is not there (is the USB stick in?)</source>
            <translation>バックアップの保存先フォルダーが設定されていないか、見つかりません（USB メモリーは差し込まれていますか？）。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="40" />
            <source>keep at least one backup</source>
            <translation>バックアップは少なくとも1つ残してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="41" />
            <source>this vault was written by a newer version of Kakehashi; update the app</source>
            <translation>この保管庫は新しいバージョンの Kakehashi で書き込まれています。アプリを更新してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="44" />
            <source>the dossier is no longer in the vault</source>
            <translation>このケース記録は保管庫にもうありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="45" />
            <source>the interview is no longer in the vault</source>
            <translation>この面談記録は保管庫にもうありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="46" />
            <source>the consent is no longer in the vault</source>
            <translation>この同意記録は保管庫にもうありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="47" />
            <source>the document is no longer in the vault</source>
            <translation>この書類は保管庫にもうありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="48" />
            <source>this company is no longer in the vault</source>
            <translation>この企業は保管庫にもうありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="49" />
            <source>a company with this name is already in the vault</source>
            <translation>同じ名前の企業がすでに保管庫にあります</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="50" />
            <source>a company needs a name</source>
            <translation>企業名を入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="51" />
            <source>this consent is already withdrawn</source>
            <translation>この同意はすでに撤回されています</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="52" />
            <source>a consent cannot expire before it is given</source>
            <translation>同意の有効期限を同意日より前にすることはできません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>a date must be written YYYY, YYYY-MM or YYYY-MM-DD</source>
            <translation>日付は YYYY、YYYY-MM、YYYY-MM-DD のいずれかの形で入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="54" />
            <source>this date does not exist</source>
            <translation>この日付は存在しません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="55" />
            <source>unknown interview mode</source>
            <translation>不明な面談方法です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="56" />
            <source>unknown consent purpose</source>
            <translation>不明な同意の目的です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="57" />
            <source>unknown consent method</source>
            <translation>不明な同意の方法です</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="58" />
            <source>the interviewer's name is too long (500 characters at most)</source>
            <translation>面談者の名前が長すぎます(500 文字まで)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="59" />
            <source>the notes are too long (100,000 characters at most)</source>
            <translation>メモが長すぎます(100,000 文字まで)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="60" />
            <source>the company name is too long (500 characters at most)</source>
            <translation>企業名が長すぎます(500 文字まで)</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="61" />
            <source>the file is larger than 50 MiB</source>
            <translation>ファイルが 50 MiB を超えています</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="66" />
            <source>it is truncated</source>
            <extracomment>What the core says is wrong with a damaged backup (the part after "damaged or altered: ").</extracomment>
            <translation>ファイルが途中で切れています</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="67" />
            <source>it has extra bytes at its end</source>
            <translation>ファイルの末尾に余分なデータがあります</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="68" />
            <source>its MAC does not match</source>
            <translation>MAC が一致しません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="69" />
            <source>its header is malformed</source>
            <translation>ヘッダーの形式が正しくありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="70" />
            <source>its header is not readable</source>
            <translation>ヘッダーを読み取れません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="71" />
            <source>it has a format version this app does not know</source>
            <translation>このアプリが対応していない形式のバージョンです</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="72" />
            <source>its key envelope is damaged</source>
            <translation>鍵情報が壊れています</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="73" />
            <source>its key envelope was altered</source>
            <translation>鍵情報が改変されています</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="74" />
            <source>its manifest is malformed</source>
            <translation>内容一覧の形式が正しくありません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="75" />
            <source>its manifest does not open</source>
            <translation>内容一覧を開けません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="76" />
            <source>its database does not match its manifest</source>
            <translation>データベースが内容一覧と一致しません</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="89" />
            <source>no vault at %1</source>
            <extracomment>Messages with a variable part (a folder, a detail).</extracomment>
            <translation>%1 に保管庫がありません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="90" />
            <source>%1 is not a Kakehashi vault</source>
            <translation>%1 は Kakehashi の保管庫ではありません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="91" />
            <source>%1 already exists and is not an empty folder</source>
            <translation>%1 は既に存在し、空のフォルダーではありません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="92" />
            <source>the vault database is damaged: %1</source>
            <translation>保管庫のデータベースが壊れています：%1</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="94" />
            <source>the vault's key envelope is unusable: %1</source>
            <translation>保管庫の鍵情報ファイルを使用できません：%1</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="98" />
            <source>the backup is damaged or has been altered: %1; nothing was written</source>
            <translation>バックアップが壊れているか、改変されています（%1）。何も書き込まれていません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="102" />
            <source>%1 is not a Kakehashi backup</source>
            <translation>%1 は Kakehashi のバックアップではありません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="103" />
            <source>%1 is a folder, not a backup</source>
            <translation>%1 はフォルダーで、バックアップではありません。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="104" />
            <source>%1 is a folder; name the backup file</source>
            <translation>%1 はフォルダーです。バックアップのファイル名を指定してください。</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="105" />
            <source>no such file: %1</source>
            <translation>ファイルが見つかりません：%1</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="106" />
            <source>no such folder: %1</source>
            <translation>フォルダーが見つかりません：%1</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="154" />
            <source>the folder cannot be used: %1</source>
            <translation>このフォルダーは使用できません：%1</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="156" />
            <source>internal error (%1); the vault was not changed</source>
            <translation>内部エラーが発生しました（%1）。保管庫は変更されていません。</translation>
        </message>
    </context>
    <context>
        <name>CountryBox</name>
        <message>
            <location filename="../../ui/editor/country_box.py" line="197" />
            <source>Type part of a country's name, or choose from the list</source>
            <extracomment>What the box shows for "no country". Item data role holding the code ("" for none). The caseworker changed the country (not emitted by :meth:`set_code`).</extracomment>
            <translation>国名の一部を入力するか、一覧から選んでください</translation>
        </message>
    </context>
    <context>
        <name>CreatePage</name>
        <message>
            <location filename="../../ui/create_page.py" line="48" />
            <source>Create a new vault</source>
            <extracomment>The folder and the new passphrase, already checked by the core's rules. "Try with sample data": open a temporary demo vault of synthetic people.</extracomment>
            <translation>新しい保管庫を作成</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="51" />
            <source>A vault is a folder on this computer in which everything is kept encrypted. Choose a new or empty folder and a passphrase that you will remember: nobody can open the vault without it.</source>
            <translation>保管庫とは、すべてのデータを暗号化して保存する、このコンピューター上のフォルダーです。新しいフォルダーか空のフォルダーを選び、忘れないパスフレーズを決めてください。パスフレーズがなければ、誰も保管庫を開けません。</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="57" />
            <source>Choose or create an empty folder for the new vault</source>
            <translation>新しい保管庫用の空のフォルダーを選択または作成</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="58" />
            <source>Folder for the new vault</source>
            <translation>新しい保管庫のフォルダー</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="60" />
            <source>New passphrase</source>
            <translation>新しいパスフレーズ</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="61" />
            <source>New passphrase again</source>
            <translation>新しいパスフレーズ（確認）</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="65" />
            <source>At least %1 characters. A few unrelated words make a passphrase that is strong and easy to remember.</source>
            <translation>%1文字以上にしてください。関連のない単語をいくつか組み合わせると、強くて覚えやすいパスフレーズになります。</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="71" />
            <source>&amp;Folder:</source>
            <translation>フォルダー(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="72" />
            <source>&amp;Passphrase:</source>
            <translation>パスフレーズ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="73" />
            <source>&amp;Again:</source>
            <translation>確認(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="74" />
            <source>Strength:</source>
            <translation>強度:</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="78" />
            <source>Open an existing vault…</source>
            <translation>既存の保管庫を開く…</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="78" />
            <source>Open an existing vault</source>
            <translation>既存の保管庫を開く</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="81" />
            <source>Try with sample data</source>
            <translation>サンプルデータで試す</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="82" />
            <source>Open a temporary demo vault of invented people</source>
            <translation>架空の人物による一時的なデモ用保管庫を開く</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="85" />
            <source>A temporary vault full of invented people, to try every feature. It is deleted when you quit.</source>
            <translation>架空の人物を収めた一時的な保管庫で、すべての機能を試せます。終了すると削除されます。</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="88" />
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="88" />
            <source>Quit Kakehashi</source>
            <translation>Kakehashi を終了</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="90" />
            <source>Create vault</source>
            <translation>保管庫を作成</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="90" />
            <source>Create the vault</source>
            <translation>保管庫を作成する</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="138" />
            <source>Choose a folder for the new vault.</source>
            <translation>新しい保管庫のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/create_page.py" line="147" />
            <source>The two passphrases differ. Type the same passphrase twice.</source>
            <translation>2つのパスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
        </message>
    </context>
    <context>
        <name>DeskController</name>
        <message>
            <location filename="../../ui/controller.py" line="146" />
            <source>The demo vault is locked. Its passphrase is: %1</source>
            <extracomment>The main window is built this long after the unlock dialog is shown (it has been painted). The desk is done (the user quit): the application may exit. The automatic backup started as the vault locked has ended (well or not).</extracomment>
            <translation>デモ用保管庫をロックしました。パスフレーズは次のとおりです: %1</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="165" />
            <source>Backing up the vault before it closes…</source>
            <translation>保管庫を閉じる前にバックアップしています…</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="179" />
            <source>Backed up automatically at %1 into %2.</source>
            <translation>%1 に %2 へ自動でバックアップしました。</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="188" />
            <source>The automatic backup failed: %1 The vault is locked all the same; back it up once it is open again.</source>
            <translation>自動バックアップに失敗しました：%1保管庫はそのままロックされています。次に開いたときにバックアップしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="220" />
            <source>Backing up before closing…</source>
            <translation>終了する前にバックアップしています…</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="241" />
            <source>The automatic backup failed</source>
            <translation>自動バックアップに失敗しました</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="248" />
            <source>The vault itself is safe. Quit anyway, or go back to the vault and back it up from the File menu.</source>
            <translation>保管庫そのものは無事です。このまま終了するか、保管庫に戻って「ファイル」メニューからバックアップしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="252" />
            <source>Quit anyway</source>
            <translation>このまま終了</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="253" />
            <source>Back to the vault</source>
            <translation>保管庫に戻る</translation>
        </message>
    </context>
    <context>
        <name>DeskSettingsDialog</name>
        <message>
            <location filename="../../ui/desk_settings_dialog.py" line="35" />
            <source>Locking and clipboard</source>
            <extracomment>The preferences as stored, after a successful save.</extracomment>
            <translation>ロックとクリップボード</translation>
        </message>
        <message>
            <location filename="../../ui/desk_settings_dialog.py" line="38" />
            <source>Never</source>
            <translation>しない</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/desk_settings_dialog.py" line="38" />
            <source>After %n minute(s)</source>
            <translation>
                <numerusform>%n 分後</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/desk_settings_dialog.py" line="43" />
            <source>After %n second(s)</source>
            <translation>
                <numerusform>%n 秒後</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/desk_settings_dialog.py" line="47" />
            <source>Lock when idle:</source>
            <translation>操作がないときのロック:</translation>
        </message>
        <message>
            <location filename="../../ui/desk_settings_dialog.py" line="49" />
            <source>Clear copied values:</source>
            <translation>コピーした値の消去:</translation>
        </message>
        <message>
            <location filename="../../ui/desk_settings_dialog.py" line="55" />
            <source>The vault also locks on Ctrl+L, when the screen locks or the computer goes to sleep (where the system tells), and at once with Ctrl+Shift+L, which also hides the window. These settings are kept inside this vault.</source>
            <translation>保管庫は Ctrl+L でもロックされます。画面のロック時やコンピューターのスリープ時にも(システムが通知する場合)ロックされます。Ctrl+Shift+L を押すと直ちにロックし、ウィンドウも隠します。これらの設定はこの保管庫の中に保存されます。</translation>
        </message>
    </context>
    <context>
        <name>DisclosureHistory</name>
        <message>
            <location filename="../../ui/disclosure_history.py" line="56" />
            <source>as recorded</source>
            <extracomment>The highest generalization level ("level 3 of 13"). What each step of the generalization ladder does, in the words of the rules file.</extracomment>
            <translation>記録どおり</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="57" />
            <source>no duration per job</source>
            <translation>職歴ごとの期間を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="58" />
            <source>10-year age bands</source>
            <translation>年齢を 10 歳刻みに</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="59" />
            <source>coarse experience bands</source>
            <translation>経験年数を大まかな区分に</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="60" />
            <source>employer kinds grouped</source>
            <translation>雇用主の種類をまとめる</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="61" />
            <source>continents, not sub-regions</source>
            <translation>地域を大陸単位に</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="64" />
            <source>no gender</source>
            <translation>性別を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="65" />
            <source>no region of study or work</source>
            <translation>修学・就業地域を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="68" />
            <source>no origin or nationality</source>
            <translation>出身地域・国籍を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="69" />
            <source>no age</source>
            <translation>年齢を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="70" />
            <source>no employer kind</source>
            <translation>雇用主の種類を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="71" />
            <source>no place of study</source>
            <translation>修学地を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="72" />
            <source>no years of experience</source>
            <translation>経験年数を省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="73" />
            <source>every quasi-identifier suppressed</source>
            <translation>準識別情報をすべて省略</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="80" />
            <source>skills</source>
            <extracomment>Dossier fields as the log names them (the interchange format's keys).</extracomment>
            <translation>スキル</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="81" />
            <source>certifications</source>
            <translation>資格</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="82" />
            <source>desired roles</source>
            <translation>希望職種</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="83" />
            <source>preferred locations</source>
            <translation>希望勤務地</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="84" />
            <source>employment types</source>
            <translation>雇用形態</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="85" />
            <source>availability</source>
            <translation>就業可能時期</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="86" />
            <source>languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="87" />
            <source>education</source>
            <translation>学歴</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="88" />
            <source>experience</source>
            <translation>職歴</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="89" />
            <source>summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="90" />
            <source>aspirations</source>
            <translation>希望・抱負</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="91" />
            <source>age (from the birth date)</source>
            <translation>年齢（生年月日から）</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="92" />
            <source>gender</source>
            <translation>性別</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="93" />
            <source>region of origin</source>
            <translation>出身地域</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="94" />
            <source>nationality (region)</source>
            <translation>国籍（地域）</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="95" />
            <source>work permission</source>
            <translation>就労の可否</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="100" />
            <source>identifying</source>
            <extracomment>The stricter classes a caseworker can move a field to for one dossier.</extracomment>
            <translation>識別情報</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="101" />
            <source>restricted</source>
            <translation>非公開情報</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="102" />
            <source>quasi-identifying</source>
            <translation>準識別情報</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="106" />
            <source>, </source>
            <extracomment>Lists inside one cell: items, and the larger parts (each release, each step).</extracomment>
            <translation>、</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="107" />
            <source>; </source>
            <translation>／</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="134" />
            <source>any field</source>
            <translation>すべての項目</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="180" />
            <source>English</source>
            <translation>英語</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="182" />
            <source>Japanese</source>
            <translation>日本語</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="190" />
            <source>Level %1 of %2</source>
            <translation>レベル %1 / %2</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="199" />
            <source>Quasi-identifiers as recorded (the most specific level).</source>
            <translation>準識別情報は記録どおりです（最も詳細なレベル）。</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="202" />
            <source>Generalized: %1</source>
            <translation>一般化した内容: %1</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="211" />
            <source>%1 (at least %2)</source>
            <translation>%1（必要数 %2 以上）</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="218" />
            <location filename="../../ui/disclosure_history.py" line="228" />
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="219" />
            <source>%1 in %2: %3</source>
            <translation>%2の%1: %3</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="229" />
            <source>%1 treated as %2</source>
            <translation>%1 を%2として扱う</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="360" />
            <source>State of the disclosure log</source>
            <extracomment>Emitted on the GUI thread when a view has been read and shown (or failed to).</extracomment>
            <translation>開示記録の状態</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="365" />
            <source>Profiles sent</source>
            <translation>送付したプロフィール</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="381" />
            <source>The selected profile in full</source>
            <translation>選択したプロフィールの詳細</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="412" />
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="429" />
            <source>No profile has been sent to this company yet.</source>
            <translation>この企業にはまだプロフィールを送っていません。</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="431" />
            <source>No profile of this person has been sent yet.</source>
            <translation>この方のプロフィールはまだ送っていません。</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="445" />
            <source>The disclosure log has been altered at entry %1. Do not rely on it; tell whoever looks after the vault.</source>
            <translation>開示記録は %1 件目で改ざんされています。この記録は信頼せず、保管庫の管理者に知らせてください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/disclosure_history.py" line="451" />
            <source>The log's chain is intact: %n record(s) checked.</source>
            <translation>
                <numerusform>開示記録のつながりは正常です: %n 件を確認しました。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="479" />
            <source>Profile %1, sent %2 by %3 in %4.</source>
            <translation>プロフィール %1（%2 に %3 が%4で送付）</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="485" />
            <source>Fields on the profile: %1</source>
            <translation>プロフィールに載せた項目: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/disclosure_history.py" line="486" />
            <source>Hidden by the scanner: %n</source>
            <translation>
                <numerusform>スキャナーが伏せた語句: %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="487" />
            <source>Released hits: %1</source>
            <translation>伏せずに残した語句: %1</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="488" />
            <source>Overrides: %1</source>
            <translation>個別の設定: %1</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="491" />
            <source>This entry does not match the log's chain.</source>
            <translation>この記録は開示記録のつながりと一致しません。</translation>
        </message>
    </context>
    <context>
        <name>DisclosureTableModel</name>
        <message>
            <location filename="../../ui/disclosure_history.py" line="282" />
            <source>Candidate (ref)</source>
            <translation>候補者（整理番号）</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="282" />
            <source>Company</source>
            <translation>企業</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="283" />
            <source>Sent</source>
            <translation>送付日時</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="283" />
            <source>Candidate code</source>
            <translation>候補者コード</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="283" />
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="284" />
            <source>Generalization</source>
            <translation>一般化</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="284" />
            <source>k</source>
            <translation>k</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="284" />
            <source>Released hits</source>
            <translation>伏せずに残した語句</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="285" />
            <source>Overrides</source>
            <translation>個別の設定</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="285" />
            <source>By</source>
            <translation>送付者</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="292" />
            <source>%1 (deleted)</source>
            <translation>%1（削除済み）</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="294" />
            <source>%1 (sent as %2)</source>
            <translation>%1（送付時の名前: %2）</translation>
        </message>
        <message>
            <location filename="../../ui/disclosure_history.py" line="303" />
            <source>unreadable</source>
            <translation>読み取れません</translation>
        </message>
    </context>
    <context>
        <name>DocumentViewer</name>
        <message>
            <location filename="../../ui/document_viewer.py" line="213" />
            <source>Document — Kakehashi</source>
            <extracomment>PDF pages are rendered this wide at most (pixels), sharp enough to read a passport's MRZ. …and at most at this scale (2 = 144 dpi), so a small page is not blown up needlessly. Pages kept in memory for one document; a longer PDF shows its first pages and says so. A picture larger than this (pixels) is decoded scaled down: a 100-megapixel scan would otherwise take 400 MB. Job tokens, unique across viewers: each viewer takes only its own job's results. The caseworker asked for a copy on disk (the panel warns and saves). Every page that will be shown is shown, or the document could not be shown.</extracomment>
            <translation>書類 — Kakehashi</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="234" />
            <source>File name</source>
            <translation>ファイル名</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="235" />
            <source>Zoom &amp;out</source>
            <translation>縮小(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="236" />
            <source>&amp;Fit</source>
            <translation>全体表示(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="237" />
            <source>Zoom &amp;in</source>
            <translation>拡大(&amp;I)</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="241" />
            <location filename="../../ui/document_viewer.py" line="269" />
            <source>&amp;Save a copy…</source>
            <translation>コピーを保存(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="242" />
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="243" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>縮小 (Ctrl+-)</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="244" />
            <source>Zoom in (Ctrl++)</source>
            <translation>拡大 (Ctrl++)</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="245" />
            <source>Fit to the window (Ctrl+0)</source>
            <translation>ウィンドウに合わせる (Ctrl+0)</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="261" />
            <source>Document</source>
            <translation>書類</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="334" />
            <source>This kind of file cannot be shown inside Kakehashi. Save a copy to open it with another program: the copy is not encrypted.</source>
            <translation>この種類のファイルは Kakehashi の中では表示できません。ほかのプログラムで開くにはコピーを保存してください。コピーは暗号化されません。</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="350" />
            <source>Opening…</source>
            <translation>開いています…</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="362" />
            <source>Page %v of %m</source>
            <translation>%v / %m ページ</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="370" />
            <source>Page %1</source>
            <translation>%1 ページ目</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="377" />
            <source>Rendering page %1 of %2…</source>
            <translation>ページを表示しています（%1 / %2）…</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="393" />
            <source>This PDF is protected by a password and cannot be shown inside Kakehashi. Save a copy to open it with another program: the copy is not encrypted.</source>
            <translation>この PDF はパスワードで保護されているため、Kakehashi の中では表示できません。ほかのプログラムで開くにはコピーを保存してください。コピーは暗号化されません。</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="397" />
            <source>This file is damaged or in a form Kakehashi cannot draw. Save a copy to try another program: the copy is not encrypted.</source>
            <translation>このファイルは壊れているか、Kakehashi では表示できない形式です。ほかのプログラムで試すにはコピーを保存してください。コピーは暗号化されません。</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="409" />
            <source>The first %1 of %2 pages are shown. Save a copy to see them all.</source>
            <translation>全 %2 ページのうち最初の %1 ページを表示しています。すべてを見るにはコピーを保存してください。</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="414" />
            <source>Pages: %1</source>
            <translation>ページ数: %1</translation>
        </message>
        <message>
            <location filename="../../ui/document_viewer.py" line="419" />
            <source>%1 × %2 pixels</source>
            <translation>%1 × %2 ピクセル</translation>
        </message>
    </context>
    <context>
        <name>DocumentsModel</name>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="251" />
            <source>Kind</source>
            <extracomment>A malformed JPEG is re-encoded as JPEG at this quality (a PNG of a 12-megapixel photo is huge).</extracomment>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="252" />
            <source>File</source>
            <translation>ファイル</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="253" />
            <source>Size</source>
            <translation>サイズ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="254" />
            <source>Number</source>
            <translation>番号</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="77" />
            <source>Passport</source>
            <translation>パスポート</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="78" />
            <source>Residence card</source>
            <translation>在留カード</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="79" />
            <source>CV</source>
            <translation>履歴書</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="80" />
            <source>Certificate</source>
            <translation>証明書</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="81" />
            <source>Photo</source>
            <translation>写真</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="82" />
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="359" />
            <source>Documents</source>
            <extracomment>A document was attached, changed or removed (the dossier list may refresh its row). An attach batch, a view or an edit has come back (tests and the editor's busy state).</extracomment>
            <translation>書類</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="376" />
            <source>No documents yet. Attach passports, residence cards, CVs, certificates or photos: they are kept inside the encrypted vault, and photos lose their hidden data (location, camera, dates) on the way in. The original files are not changed.</source>
            <translation>書類はまだありません。パスポート、在留カード、履歴書、証明書、写真を添付できます。添付したファイルは暗号化された保管庫の中に保存され、写真に含まれる隠れた情報（撮影場所、カメラ、日時）は取り込み時に削除されます。元のファイルは変更されません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="391" />
            <source>&amp;Attach files…</source>
            <translation>ファイルを添付(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="393" />
            <source>Copy files into the vault (you can also drop files here)</source>
            <translation>ファイルを保管庫に取り込みます（ここにファイルをドロップすることもできます）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="395" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="396" />
            <source>Show the document inside Kakehashi (Enter)</source>
            <translation>書類を Kakehashi の中で表示します (Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="397" />
            <source>Save a &amp;copy…</source>
            <translation>コピーを保存(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="398" />
            <source>Write the document to a file, unencrypted</source>
            <translation>書類を暗号化せずにファイルに書き出します</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="399" />
            <source>&amp;Remove…</source>
            <translation>削除(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="400" />
            <source>Delete the document from the vault (Delete)</source>
            <translation>書類を保管庫から削除します (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="427" />
            <source>&amp;Kind:</source>
            <translation>種類(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="429" />
            <source>&amp;Number:</source>
            <translation>番号(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="431" />
            <source>&amp;Issued by:</source>
            <translation>発行国(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="587" />
            <source>(not stated)</source>
            <translation>（未記入）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="651" />
            <source>Attach files to the dossier</source>
            <translation>ケース記録にファイルを添付</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="652" />
            <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp *.heic *.docx *.odt *.txt);;All files (*)</source>
            <translation>書類と写真 (*.pdf *.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp *.heic *.docx *.odt *.txt);;すべてのファイル (*)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="682" />
            <source>Attaching %1 (%2 of %3)…</source>
            <translation>%1 を添付しています（%2 / %3）…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="724" />
            <source>Attached %1 as %2.</source>
            <translation>%1 を「%2」として添付しました。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="729" />
            <source>Files attached: %1.</source>
            <translation>添付したファイル: %1 件。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="731" />
            <source>Pictures in other formats were converted, keeping only the picture.</source>
            <translation>その他の形式の画像は変換し、画像そのものだけを残しました。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="734" />
            <source>Hidden photo data (location, camera, dates) was removed.</source>
            <translation>写真の隠れた情報（撮影場所、カメラ、日時）を削除しました。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="736" />
            <source>Check the kind below.</source>
            <translation>下の「種類」を確認してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="748" />
            <source>%1 was not attached: it is larger than %2 MiB.</source>
            <translation>%1 は添付しませんでした: %2 MiB を超えています。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="751" />
            <source>%1 was not attached: the file is empty.</source>
            <translation>%1 は添付しませんでした: ファイルが空です。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="752" />
            <source>%1 was not attached: it is not a file.</source>
            <translation>%1 は添付しませんでした: ファイルではありません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="753" />
            <source>%1 could not be read: %2</source>
            <translation>%1 を読み込めませんでした: %2</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="755" />
            <source>%1 was not attached: the picture is damaged, so its hidden data (location, camera) cannot be removed safely.</source>
            <translation>%1 は添付しませんでした: 画像が壊れているため、隠れた情報（撮影場所、カメラ）を安全に削除できません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="759" />
            <source>%1 was not attached: it is named like a picture, but its content is not one Kakehashi can read, so hidden data in it cannot be removed.</source>
            <translation>%1 は添付しませんでした: 画像のような名前ですが、Kakehashi が読み取れる画像ではないため、中の隠れた情報を削除できません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="763" />
            <source>%1 was not attached: its hidden data (location, camera) cannot be removed from %2 pictures. Convert it to JPEG or PNG first.</source>
            <translation>%1 は添付しませんでした: %2 形式の画像からは隠れた情報（撮影場所、カメラ）を削除できません。先に JPEG または PNG に変換してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="767" />
            <source>%1 was not attached: %2</source>
            <translation>%1 は添付しませんでした: %2</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="791" />
            <source>Opening…</source>
            <translation>開いています…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="835" />
            <source>Save an unencrypted copy</source>
            <translation>暗号化されていないコピーを保存</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="840" />
            <source>Save an unencrypted copy?</source>
            <translation>暗号化されていないコピーを保存しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="842" />
            <source>This writes the document unencrypted to %1.

Anyone who can open that folder — another user of this computer, whoever finds the USB stick — can read it. Kakehashi cannot delete or track the copy: delete it yourself when it is no longer needed.</source>
            <translation>書類を暗号化せずに %1 に書き出します。

そのフォルダーを開ける人（このコンピューターのほかの利用者や、USB メモリーを拾った人など）は誰でも読むことができます。Kakehashi はこのコピーを削除したり追跡したりできません。不要になったらご自身で削除してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="847" />
            <source>Save &amp;unencrypted copy</source>
            <translation>暗号化せずに保存(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="865" />
            <source>Saved an unencrypted copy to %1. Delete it when it is no longer needed.</source>
            <translation>暗号化されていないコピーを %1 に保存しました。不要になったら削除してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="890" />
            <source>Remove this document from the vault?</source>
            <translation>この書類を保管庫から削除しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="892" />
            <source>%1 (%2) is deleted from the vault. The original file on this computer, if there is one, is not touched.</source>
            <translation>%1（%2）を保管庫から削除します。このコンピューター上に元のファイルがある場合、そのファイルには手を加えません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="897" />
            <source>&amp;Remove</source>
            <translation>削除(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/documents_panel.py" line="928" />
            <source>The document was removed from the vault.</source>
            <translation>書類を保管庫から削除しました。</translation>
        </message>
    </context>
    <context>
        <name>DossierEditor</name>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="109" />
            <source>This dossier has unsaved changes.</source>
            <extracomment>Keystrokes in one field less than this many seconds apart are one undo step. The prefix of refs the desk gives new dossiers: K-000001, K-000002…</extracomment>
            <translation>このケース記録には保存されていない変更があります。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="112" />
            <source>Save them before you leave the dossier?</source>
            <translation>ケース記録を離れる前に保存しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="127" />
            <source>Discard the unsaved changes and show the dossier as saved?</source>
            <translation>保存されていない変更を破棄して、保存済みの内容を表示しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="140" />
            <source>Edit “%1”</source>
            <translation>「%1」の編集</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="178" />
            <source>Change the class of a field</source>
            <translation>項目の区分の変更</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="201" />
            <source>Write a date as YYYY, YYYY-MM or YYYY-MM-DD.</source>
            <extracomment>The validator's phrases (``app/interchange/validate.py``) → what the editor says instead.</extracomment>
            <translation>日付は YYYY、YYYY-MM または YYYY-MM-DD の形で入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="203" />
            <source>This date is not in the calendar.</source>
            <translation>存在しない日付です。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="205" />
            <source>Choose a country from the list.</source>
            <translation>一覧から国を選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="207" />
            <source>Write a language code such as ja, en or prs.</source>
            <translation>ja、en、prs のような言語コードを入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="208" />
            <source>Choose a level from the list.</source>
            <translation>一覧からレベルを選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="209" />
            <source>Choose a value from the list.</source>
            <translation>一覧から選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="210" />
            <source>This must not be empty.</source>
            <translation>空欄にはできません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="212" />
            <source>Write a year from 1900 to 2100.</source>
            <translation>1900 から 2100 までの年を入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="214" />
            <source>This holds characters that cannot be stored.</source>
            <translation>保存できない文字が含まれています。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="215" />
            <source>Write a whole number.</source>
            <translation>整数を入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="217" />
            <source>This is longer than %1 characters.</source>
            <translation>%1 文字を超えています。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="218" />
            <source>This must be at least %1.</source>
            <translation>%1 以上にしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="219" />
            <source>This must be at most %1.</source>
            <translation>%1 以下にしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="221" />
            <source>This value is not valid.</source>
            <translation>この値は使用できません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="271" />
            <source>Dossier ref</source>
            <extracomment>The dossier's own fields were saved (its id). Unsaved changes appeared (True) or were saved, undone or dropped (False). The caseworker closed the dossier (:meth:`close_dossier`). A panel stored something of the dossier on its own (its id).</extracomment>
            <translation>ケース記録の整理番号</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="276" />
            <source>Save state</source>
            <translation>保存の状態</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="277" />
            <source>&amp;Undo</source>
            <translation>元に戻す(&amp;U)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="280" />
            <source>&amp;Redo</source>
            <translation>やり直す(&amp;R)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="285" />
            <location filename="../../ui/editor/dossier_editor.py" line="304" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="301" />
            <source>Re&amp;vert</source>
            <translation>変更を破棄(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="302" />
            <source>Discard the unsaved changes</source>
            <translation>保存されていない変更を破棄します</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="305" />
            <source>Save the dossier (Ctrl+S)</source>
            <translation>ケース記録を保存します (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="307" />
            <source>C&amp;lose</source>
            <translation>閉じる(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="311" />
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="338" />
            <source>Interviews</source>
            <translation>面談</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="339" />
            <source>Documents</source>
            <translation>書類</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="340" />
            <source>Consents</source>
            <translation>同意</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="341" />
            <source>Save the new dossier first: then interviews, documents and consents can be added.</source>
            <translation>まず新しいケース記録を保存してください。保存すると面談・書類・同意を追加できます。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="346" />
            <source>Disclosures</source>
            <translation>開示履歴</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="347" />
            <source>Every anonymized profile of this person that left the vault, from the tamper-evident log.</source>
            <translation>この方の匿名化プロフィールで保管庫から出たものすべてです（改ざん検知付きの記録より）。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="358" />
            <source>Sections</source>
            <translation>セクション</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="366" />
            <source>Sectio&amp;ns</source>
            <translation>セクション(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="413" />
            <source>Opening the dossier…</source>
            <translation>ケース記録を開いています…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="424" />
            <source>Preparing a new dossier…</source>
            <translation>新しいケース記録を準備しています…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="448" />
            <source>Saving…</source>
            <translation>保存しています…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="495" />
            <source>No dossier is open.</source>
            <translation>ケース記録は開かれていません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="542" />
            <source>Enter the person's full name.</source>
            <translation>氏名（フルネーム）を入力してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="562" />
            <source>Row %1</source>
            <translation>%1 行目</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="567" />
            <source>Line %1: %2</source>
            <translation>%1 行目: %2</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editor/dossier_editor.py" line="580" />
            <source>Not saved: %n problem(s) to correct.</source>
            <translation>
                <numerusform>保存されていません。修正が必要な箇所が %n 件あります。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="623" />
            <source>This dossier is no longer in the vault.</source>
            <translation>このケース記録は保管庫にもうありません。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="674" />
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="683" />
            <source>Not saved: %1</source>
            <translation>保存されていません: %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="708" />
            <source>● Unsaved changes</source>
            <translation>● 未保存の変更があります</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="712" />
            <source>Unsaved changes</source>
            <translation>未保存の変更があります</translation>
        </message>
        <message>
            <location filename="../../ui/editor/dossier_editor.py" line="712" />
            <source>Everything is saved</source>
            <translation>すべて保存済みです</translation>
        </message>
    </context>
    <context>
        <name>DossierForm</name>
        <message>
            <location filename="../../ui/editor/sections.py" line="52" />
            <source>Female</source>
            <extracomment>Longest short value the format accepts (``$defs.short``). The label column (label and class badge) is at most this wide; longer labels wrap.</extracomment>
            <translation>女性</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="53" />
            <source>Male</source>
            <translation>男性</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="54" />
            <source>Non-binary</source>
            <translation>ノンバイナリー</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="55" />
            <source>Prefers not to say</source>
            <translation>回答しない</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="58" />
            <source>Asylum applicant</source>
            <translation>難民認定申請中</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="59" />
            <source>Recognized refugee</source>
            <translation>難民認定済み</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="60" />
            <source>Complementary protection</source>
            <translation>補完的保護対象者</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="61" />
            <source>Designated activities</source>
            <translation>特定活動</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="62" />
            <source>Humanitarian stay</source>
            <translation>人道配慮による在留許可</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="63" />
            <source>Other visa</source>
            <translation>その他の在留資格</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="64" />
            <source>No status</source>
            <translation>在留資格なし</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="65" />
            <location filename="../../ui/editor/sections.py" line="71" />
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="68" />
            <source>May work</source>
            <translation>就労可</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="69" />
            <source>May work with restrictions</source>
            <translation>制限付きで就労可</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="70" />
            <source>May not work</source>
            <translation>就労不可</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="74" />
            <source>Primary</source>
            <translation>初等教育</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="75" />
            <source>Secondary</source>
            <translation>中等教育</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="76" />
            <source>Vocational</source>
            <translation>職業教育</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="77" />
            <source>Associate degree</source>
            <translation>短期大学士</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="78" />
            <source>Bachelor's</source>
            <translation>学士</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="79" />
            <source>Master's</source>
            <translation>修士</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="80" />
            <source>Doctorate</source>
            <translation>博士</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="81" />
            <location filename="../../ui/editor/sections.py" line="90" />
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="84" />
            <source>International organization</source>
            <translation>国際機関</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="85" />
            <source>Government</source>
            <translation>政府機関</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="86" />
            <source>NGO</source>
            <translation>NGO</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="87" />
            <source>Private company</source>
            <translation>民間企業</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="88" />
            <source>Self-employed</source>
            <translation>自営業</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="89" />
            <source>Academic</source>
            <translation>教育・研究機関</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="93" />
            <source>Full time</source>
            <translation>正社員</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="94" />
            <source>Part time</source>
            <translation>パートタイム</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="95" />
            <source>Contract</source>
            <translation>契約社員</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="96" />
            <source>Internship</source>
            <translation>インターンシップ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="97" />
            <source>Trial employment</source>
            <translation>トライアル雇用</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="98" />
            <source>Freelance</source>
            <translation>フリーランス</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="101" />
            <source>Native</source>
            <translation>母語</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="102" />
            <source>Basic</source>
            <translation>初級</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="103" />
            <source>Conversational</source>
            <translation>日常会話</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="104" />
            <source>Business</source>
            <translation>ビジネス</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="105" />
            <source>Fluent</source>
            <translation>流暢</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="107" />
            <source>JLPT %1</source>
            <translation>日本語能力試験 %1</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="562" />
            <source>(required)</source>
            <extracomment>The caseworker changed the value (never emitted by :meth:`set_state`). A field's badge asked for its override key to be moved to a class (or None: default).</extracomment>
            <translation>（必須）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="591" />
            <source>YYYY-MM-DD, YYYY-MM or YYYY</source>
            <translation>YYYY-MM-DD、YYYY-MM または YYYY</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="593" />
            <source>Identity</source>
            <translation>本人情報</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="594" />
            <source>Full name</source>
            <translation>氏名（フルネーム）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="595" />
            <source>Given name</source>
            <translation>名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="596" />
            <source>Family name</source>
            <translation>姓</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="597" />
            <source>Preferred name</source>
            <translation>呼び名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="598" />
            <source>Other names (aliases)</source>
            <translation>別名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="599" />
            <source>Name in other scripts</source>
            <translation>他の文字による氏名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="600" />
            <source>Birth date</source>
            <translation>生年月日</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="601" />
            <source>Gender</source>
            <translation>性別</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="602" />
            <source>Nationalities</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="603" />
            <source>Country of origin</source>
            <translation>出身国</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="604" />
            <source>Home town</source>
            <translation>出身地</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="606" />
            <source>Contact</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="607" />
            <source>Phone numbers</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="608" />
            <source>Email addresses</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="609" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="610" />
            <source>Messaging</source>
            <translation>メッセージアプリ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="611" />
            <source>e.g. Signal @name</source>
            <translation>例: Signal @name</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="613" />
            <source>Residence</source>
            <translation>在留</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="614" />
            <source>Residence status</source>
            <translation>在留資格</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="616" />
            <source>Work permission</source>
            <translation>就労の可否</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="618" />
            <source>Residence card number</source>
            <translation>在留カード番号</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="619" />
            <source>Residence card expires</source>
            <translation>在留カードの有効期限</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="620" />
            <source>Residence notes</source>
            <translation>在留に関するメモ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="622" />
            <source>Institutions, employers, countries and dates are quasi-identifying: a profile shows them only generalized.</source>
            <translation>学校名・勤務先・国・期間は準特定情報です。プロフィールには一般化した形でのみ表示されます。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="624" />
            <location filename="../../ui/editor/sections.py" line="625" />
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="626" />
            <source>Language (code)</source>
            <translation>言語（コード）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="627" />
            <location filename="../../ui/editor/sections.py" line="634" />
            <source>Level</source>
            <translation>レベル</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="629" />
            <source>Language codes: ja Japanese, en English, fr French, ar Arabic, prs Dari, ps Pashto, uk Ukrainian…</source>
            <translation>言語コード: ja 日本語、en 英語、fr フランス語、ar アラビア語、prs ダリー語、ps パシュトー語、uk ウクライナ語…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="632" />
            <location filename="../../ui/editor/sections.py" line="633" />
            <source>Education</source>
            <translation>学歴</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="635" />
            <source>Field of study</source>
            <translation>専攻</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="636" />
            <source>Institution</source>
            <translation>学校名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="637" />
            <location filename="../../ui/editor/sections.py" line="650" />
            <source>Country</source>
            <translation>国</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="638" />
            <source>From (year)</source>
            <translation>開始（年）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="639" />
            <source>To (year)</source>
            <translation>終了（年）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="640" />
            <source>Completed</source>
            <translation>修了</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="643" />
            <location filename="../../ui/editor/sections.py" line="644" />
            <source>Experience</source>
            <translation>職歴</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="645" />
            <source>Job title</source>
            <translation>職名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="646" />
            <source>Employer</source>
            <translation>勤務先</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="647" />
            <source>Kind of employer</source>
            <translation>勤務先の種類</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="649" />
            <source>Sector</source>
            <translation>業種</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="651" />
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="652" />
            <source>To</source>
            <translation>終了</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="653" />
            <source>Description</source>
            <translation>内容</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="656" />
            <source>Skills and wishes</source>
            <translation>スキルと希望</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="657" />
            <source>Skills</source>
            <translation>スキル</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="658" />
            <source>Certifications</source>
            <translation>資格</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="659" />
            <source>Certification</source>
            <translation>資格名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="660" />
            <source>Year</source>
            <translation>取得年</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="662" />
            <source>Desired roles</source>
            <translation>希望職種</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="663" />
            <source>Preferred locations (prefecture)</source>
            <translation>希望勤務地（都道府県）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="664" />
            <source>Employment types</source>
            <translation>雇用形態</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="666" />
            <source>Available from</source>
            <translation>就業可能時期</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="668" />
            <source>Summary and aspirations</source>
            <translation>紹介文と希望</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="669" />
            <source>Summary</source>
            <translation>紹介文</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="670" />
            <source>Aspirations</source>
            <translation>本人の希望</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="672" />
            <location filename="../../ui/editor/sections.py" line="673" />
            <source>Story</source>
            <translation>経緯</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="675" />
            <source>Family</source>
            <translation>家族</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="676" />
            <source>Family members</source>
            <translation>家族構成</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="677" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="678" />
            <source>Relation</source>
            <translation>続柄</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="679" />
            <source>Where they are</source>
            <translation>所在地</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="680" />
            <location filename="../../ui/editor/sections.py" line="686" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="683" />
            <location filename="../../ui/editor/sections.py" line="684" />
            <source>Health</source>
            <translation>健康</translation>
        </message>
        <message>
            <location filename="../../ui/editor/sections.py" line="687" />
            <source>Internal notes</source>
            <translation>内部メモ</translation>
        </message>
    </context>
    <context>
        <name>DossierListModel</name>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="220" />
            <source>Ref</source>
            <extracomment>Rows per fetch: more than a screenful, few enough for one quick job. Pages kept; the least recently used go first. Skills shown in the cell (all of them in the tooltip). What a cell shows while its row is being fetched. Columns masked while the privacy screen is on. Emitted when a page has arrived (with its first row), e.g. for "first page shown". Emitted when a page could not be read (the message, in the desk's words).</extracomment>
            <translation>参照番号</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="220" />
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="220" />
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="220" />
            <source>Skills</source>
            <translation>スキル</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="221" />
            <source>Work permission</source>
            <translation>就労の可否</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="221" />
            <source>Last interview</source>
            <translation>最終面談日</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="221" />
            <source>Consent to share</source>
            <translation>共有への同意</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="261" />
            <source>+%1</source>
            <translation>ほか%1件</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="291" />
            <source>native</source>
            <translation>母語</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="292" />
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="301" />
            <source>Yes</source>
            <translation>可</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="303" />
            <source>Restricted</source>
            <translation>制限付き</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="305" />
            <source>No</source>
            <translation>不可</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="307" />
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="308" />
            <source>Not recorded</source>
            <translation>未記録</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="317" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="319" />
            <source>Not yet in force</source>
            <translation>発効前</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="321" />
            <source>Withdrawn %1</source>
            <translation>撤回済み（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="324" />
            <source>Expired %1</source>
            <translation>期限切れ（%1）</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="326" />
            <source>None</source>
            <translation>なし</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_model.py" line="330" />
            <source>Active until %1</source>
            <translation>有効（%1まで）</translation>
        </message>
    </context>
    <context>
        <name>DossierListView</name>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="81" />
            <source>Search names, skills, notes… (Ctrl+F)</source>
            <extracomment>Keystrokes closer together than this make one query (a few ms: typing stays live). Columns a header click sorts by, and the order the first click gives. A dossier to open (double-click or Enter), by id. The current row's dossier id, or -1. The first page is shown after :meth:`load` (or an error instead). The list shows the answer to the latest search or filter change.</extracomment>
            <translation>氏名・スキル・メモを検索…（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="82" />
            <source>Search dossiers</source>
            <translation>ケース記録を検索</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="87" />
            <source>Show the filters</source>
            <translation>絞り込み条件を表示</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="94" />
            <source>Dossiers</source>
            <translation>ケース記録</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="124" />
            <source>No dossier matches the search and the filters.</source>
            <translation>検索語と絞り込み条件に一致するケース記録はありません。</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="126" />
            <source>&amp;Show all dossiers</source>
            <translation>すべてのケース記録を表示(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="141" />
            <source>Number of dossiers shown</source>
            <translation>表示中のケース記録の件数</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="186" />
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="310" />
            <source>This vault has no dossiers yet.</source>
            <translation>この保管庫にはまだケース記録がありません。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dossier_list_view.py" line="354" />
            <source>%1 of %Ln dossier(s)</source>
            <translation>
                <numerusform>ケース記録 %Ln 件中 %1 件</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/dossier_list_view.py" line="358" />
            <source>%Ln dossier(s)</source>
            <translation>
                <numerusform>ケース記録 %Ln 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="406" />
            <source>&amp;Filters (%1)</source>
            <translation>絞り込み（%1）(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_list_view.py" line="408" />
            <source>&amp;Filters</source>
            <translation>絞り込み(&amp;F)</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../ui/main_window.py" line="86" />
            <source>This vault has no dossiers yet</source>
            <translation>この保管庫にはまだケース記録がありません</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="88" />
            <source>&amp;New dossier</source>
            <translation>新しいケース記録(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>Create the first dossier</source>
            <translation>最初のケース記録を作成</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>Many dossiers at once are imported from an interchange file (JSON) with the command line. Lock the vault first (Ctrl+L) or quit Kakehashi: a vault can be open in only one program at a time. Then run:</source>
            <translation>多数のケース記録は、コマンドラインで交換ファイル(JSON)から一度に取り込めます。保管庫は一度に一つのプログラムでしか開けないため、先に保管庫をロック(Ctrl+L)するか Kakehashi を終了してから、次を実行してください:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="103" />
            <source>Import command</source>
            <translation>取り込みコマンド</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../ui/export_dialog.py" line="126" />
            <source>Export anonymized profiles</source>
            <extracomment>The profile languages, by their own names (not translated: a reader finds their language). A plan came back (or failed): the list, the page and the explanation are up to date. The selected candidate's page is shown (or why there is none). An export ended: the summary dialog is open (``summary``).</extracomment>
            <translation>匿名プロフィールのエクスポート</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="130" />
            <source>Company</source>
            <translation>企業</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="135" />
            <source>Profile language</source>
            <translation>プロフィールの言語</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="140" />
            <location filename="../../ui/export_dialog.py" line="500" />
            <source>Choose the folder for the profiles</source>
            <translation>プロフィールの保存先フォルダーを選択</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="141" />
            <source>Output folder</source>
            <translation>保存先フォルダー</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="142" />
            <source>Where the PDF files go</source>
            <translation>PDF ファイルの保存先</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="146" />
            <source>One &amp;booklet PDF for the shortlist</source>
            <translation>候補者リストを 1 つの冊子 PDF にまとめる(&amp;B)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="148" />
            <source>A cover listing the candidate codes, then one page per candidate, in one file</source>
            <translation>候補者コードの一覧を表紙にし、候補者ごとに 1 ページずつ、1 つのファイルにまとめます</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="152" />
            <source>&amp;Company:</source>
            <translation>企業(&amp;C):</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="153" />
            <source>Profile &amp;language:</source>
            <translation>プロフィールの言語(&amp;L):</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="154" />
            <source>Output &amp;folder:</source>
            <translation>保存先フォルダー(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="158" />
            <source>Ca&amp;ndidates</source>
            <translation>候補者(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="162" />
            <source>Candidates</source>
            <translation>候補者</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="195" />
            <source>What the profiles reveal</source>
            <translation>プロフィールから分かること</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="199" />
            <source>&amp;Export</source>
            <translation>エクスポート(&amp;E)</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="199" />
            <source>Export the ready profiles</source>
            <translation>準備のできたプロフィールをエクスポート</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="203" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="240" />
            <source>Reading the companies…</source>
            <translation>企業を読み込んでいます…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="255" />
            <source>There are no companies in this vault yet. Add the company the profiles are for, then export.</source>
            <translation>この保管庫にはまだ企業が登録されていません。プロフィールの送付先企業を追加してから、エクスポートしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="257" />
            <source>Profiles are always exported for one company.</source>
            <translation>プロフィールは必ず 1 社ごとにエクスポートします。</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="280" />
            <source>Checking consents and how many people share each profile…</source>
            <translation>同意と、同じプロフィールに当てはまる人数を確認しています…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="340" />
            <source>Nothing of this person leaves the vault.</source>
            <translation>この方の情報は保管庫の外に一切出ません。</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="347" />
            <source>Preparing the page…</source>
            <translation>ページを準備しています…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="367" />
            <source>To fit one page, the PDF shortens: %1.</source>
            <translation>1 ページに収めるため、PDF では次を短くします：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="395" />
            <source>Saving…</source>
            <translation>保存しています…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="413" />
            <source>Choose an existing folder for the PDF files.</source>
            <translation>PDF ファイルの保存先として、存在するフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="423" />
            <source>Exporting…</source>
            <translation>エクスポートしています…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="425" />
            <source>Writing the booklet…</source>
            <translation>冊子を書き出しています…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="425" />
            <source>Writing the profiles…</source>
            <translation>プロフィールを書き出しています…</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="426" />
            <source>Stop</source>
            <translation>中止</translation>
        </message>
        <message>
            <location filename="../../ui/export_dialog.py" line="456" />
            <source>Stopping after the current profile…</source>
            <translation>現在のプロフィールの後で中止します…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_dialog.py" line="515" />
            <source>%n candidate(s) ready to export</source>
            <translation>
                <numerusform>エクスポートできる候補者：%n 名</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportSummaryDialog</name>
        <message numerus="yes">
            <location filename="../../ui/export_summary.py" line="47" />
            <source>The booklet is written: %n candidate(s)</source>
            <translation>
                <numerusform>冊子を書き出しました：候補者 %n 名</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/export_summary.py" line="49" />
            <source>%n profile(s) written</source>
            <translation>
                <numerusform>%n 件のプロフィールを書き出しました</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/export_summary.py" line="51" />
            <source>Nothing was written</source>
            <translation>何も書き出していません</translation>
        </message>
        <message>
            <location filename="../../ui/export_summary.py" line="53" />
            <source>stopped</source>
            <translation>中止しました</translation>
        </message>
        <message>
            <location filename="../../ui/export_summary.py" line="55" />
            <source>Folder: %1</source>
            <translation>フォルダー：%1</translation>
        </message>
        <message>
            <location filename="../../ui/export_summary.py" line="57" />
            <source>Files written</source>
            <translation>書き出したファイル</translation>
        </message>
        <message>
            <location filename="../../ui/export_summary.py" line="66" />
            <source>Not written:</source>
            <translation>書き出さなかった候補者:</translation>
        </message>
        <message>
            <location filename="../../ui/export_summary.py" line="68" />
            <source>Candidates not written</source>
            <translation>書き出さなかった候補者</translation>
        </message>
        <message>
            <location filename="../../ui/export_summary.py" line="79" />
            <source>Each file is named by its candidate code: the company never sees a name or a ref. Every profile sent is recorded in the disclosure log.</source>
            <translation>各ファイル名は候補者コードです。企業に氏名や整理番号が伝わることはありません。送付したプロフィールはすべて開示記録に残ります。</translation>
        </message>
    </context>
    <context>
        <name>ExportWords</name>
        <message>
            <location filename="../../ui/export_words.py" line="30" />
            <source>Name</source>
            <extracomment>Marks, in the candidate list, the candidates who needed the batch's last generalization step.</extracomment>
            <translation>氏名</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="31" />
            <source>Phone number</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="32" />
            <source>E-mail address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="33" />
            <source>Residence card number</source>
            <translation>在留カード番号</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="34" />
            <source>Number</source>
            <translation>番号</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="35" />
            <source>Web address</source>
            <translation>ウェブアドレス</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="36" />
            <source>Messaging account</source>
            <translation>メッセージアプリのアカウント</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="37" />
            <source>Place</source>
            <translation>地名</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="38" />
            <source>Employer</source>
            <translation>勤務先</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="39" />
            <source>School or university</source>
            <translation>学校・大学</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="40" />
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="41" />
            <source>Postal code</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="42" />
            <source>Address</source>
            <translation>住所</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="43" />
            <source>Country</source>
            <translation>国名</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="47" />
            <source>Summary</source>
            <translation>概要</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="48" />
            <source>Aspirations</source>
            <translation>希望・抱負</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="49" />
            <source>Skills</source>
            <translation>スキル</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="50" />
            <source>Desired roles</source>
            <translation>希望職種</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="51" />
            <source>Preferred locations</source>
            <translation>希望勤務地</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="52" />
            <source>Certifications</source>
            <translation>資格</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="53" />
            <source>Every field</source>
            <translation>すべての項目</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="55" />
            <source>Experience</source>
            <translation>職歴</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="56" />
            <source>Languages</source>
            <translation>言語</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="57" />
            <source>Education</source>
            <translation>学歴</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="58" />
            <source>Headline</source>
            <translation>見出し</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="59" />
            <source>Facts at a glance</source>
            <translation>基本情報</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="62" />
            <source>Job %1: title</source>
            <translation>職歴 %1：職名</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="63" />
            <source>Job %1: details</source>
            <translation>職歴 %1：詳細</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="64" />
            <source>Job %1: description</source>
            <translation>職歴 %1：業務内容</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="66" />
            <source>Education %1</source>
            <translation>学歴 %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="69" />
            <source>age</source>
            <translation>年齢</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="70" />
            <source>gender</source>
            <translation>性別</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="71" />
            <source>origin</source>
            <translation>出身地</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="72" />
            <source>nationality</source>
            <translation>国籍</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="73" />
            <source>region of study</source>
            <translation>修学地域</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="74" />
            <source>region of work</source>
            <translation>就労地域</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="75" />
            <source>place of study</source>
            <translation>修学地（国内・海外）</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="76" />
            <source>employer kind</source>
            <translation>勤務先の種類</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="77" />
            <source>years of experience</source>
            <translation>経験年数</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="78" />
            <source>length of each job</source>
            <translation>各職歴の期間</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="79" />
            <source>work permission</source>
            <translation>就労可否</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="83" />
            <source>%1, %2</source>
            <extracomment>How two items of a list, and two reasons, are joined (applied pairwise for longer ones).</extracomment>
            <translation>%1、%2</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="84" />
            <source>%1; %2</source>
            <translation>%1／%2</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="88" />
            <source>no consent to share an anonymized profile</source>
            <extracomment>The consent gate's reasons (app.disclosure.consent), fixed and with a date.</extracomment>
            <translation>匿名プロフィール共有への同意がありません</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="89" />
            <source>the consent to share covers other companies only</source>
            <translation>共有への同意は他の企業のみが対象です</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="92" />
            <source>consent withdrawn on %1</source>
            <translation>%1 に同意が撤回されました</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="93" />
            <source>consent expired on %1</source>
            <translation>同意の期限が %1 に切れました</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="94" />
            <source>consent only applies from %1</source>
            <translation>同意は %1 から有効です</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="98" />
            <source>Ready · k = %1</source>
            <translation>準備完了 · k = %1</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="99" />
            <source>Refused: %1</source>
            <translation>対象外：%1</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="100" />
            <source>Blocked: stands out by %1</source>
            <translation>保留：%1 で特定されるおそれがあります</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="101" />
            <source>Not found: the dossier is no longer in the vault</source>
            <translation>見つかりません：このケース記録はもう保管庫にありません</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="103" />
            <source>Written: %1</source>
            <translation>書き出し済み：%1</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="104" />
            <source>Withheld: the rendered PDF still held an identifier (%1); nothing was written</source>
            <translation>見送り：作成した PDF に識別情報（%1）が残っていたため、何も書き出していません</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="107" />
            <source>Not written: the export was stopped before this profile</source>
            <translation>未書き出し：このプロフィールの前でエクスポートを中止しました</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="113" />
            <source>ages in 10-year bands</source>
            <extracomment>(field, grain) of a generalization level → what the profiles show instead.</extracomment>
            <translation>年齢は 10 歳刻み</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="114" />
            <source>no age</source>
            <translation>年齢なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="115" />
            <source>no gender</source>
            <translation>性別なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="116" />
            <source>origin and nationality as a continent</source>
            <translation>出身地と国籍は大陸単位</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="118" />
            <source>no origin or nationality</source>
            <translation>出身地・国籍なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="119" />
            <source>nationality as a continent</source>
            <translation>国籍は大陸単位</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="120" />
            <source>no nationality</source>
            <translation>国籍なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="121" />
            <source>places of study and work as a continent</source>
            <translation>修学地と就労地は大陸単位</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="123" />
            <source>no region of study or work</source>
            <translation>修学地域・就労地域なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="125" />
            <source>places of work as a continent</source>
            <translation>就労地は大陸単位</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="126" />
            <source>no region of work</source>
            <translation>就労地域なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="127" />
            <source>not whether studies were in Japan or abroad</source>
            <translation>修学地が国内か海外かも表示しない</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="129" />
            <source>employers only as broad groups</source>
            <translation>勤務先は大まかな区分のみ</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="130" />
            <source>no kind of employer</source>
            <translation>勤務先の種類なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="131" />
            <source>years of experience in broad bands (under 5, 5–9, 10 or more)</source>
            <translation>経験年数は大まかな区分（5 年未満、5～9 年、10 年以上）</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="133" />
            <source>no years of experience</source>
            <translation>経験年数なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="135" />
            <source>no length for each job</source>
            <translation>各職歴の期間なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="137" />
            <source>no work permission</source>
            <translation>就労可否なし</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="140" />
            <source>%1 or more people in this vault share this profile (k = %2, threshold %1).</source>
            <translation>この保管庫では %1 人以上がこのプロフィールに当てはまります（k = %2、しきい値 %1）。</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="142" />
            <source>%1 or more people in this vault share each of these profiles (lowest k = %2, threshold %1).</source>
            <translation>この保管庫では、どのプロフィールにも %1 人以上が当てはまります（最小の k = %2、しきい値 %1）。</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="145" />
            <source>To reach that, the whole batch is generalized: %1.</source>
            <translation>そのため、今回の全員のプロフィールを次のように一般化しています：%1。</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="146" />
            <source>Nothing had to be generalized beyond the usual: 5-year age bands and regions of the world.</source>
            <translation>通常以上の一般化は必要ありませんでした（年齢は 5 歳刻み、地域は世界の地域区分）。</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="149" />
            <source>No candidate of this selection can be exported to this company.</source>
            <translation>選択した候補者の中に、この企業へエクスポートできる方はいません。</translation>
        </message>
        <message>
            <location filename="../../ui/export_words.py" line="151" />
            <source>A blocked profile stands out even with every detail withheld: fewer than %1 people in this vault would share it.</source>
            <translation>保留中のプロフィールは、すべての詳細を伏せても目立ってしまいます。この保管庫で同じプロフィールに当てはまる人が %1 人未満になるためです。</translation>
        </message>
    </context>
    <context>
        <name>FolderField</name>
        <message>
            <location filename="../../ui/folder_field.py" line="35" />
            <source>Browse…</source>
            <translation>参照…</translation>
        </message>
        <message>
            <location filename="../../ui/folder_field.py" line="35" />
            <source>Browse for a folder</source>
            <translation>フォルダーを参照</translation>
        </message>
    </context>
    <context>
        <name>FormPage</name>
        <message>
            <location filename="../../ui/form_page.py" line="130" />
            <source>Error</source>
            <extracomment>A layout item: a widget, a layout, or a fixed spacing (in pixels).</extracomment>
            <translation>エラー</translation>
        </message>
        <message>
            <location filename="../../ui/form_page.py" line="155" />
            <source>Working</source>
            <translation>処理中</translation>
        </message>
    </context>
    <context>
        <name>HitsModel</name>
        <message>
            <location filename="../../ui/profile_preview.py" line="108" />
            <source>Kind</source>
            <extracomment>Every marker a profile may hold, in both languages.</extracomment>
            <translation>種類</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="108" />
            <source>Marker</source>
            <translation>マーカー</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="108" />
            <source>Found in</source>
            <translation>検出箇所</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="109" />
            <source>Original text</source>
            <translation>元のテキスト</translation>
        </message>
    </context>
    <context>
        <name>InterviewMode</name>
        <message>
            <location filename="../../ui/interview_mode.py" line="51" />
            <source>In person</source>
            <extracomment>Unsaved changes wait at most this long before they are written.</extracomment>
            <translation>対面</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="52" />
            <source>Online</source>
            <translation>オンライン</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="53" />
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="54" />
            <source>Field visit</source>
            <translation>訪問</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="56" />
            <source>Not recorded</source>
            <translation>記録なし</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="104" />
            <source>Interview — Kakehashi</source>
            <extracomment>An interview was stored (its id): the timeline shows it anew.</extracomment>
            <translation>面談 — Kakehashi</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="114" />
            <source>Date of the interview</source>
            <translation>面談日</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="118" />
            <source>Mode of the interview</source>
            <translation>面談の方法</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="125" />
            <source>Interviewer</source>
            <translation>面談担当者</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="126" />
            <source>Who led the interview (a role is enough)</source>
            <translation>面談を担当した人（役割だけでも構いません）</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="128" />
            <source>Interview notes</source>
            <translation>面談メモ</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="130" />
            <source>Notes are saved every few seconds while you type, and when the vault locks.</source>
            <translation>メモは入力中に数秒ごと、また保管庫がロックされるときに保存されます。</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="140" />
            <source>Save status</source>
            <translation>保存の状態</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="141" />
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="142" />
            <source>Save now (Ctrl+S)</source>
            <translation>今すぐ保存 (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="143" />
            <source>&amp;Close</source>
            <translation>閉じる(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="144" />
            <source>Save and close (Esc)</source>
            <translation>保存して閉じる (Esc)</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="155" />
            <source>&amp;Date:</source>
            <translation>面談日(&amp;D):</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="156" />
            <source>&amp;Mode:</source>
            <translation>方法(&amp;M):</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="157" />
            <source>Inter&amp;viewer:</source>
            <translation>担当者(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="162" />
            <source>&amp;Notes:</source>
            <translation>メモ(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="221" />
            <source>New interview, not saved yet</source>
            <translation>新しい面談（まだ保存されていません）</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="227" />
            <source>Saved</source>
            <translation>保存済み</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="236" />
            <source>Interview with %1</source>
            <translation>%1 さんとの面談</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="237" />
            <source>Interview</source>
            <translation>面談</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="244" />
            <source>Stored as %1 (a partial date) until you change it</source>
            <translation>変更するまでは %1（日付の一部のみ）として保存されます</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="308" />
            <source>Not saved: the notes are longer than 100,000 characters. Shorten them.</source>
            <translation>保存されていません: メモが 100,000 文字を超えています。短くしてください。</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="315" />
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="330" />
            <source>Saved %1</source>
            <translation>%1 に保存しました</translation>
        </message>
        <message>
            <location filename="../../ui/interview_mode.py" line="344" />
            <source>Not saved: %1</source>
            <translation>保存されていません: %1</translation>
        </message>
    </context>
    <context>
        <name>InterviewsPanel</name>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="76" />
            <source>Interviews, newest first</source>
            <extracomment>How much of the notes a timeline entry shows. An interview was stored or deleted (the dossier list may refresh its row). The timeline was read (again) and is shown.</extracomment>
            <translation>面談（新しい順）</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="78" />
            <source>Date</source>
            <translation>面談日</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="78" />
            <source>Mode</source>
            <translation>方法</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="78" />
            <source>Interviewer</source>
            <translation>担当者</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="78" />
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="91" />
            <source>No interviews yet. Start one with New interview: the notes are saved while you type.</source>
            <translation>まだ面談はありません。「新しい面談」から始めてください。メモは入力中に保存されます。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="104" />
            <source>&amp;New interview</source>
            <translation>新しい面談(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="105" />
            <source>Open the interview mode for an interview dated today</source>
            <translation>本日付の面談を面談モードで開きます</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="106" />
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="107" />
            <source>Go on with the selected interview</source>
            <translation>選択した面談の続きを書きます</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="108" />
            <source>&amp;Delete…</source>
            <translation>削除(&amp;D)…</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="297" />
            <source>Delete the interview of %1?</source>
            <translation>%1 の面談を削除しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="301" />
            <source>Its notes are deleted from the vault for good.</source>
            <translation>面談メモは保管庫から完全に削除されます。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/interviews_panel.py" line="302" />
            <source>&amp;Delete</source>
            <translation>削除する(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>ListFilters</name>
        <message>
            <location filename="../../ui/list_filters.py" line="48" />
            <source>Any skill</source>
            <extracomment>Level codes offered, for ``ListQuery.min_level`` (None: any level). Emitted whenever a filter changes (not while choices are being filled in).</extracomment>
            <translation>すべてのスキル</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="56" />
            <source>Interviewed on or after this date</source>
            <translation>この日以降に面談</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="58" />
            <source>C&amp;lear filters</source>
            <translation>条件をクリア(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="62" />
            <location filename="../../ui/list_filters.py" line="70" />
            <source>Any</source>
            <translation>指定なし</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="63" />
            <source>Yes</source>
            <translation>可</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="64" />
            <source>Yes or restricted</source>
            <translation>可または制限付き</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="65" />
            <source>Restricted</source>
            <translation>制限付き</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="66" />
            <source>No</source>
            <translation>不可</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="67" />
            <source>Unknown or not recorded</source>
            <translation>不明・未記録</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="71" />
            <source>Active</source>
            <translation>有効</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="72" />
            <source>None active (none, withdrawn, expired)</source>
            <translation>有効な同意なし（なし・撤回・期限切れ）</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="75" />
            <source>Any time</source>
            <translation>期間指定なし</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="76" />
            <source>In the last 30 days</source>
            <translation>過去30日以内</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="77" />
            <source>In the last 3 months</source>
            <translation>過去3か月以内</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="78" />
            <source>In the last 6 months</source>
            <translation>過去6か月以内</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="79" />
            <source>In the last 12 months</source>
            <translation>過去12か月以内</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="80" />
            <source>Since a date…</source>
            <translation>日付を指定…</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="100" />
            <source>L&amp;anguage:</source>
            <translation>言語(&amp;A):</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="101" />
            <source>Le&amp;vel:</source>
            <translation>レベル(&amp;V):</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="102" />
            <source>S&amp;kill:</source>
            <translation>スキル(&amp;K):</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="103" />
            <source>&amp;Work permission:</source>
            <translation>就労の可否(&amp;W):</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="104" />
            <source>Co&amp;nsent to share:</source>
            <translation>共有への同意(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="111" />
            <source>&amp;Interviewed:</source>
            <translation>面談(&amp;I):</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="137" />
            <source>Any level</source>
            <translation>レベル指定なし</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="138" />
            <source>A1 / N5 or above</source>
            <translation>A1 / N5 以上</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="139" />
            <source>A2 / N4 or above</source>
            <translation>A2 / N4 以上</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="140" />
            <source>B1 / N3 or above</source>
            <translation>B1 / N3 以上</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="141" />
            <source>B2 / N2 or above</source>
            <translation>B2 / N2 以上</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="142" />
            <source>C1 / N1 or above</source>
            <translation>C1 / N1 以上</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="143" />
            <source>C2 or above</source>
            <translation>C2 以上</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="144" />
            <source>Native</source>
            <translation>母語</translation>
        </message>
        <message>
            <location filename="../../ui/list_filters.py" line="156" />
            <source>Any language</source>
            <translation>すべての言語</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="167" />
            <source>Choose a dossier in the list, or make a new one with Ctrl+N.</source>
            <extracomment>The panic shortcut: lock now and get out of sight. The vault's desk preferences are known or have changed (idle time, clipboard, privacy). The folder of a vault just restored, to open now (the controller locks this one first). Emitted on the GUI thread when the dossiers have been loaded (or failed to). Emitted when the backup state (settings, last good backup) is known or has changed. Emitted when a "Back up now" job has ended, well or not.</extracomment>
            <translation>一覧からケース記録を選ぶか、Ctrl+N で新しく作成してください。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="292" />
            <source>&amp;Dossiers</source>
            <translation>ケース記録(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="297" />
            <source>&amp;Companies</source>
            <translation>企業(&amp;C)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>Demo vault</source>
            <translation>デモ用保管庫</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="185" />
            <source>Dossiers</source>
            <translation>ケース記録</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="186" />
            <source>Companies</source>
            <translation>企業</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="219" />
            <source>&amp;Lock</source>
            <translation>ロック(&amp;L)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="221" />
            <source>Close the vault and ask for the passphrase again</source>
            <translation>保管庫を閉じて、もう一度パスフレーズを求めます</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="223" />
            <source>&amp;Quit</source>
            <translation>終了(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="226" />
            <source>&amp;Back up now…</source>
            <translation>今すぐバックアップ(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="228" />
            <source>Write an encrypted backup of the vault to a file, and check it</source>
            <translation>保管庫の暗号化されたバックアップをファイルに書き出し、検査します</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="231" />
            <source>Backup &amp;settings…</source>
            <translation>バックアップの設定(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="233" />
            <source>Choose the backup folder and the automatic backups on lock and on quit</source>
            <translation>バックアップの保存先と、ロック時・終了時の自動バックアップを設定します</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="236" />
            <source>&amp;Restore from a backup…</source>
            <translation>バックアップから復元(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="238" />
            <source>Check a backup, see what it holds, and restore it into a new folder</source>
            <translation>バックアップを検査して内容を確認し、新しいフォルダーに復元します</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="241" />
            <source>Lock and &amp;hide</source>
            <translation>ロックして隠す(&amp;H)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="245" />
            <source>Lock at once and minimize every window</source>
            <translation>直ちにロックし、すべてのウィンドウを最小化します</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="247" />
            <source>&amp;Privacy screen</source>
            <translation>プライバシー画面(&amp;P)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="253" />
            <source>Mask names, contacts and other sensitive values until you point at one</source>
            <translation>氏名・連絡先などの機微な値を、ポインターを合わせるまで隠します</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="256" />
            <source>&amp;New dossier</source>
            <translation>新しいケース記録(&amp;N)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <source>Start a new dossier</source>
            <translation>新しいケース記録を作成します</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="260" />
            <source>&amp;Export profiles…</source>
            <translation>プロフィールを書き出す(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="263" />
            <source>Send anonymized profiles of the selected dossiers to a company</source>
            <translation>選択したケース記録の匿名プロフィールを企業向けに書き出します</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>Our &amp;organization…</source>
            <translation>当団体の情報(&amp;O)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="269" />
            <source>The nonprofit's contact, printed on every profile instead of the candidate's</source>
            <translation>候補者ではなく当団体の連絡先として、すべてのプロフィールに印刷されます</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="272" />
            <source>Locking and &amp;clipboard…</source>
            <translation>ロックとクリップボード(&amp;C)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>Choose when the vault locks itself and when copied values are cleared</source>
            <translation>保管庫が自動でロックされるまでの時間と、コピーした値を消去するまでの時間を選びます</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="277" />
            <source>&amp;File</source>
            <translation>ファイル(&amp;F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="289" />
            <source>&amp;Dossier</source>
            <translation>ケース記録(&amp;D)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="302" />
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="307" />
            <source>Main</source>
            <translation>メイン</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="371" />
            <source>Demo vault: every person in it is invented. It is deleted when you quit Kakehashi. Its passphrase, to try locking: %1</source>
            <translation>デモ用保管庫です。中の人物はすべて架空です。Kakehashi を終了すると削除されます。ロックを試すためのパスフレーズ: %1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="376" />
            <source>Kakehashi — demo</source>
            <translation>Kakehashi — デモ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="400" />
            <source>%n dossier(s)</source>
            <translation>
                <numerusform>ケース記録 %n 件</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="503" />
            <source>Select one or more dossiers in the list first.</source>
            <translation>先に一覧でケース記録を一つ以上選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="590" />
            <source>Back up the vault</source>
            <translation>保管庫をバックアップ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="592" />
            <source>Kakehashi backups (*%1)</source>
            <translation>Kakehashi バックアップ (*%1)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="601" />
            <source>Backing up… the backup is read back and checked once it is written.</source>
            <translation>バックアップしています…（書き込んだ後、読み戻して検査します）</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="623" />
            <source>Backup written and checked: %1</source>
            <translation>バックアップを書き込み、検査しました：%1</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="632" />
            <source>The backup failed</source>
            <translation>バックアップに失敗しました</translation>
        </message>
    </context>
    <context>
        <name>MarkDialog</name>
        <message>
            <location filename="../../ui/export_review.py" line="118" />
            <source>Remove more text</source>
            <translation>ほかのテキストも削除</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="120" />
            <source>This text is replaced by a marker wherever it appears, in this profile and in every later one of this person. It is kept in the dossier as "never share".</source>
            <translation>このテキストは、このプロフィールと今後のこの方のすべてのプロフィールで、どこに出てきてもマーカーに置き換わります。ケース記録に「共有しない」として保存されます。</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="124" />
            <source>Text to remove</source>
            <translation>削除するテキスト</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="125" />
            <source>Select it in the preview, or type it</source>
            <translation>プレビューで選択するか、入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="128" />
            <source>&amp;Text:</source>
            <translation>テキスト(&amp;T):</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="122" />
            <source>&amp;Remove it</source>
            <translation>削除する(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>MarkedTextEdit</name>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="219" />
            <source>First select the words that must never be shared.</source>
            <extracomment>The shortcut that marks the selection (or, in a marked passage, shares it again). Paragraph and line separators as Qt's selections spell them. The text or the marks changed, by the caseworker (never by :meth:`set_content`).</extracomment>
            <translation>共有しない語句を先に選択してください。</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editor/marked_text.py" line="277" />
            <source>%n passage(s) marked never share</source>
            <translation>
                <numerusform>%n か所を共有しない設定にしています</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="279" />
            <source>No passage is marked never share</source>
            <translation>共有しない設定の箇所はありません</translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="308" />
            <location filename="../../ui/editor/marked_text.py" line="330" />
            <source>Share again</source>
            <translation>共有しない設定を解除</translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="311" />
            <location filename="../../ui/editor/marked_text.py" line="328" />
            <source>Never share</source>
            <translation>共有しない</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/editor/marked_text.py" line="315" />
            <source>%n passage(s) never shared</source>
            <translation>
                <numerusform>共有しない箇所: %n か所</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="318" />
            <source>Select words, then %1: never share them</source>
            <translation>語句を選択して %1 で共有しない設定にできます</translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="329" />
            <source>Remove the selected words from every profile</source>
            <translation>選択した語句をすべてのプロフィールから除きます</translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="333" />
            <source>%1 marks the selected words: they are never shared, removed from every profile. In a marked passage, %1 shares it again.</source>
            <translation>%1 で選択した語句を共有しない設定にします。すべてのプロフィールから除かれます。設定済みの箇所で %1 を押すと解除します。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="337" />
            <source>Never share or share again</source>
            <translation>共有しない設定・解除</translation>
        </message>
        <message>
            <location filename="../../ui/editor/marked_text.py" line="371" />
            <source>Never shared: removed from every profile</source>
            <translation>共有しません: すべてのプロフィールから除かれます</translation>
        </message>
    </context>
    <context>
        <name>OrganizationDialog</name>
        <message>
            <location filename="../../ui/organization_dialog.py" line="130" />
            <source>Loading…</source>
            <extracomment>Emitted after the values were saved in the vault: the dict as the vault now has it. Emitted when the values have been read (or failed to).</extracomment>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="153" />
            <source>Give the organization's name too: without it no contact is printed.</source>
            <translation>団体名も入力してください。団体名がないと連絡先は印刷されません。</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="160" />
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
    </context>
    <context>
        <name>OrganizationPage</name>
        <message>
            <location filename="../../ui/organization_dialog.py" line="51" />
            <source>Your organization's contact</source>
            <extracomment>Longest value accepted (the interchange format's "short" strings are as long).</extracomment>
            <translation>団体の連絡先</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="54" />
            <source>This contact is printed on every profile instead of the candidate's: a company that is interested answers to you, never to the person. Use the organization's shared address and phone number, not a caseworker's own.</source>
            <translation>この連絡先は、候補者本人の連絡先の代わりにすべてのプロフィールに印刷されます。関心を持った企業は本人ではなく団体に連絡します。担当者個人のものではなく、団体共通のメールアドレスと電話番号を使ってください。</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="59" />
            <source>Organization name</source>
            <translation>団体名</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="60" />
            <source>Email address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="61" />
            <source>Phone number</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="62" />
            <source>e.g. Bridge Support Japan</source>
            <translation>例: ブリッジ・サポート・ジャパン</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="63" />
            <source>e.g. jobs@example.org</source>
            <translation>例: jobs@example.org</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="66" />
            <source>&amp;Name:</source>
            <translation>団体名(&amp;N):</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="67" />
            <source>&amp;Email:</source>
            <translation>メール(&amp;E):</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="68" />
            <source>&amp;Phone:</source>
            <translation>電話(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/organization_dialog.py" line="70" />
            <source>Without a name, profiles carry no contact at all. Each profile exported from now on uses what is saved here.</source>
            <translation>団体名がない場合、プロフィールには連絡先が一切載りません。ここで保存した内容は、これから書き出すすべてのプロフィールに使われます。</translation>
        </message>
    </context>
    <context>
        <name>PrivacyScreen</name>
        <message>
            <location filename="../../ui/privacy.py" line="46" />
            <source>Hidden — point at it or click to show</source>
            <extracomment>What a masked value shows in lists and labels. The vault's meta key that remembers the choice.</extracomment>
            <translation>非表示 — ポインターを合わせるかクリックすると表示されます</translation>
        </message>
    </context>
    <context>
        <name>ProfilePreview</name>
        <message>
            <location filename="../../ui/profile_preview.py" line="146" />
            <source>Profile preview</source>
            <extracomment>The selected hit changed (None: none selected).</extracomment>
            <translation>プロフィールのプレビュー</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="148" />
            <source>The profile as the PDF will show it; markers replace what was removed</source>
            <translation>PDF に表示されるとおりのプロフィールです。削除された箇所はマーカーに置き換わっています</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="156" />
            <source>&amp;Hits: what was removed</source>
            <translation>検出(&amp;H)：削除された箇所</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="160" />
            <source>Hits</source>
            <translation>検出</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="176" />
            <source>&amp;Release…</source>
            <translation>解除(&amp;R)…</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="176" />
            <source>Release the selected hit, with a reason</source>
            <translation>選択した検出を、理由を添えて解除</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="178" />
            <source>A false hit: let this text through for this export. The reason is logged.</source>
            <translation>誤検出の場合に、今回のエクスポートに限りこのテキストを残します。理由は記録されます。</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="180" />
            <source>&amp;Add a hit…</source>
            <translation>検出を追加(&amp;A)…</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="180" />
            <source>Remove more text: never share it for this person</source>
            <translation>ほかのテキストも削除：この方について今後も共有しない</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="182" />
            <source>Select text in the preview, or type it: it is replaced by a marker on every profile of this person from now on.</source>
            <translation>プレビューでテキストを選択するか入力してください。今後この方のすべてのプロフィールでマーカーに置き換わります。</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="184" />
            <source>Show &amp;original text</source>
            <translation>元のテキストを表示(&amp;O)</translation>
        </message>
        <message>
            <location filename="../../ui/profile_preview.py" line="285" />
            <source>Removed by the scanner</source>
            <extracomment>Where each marker stands on the page: (start, end, marker), in page order.</extracomment>
            <translation>スキャナーが削除しました</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyPage</name>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="64" />
            <source>Your recovery key</source>
            <extracomment>The sheet's PDF was written (path) or not (an error's text): from the writing thread.</extracomment>
            <translation>回復キー</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="67" />
            <source>If the passphrase is ever forgotten, this key is the only way into the vault. It is shown only this once. Write it down or print it and keep it somewhere safe, away from this computer: anyone who has it can open the vault.</source>
            <translation>パスフレーズを忘れたときに保管庫を開く方法は、このキーだけです。表示されるのは今回限りです。書き写すか印刷して、このコンピューターから離れた安全な場所に保管してください。このキーを持っている人は誰でも保管庫を開けます。</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="81" />
            <source>Recovery key</source>
            <translation>回復キー</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="88" />
            <source>Copy</source>
            <translation>コピー</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="88" />
            <source>Copy the recovery key</source>
            <translation>回復キーをコピー</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="90" />
            <source>Save recovery sheet (PDF)…</source>
            <translation>回復シートを保存(PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="90" />
            <source>Save the recovery key as a PDF sheet</source>
            <translation>回復キーを PDF のシートとして保存します</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="92" />
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="92" />
            <source>Print the recovery key</source>
            <translation>回復キーを印刷します</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="101" />
            <source>I have stored the recovery key somewhere safe</source>
            <translation>回復キーを安全な場所に保管しました</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="103" />
            <source>Continue</source>
            <translation>続行</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="103" />
            <source>Continue to the vault</source>
            <translation>保管庫に進む</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/recovery_key_page.py" line="137" />
            <source>Copied. The clipboard is cleared in %n seconds.</source>
            <translation>
                <numerusform>コピーしました。クリップボードは%n秒後に消去されます。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="142" />
            <source>Kakehashi — recovery key</source>
            <translation>Kakehashi — 回復キー</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="144" />
            <source>This key opens the vault if its passphrase is forgotten. Type it in the unlock window instead of the passphrase; capitals, spaces and dashes do not matter.</source>
            <translation>パスフレーズを忘れたときは、このキーで保管庫を開けます。ロック解除の画面でパスフレーズの代わりに入力してください。大文字・小文字、空白、ハイフンは区別しません。</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="148" />
            <source>Anyone who has this sheet can open the vault. Keep it locked away, apart from the laptop, and never photograph it or send it by e-mail.</source>
            <translation>このシートを持つ人は誰でも保管庫を開けます。ノートパソコンとは別の場所に鍵をかけて保管し、写真に撮ったりメールで送ったりしないでください。</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="151" />
            <source>Kept at (write it here):</source>
            <translation>保管場所(ここに記入):</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="152" />
            <source>Made on %1</source>
            <translation>作成日: %1</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="160" />
            <source>Save the recovery sheet</source>
            <translation>回復シートの保存</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="182" />
            <source>The sheet could not be saved: %1</source>
            <translation>シートを保存できませんでした: %1</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="186" />
            <source>Saved as %1 (readable only by you). Print it or move it somewhere safe, then delete the file.</source>
            <translation>%1 として保存しました(あなただけが読めます)。印刷するか安全な場所に移してから、このファイルを削除してください。</translation>
        </message>
        <message>
            <location filename="../../ui/recovery_key_page.py" line="193" />
            <source>Sent to the printer.</source>
            <translation>プリンターに送りました。</translation>
        </message>
    </context>
    <context>
        <name>ReleaseDialog</name>
        <message>
            <location filename="../../ui/export_review.py" line="80" />
            <source>Release this hit?</source>
            <extracomment>A reason is one line; a long one is still logged whole.</extracomment>
            <translation>この検出を解除しますか？</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="82" />
            <source>The text stays in this field of this profile, for this export only. Release only what cannot point to the person: the reason is recorded in the disclosure log.</source>
            <translation>今回のエクスポートに限り、このプロフィールのこの項目にテキストを残します。本人の特定につながらないものだけを解除してください。理由は開示記録に残ります。</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="88" />
            <source>Original text</source>
            <translation>元のテキスト</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="93" />
            <source>Reason for releasing</source>
            <translation>解除の理由</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="94" />
            <source>e.g. a programming language, not a name</source>
            <translation>例：人名ではなくプログラミング言語の名前</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="95" />
            <source>Kind:</source>
            <translation>種類:</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="96" />
            <source>Found in:</source>
            <translation>検出箇所:</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="97" />
            <source>Text:</source>
            <translation>テキスト:</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="98" />
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R):</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="85" />
            <source>&amp;Release</source>
            <translation>解除する(&amp;R)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../ui/restore_dialog.py" line="353" />
            <source>Checking the whole backup… this takes a few seconds.</source>
            <extracomment>The caseworker wants to open the restored vault (its folder): lock and unlock it.</extracomment>
            <translation>バックアップ全体を検査しています…（数秒かかります）</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="382" />
            <source>Checking the backup again and restoring… this takes a few seconds.</source>
            <translation>バックアップをもう一度検査して復元しています…（数秒かかります）</translation>
        </message>
    </context>
    <context>
        <name>RestoredPage</name>
        <message>
            <location filename="../../ui/restore_dialog.py" line="246" />
            <source>Backup restored</source>
            <translation>バックアップを復元しました</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="249" />
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="250" />
            <source>Open it now</source>
            <translation>今すぐ開く</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="252" />
            <source>Lock the vault you have open and unlock the restored one</source>
            <translation>開いている保管庫をロックし、復元した保管庫のロックを解除します</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="254" />
            <source>Unlock the restored vault</source>
            <translation>復元した保管庫のロックを解除します</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="270" />
            <source>The backup was restored into %1. It opens with the same passphrases and recovery key as the backup.</source>
            <translation>バックアップを %1 に復元しました。バックアップと同じパスフレーズと回復キーで開けます。</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="275" />
            <source>The backup was restored into %1. It opens with the same passphrases and recovery key as the backup. The vault you have open has not been changed.</source>
            <translation>バックアップを %1 に復元しました。バックアップと同じパスフレーズと回復キーで開けます。いま開いている保管庫は変更されていません。</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="280" />
            <source>The backup was restored into %1. It opens with the same passphrases and recovery key as the backup. The vault you have open has not been changed; “Open it now” locks it and asks for the restored vault's passphrase.</source>
            <translation>バックアップを %1 に復元しました。バックアップと同じパスフレーズと回復キーで開けます。いま開いている保管庫は変更されていません。「今すぐ開く」を押すと、その保管庫をロックして、復元した保管庫のパスフレーズを求めます。</translation>
        </message>
    </context>
    <context>
        <name>RowsEditor</name>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="295" />
            <source>Row %1, %2: not a date (write 2019, 2019-04 or 2019-04-15)</source>
            <extracomment>Shortcuts active anywhere inside one rows editor (in its table, Insert and Delete too). The table shows at least / at most this many rows before it scrolls. Dates people give are often partial: 2019, 2019-04, 2019-04-15. A row was added, removed, moved or changed by the caseworker (never by set_rows).</extracomment>
            <translation>%1 行目の「%2」: 日付ではありません (2019、2019-04、2019-04-15 の形で入力してください)</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="397" />
            <location filename="../../ui/editor/rows_editor.py" line="614" />
            <source>Not a date: write 2019, 2019-04 or 2019-04-15</source>
            <translation>日付ではありません: 2019、2019-04、2019-04-15 の形で入力してください</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="414" />
            <location filename="../../ui/editor/rows_editor.py" line="684" />
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="414" />
            <location filename="../../ui/editor/rows_editor.py" line="685" />
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="621" />
            <source>Year, year-month or full date</source>
            <translation>年、年-月、または年-月-日</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="665" />
            <source>Add</source>
            <translation>追加</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="665" />
            <source>Add a row</source>
            <translation>行を追加</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="666" />
            <source>Remove</source>
            <translation>削除</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="667" />
            <source>Remove the selected row</source>
            <translation>選択した行を削除</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="668" />
            <source>Move up</source>
            <translation>上へ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="669" />
            <source>Move the selected row up</source>
            <translation>選択した行を上へ移動</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="670" />
            <source>Move down</source>
            <translation>下へ</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="671" />
            <source>Move the selected row down</source>
            <translation>選択した行を下へ移動</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="678" />
            <source>Nothing here yet. Add a row with “Add” (%1).</source>
            <translation>まだ何もありません。「追加」(%1) で行を追加してください。</translation>
        </message>
        <message>
            <location filename="../../ui/editor/rows_editor.py" line="688" />
            <source>YYYY-MM-DD</source>
            <translation>例: 2019-04-15</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/strength_meter.py" line="27" />
            <source>Passphrase strength</source>
            <translation>パスフレーズの強度</translation>
        </message>
        <message>
            <location filename="../../ui/strength_meter.py" line="39" />
            <source>Too short: at least %1 characters</source>
            <translation>短すぎます：%1文字以上にしてください</translation>
        </message>
        <message>
            <location filename="../../ui/strength_meter.py" line="42" />
            <source>Very weak: a common password or pattern</source>
            <translation>非常に弱い：よく使われるパスワードやパターンです</translation>
        </message>
        <message>
            <location filename="../../ui/strength_meter.py" line="43" />
            <source>Weak: make it longer</source>
            <translation>弱い：もっと長くしてください</translation>
        </message>
        <message>
            <location filename="../../ui/strength_meter.py" line="44" />
            <source>Fair: a longer passphrase is safer</source>
            <translation>普通：長くするほど安全です</translation>
        </message>
        <message>
            <location filename="../../ui/strength_meter.py" line="45" />
            <source>Good</source>
            <translation>良好</translation>
        </message>
        <message>
            <location filename="../../ui/strength_meter.py" line="46" />
            <source>Strong</source>
            <translation>強い</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <location filename="../../ui/restore_dialog.py" line="147" />
            <source>What this backup holds</source>
            <translation>このバックアップの内容</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="163" />
            <source>File:</source>
            <translation>ファイル:</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="164" />
            <source>Made on:</source>
            <translation>作成日時:</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="165" />
            <source>Dossiers:</source>
            <translation>ケース記録:</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="166" />
            <source>Companies:</source>
            <translation>企業:</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="167" />
            <source>Documents:</source>
            <translation>書類:</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="170" />
            <source>The backup is whole and opens with what you typed. Nothing has been written yet.</source>
            <translation>バックアップは完全で、入力したパスフレーズまたは回復キーで開けます。まだ何も書き込まれていません。</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="176" />
            <source>Restore it into a new, empty folder. The vault you have open is not changed; the restored vault opens with the same passphrases and recovery key as the backup.</source>
            <translation>新しい空のフォルダーに復元してください。いま開いている保管庫は変更されません。復元した保管庫は、バックアップと同じパスフレーズと回復キーで開けます。</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="182" />
            <source>Restore it into a new, empty folder. The restored vault opens with the same passphrases and recovery key as the backup.</source>
            <translation>新しい空のフォルダーに復元してください。復元した保管庫は、バックアップと同じパスフレーズと回復キーで開けます。</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="187" />
            <source>Choose or create an empty folder for the restored vault</source>
            <translation>復元する保管庫用の空のフォルダーを選択または作成</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="189" />
            <source>Folder for the restored vault</source>
            <translation>復元する保管庫のフォルダー</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="191" />
            <source>New &amp;folder:</source>
            <translation>新しいフォルダー(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="193" />
            <source>Back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="194" />
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="196" />
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="196" />
            <source>Restore into the new folder</source>
            <translation>新しいフォルダーに復元</translation>
        </message>
        <message>
            <location filename="../../ui/restore_dialog.py" line="232" />
            <source>Choose a new, empty folder for the restored vault.</source>
            <translation>復元する保管庫用に、新しい空のフォルダーを選んでください。</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../ui/unlock_dialog.py" line="56" />
            <source>Automatic backup</source>
            <translation>自動バックアップ</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_dialog.py" line="136" />
            <source>Unlocking… this takes about a second.</source>
            <translation>ロックを解除しています…（1秒ほどかかります）</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_dialog.py" line="166" />
            <source>Measuring this computer and creating the vault… this takes a few seconds.</source>
            <translation>このコンピューターの処理速度を測定し、保管庫を作成しています…（数秒かかります）</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_dialog.py" line="197" />
            <source>Making a demo vault of invented people…</source>
            <translation>架空の人物によるデモ用保管庫を作成しています…</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../../ui/unlock_page.py" line="32" />
            <source>Unlock a vault</source>
            <extracomment>The folder and the passphrase or recovery key, both present.</extracomment>
            <translation>保管庫のロックを解除</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="34" />
            <source>Enter the vault's passphrase. If it is forgotten, its recovery key works too.</source>
            <translation>保管庫のパスフレーズを入力してください。パスフレーズを忘れた場合は、回復キーでも開けます。</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="37" />
            <source>Choose the vault folder</source>
            <translation>保管庫のフォルダーを選択</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="38" />
            <source>Vault folder</source>
            <translation>保管庫のフォルダー</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="41" />
            <source>Passphrase or recovery key</source>
            <translation>パスフレーズまたは回復キー</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="45" />
            <source>Vault &amp;folder:</source>
            <translation>保管庫のフォルダー(&amp;F):</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="46" />
            <source>&amp;Passphrase:</source>
            <translation>パスフレーズ(&amp;P):</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="48" />
            <source>Create a new vault…</source>
            <translation>新しい保管庫を作成…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="48" />
            <source>Create a new vault</source>
            <translation>新しい保管庫を作成</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="50" />
            <source>Restore a backup…</source>
            <translation>バックアップから復元…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="50" />
            <source>Restore a vault from a backup</source>
            <translation>バックアップから保管庫を復元</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="52" />
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="52" />
            <source>Quit Kakehashi</source>
            <translation>Kakehashi を終了</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="53" />
            <source>Unlock</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="53" />
            <source>Unlock the vault</source>
            <translation>保管庫のロックを解除</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="93" />
            <source>Choose the folder of the vault.</source>
            <translation>保管庫のフォルダーを選んでください。</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_page.py" line="97" />
            <source>Enter the passphrase or the recovery key.</source>
            <translation>パスフレーズまたは回復キーを入力してください。</translation>
        </message>
    </context>
    <context>
        <name>ValuesEditor</name>
        <message>
            <location filename="../../ui/editor/values_editor.py" line="122" />
            <source>One per line</source>
            <extracomment>The box shows at least / at most this many lines before it scrolls. The values changed, by the caseworker (never by :meth:`set_values`).</extracomment>
            <translation>1 行に 1 つずつ入力</translation>
        </message>
        <message>
            <location filename="../../ui/editor/values_editor.py" line="123" />
            <source>One value per line</source>
            <translation>1 行に 1 項目ずつ入力します</translation>
        </message>
    </context>
</TS>
