<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>BackupFileField</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="68"/>
        <source>Kakehashi backups (*%1);;All files (*)</source>
        <translation>Kakehashi バックアップ (*%1);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="127"/>
        <source>Choose a folder for the automatic backups.</source>
        <extracomment>The settings are saved in the vault: the state as the vault now has it.</extracomment>
        <translation>自動バックアップの保存先フォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="134"/>
        <source>This folder does not exist. Is the USB stick in?</source>
        <translation>このフォルダーは存在しません。USB メモリーは差し込まれていますか？</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="139"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>BackupSettingsPage</name>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="30"/>
        <source>Backup settings</source>
        <translation>バックアップの設定</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="33"/>
        <source>A backup is one encrypted file: it opens with this vault&apos;s passphrases or its recovery key, and with nothing else. Keep backups away from this computer, for example on a USB stick.</source>
        <translation>バックアップは暗号化された1つのファイルで、この保管庫のパスフレーズか回復キーでしか開けません。USB メモリーなど、このコンピューターとは別の場所に保管してください。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="39"/>
        <source>Choose the folder for automatic backups</source>
        <translation>自動バックアップの保存先フォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="40"/>
        <source>Backup folder</source>
        <translation>バックアップの保存先フォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="41"/>
        <source>Backup &amp;folder:</source>
        <translation>保存先フォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="46"/>
        <source>Number of automatic backups to keep</source>
        <translation>残しておく自動バックアップの数</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="48"/>
        <source>Keep the last %1 automatic backups</source>
        <translation>自動バックアップを新しいものから %1 個残す</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="61"/>
        <source>Back up automatically when the vault locks and when Kakehashi quits</source>
        <translation>保管庫のロック時と Kakehashi の終了時に自動でバックアップする</translation>
    </message>
    <message>
        <location filename="../../ui/backup_settings_dialog.py" line="65"/>
        <source>Each automatic backup is a new file named after the date; the oldest beyond this number are deleted from the folder. Backups made with Back up now… are never deleted.</source>
        <translation>自動バックアップは、そのたびに日時の入った名前の新しいファイルになります。この数を超えた古いものはフォルダーから削除されます。「今すぐバックアップ」で作成したバックアップは削除されません。</translation>
    </message>
</context>
<context>
    <name>BackupStatus</name>
    <message>
        <location filename="../../ui/backup_status.py" line="38"/>
        <source>Last backup</source>
        <translation>最終バックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="73"/>
        <source>Back up now from the File menu; automatic backups on lock and on quit are set in its Backup settings.</source>
        <translation>「ファイル」メニューの「今すぐバックアップ」でバックアップできます。ロック時と終了時の自動バックアップは、同じメニューの「バックアップの設定」で設定します。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="77"/>
        <source>No backup yet — back up now</source>
        <translation>まだバックアップがありません — 今すぐバックアップしてください</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="78"/>
        <source>No good backup of this vault has been made yet.</source>
        <translation>この保管庫の正常なバックアップは、まだ作成されていません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backup_status.py" line="81"/>
        <source>Last backup %n day(s) ago — back up now</source>
        <translation>
            <numerusform>最終バックアップは %n 日前です — 今すぐバックアップしてください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="82"/>
        <source>The last good backup was made on %1, more than a week ago.</source>
        <translation>最後の正常なバックアップは %1 に作成されました。1週間以上前です。</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="86"/>
        <source>Last backup: %1</source>
        <translation>最終バックアップ: %1</translation>
    </message>
    <message>
        <location filename="../../ui/backup_status.py" line="87"/>
        <source>The last good backup was made on %1.</source>
        <translation>最後の正常なバックアップは %1 に作成されました。</translation>
    </message>
</context>
<context>
    <name>ChooseBackupPage</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="80"/>
        <source>Restore from a backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="83"/>
        <source>Choose a backup file and type a passphrase or the recovery key that opens it. The whole backup is checked first, and you see what it holds before anything is written.</source>
        <translation>バックアップファイルを選び、それを開けるパスフレーズか回復キーを入力してください。まずバックアップ全体を検査し、何かを書き込む前にその内容を確認できます。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="88"/>
        <source>Choose a backup file</source>
        <translation>バックアップファイルを選択</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="89"/>
        <source>Browse for a backup file</source>
        <translation>バックアップファイルを参照</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="90"/>
        <source>Backup file</source>
        <translation>バックアップファイル</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="93"/>
        <source>Passphrase or recovery key of the backup</source>
        <translation>バックアップのパスフレーズまたは回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="94"/>
        <source>Passphrase or recovery key</source>
        <translation>パスフレーズまたは回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="97"/>
        <source>Backup &amp;file:</source>
        <translation>バックアップファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="99"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="106"/>
        <source>Check the backup</source>
        <translation>バックアップを検査</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="137"/>
        <source>Choose the backup file.</source>
        <translation>バックアップファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="141"/>
        <source>Enter a passphrase or the recovery key of the backup.</source>
        <translation>バックアップのパスフレーズまたは回復キーを入力してください。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <location filename="../../ui/messages.py" line="20"/>
        <source>wrong passphrase or recovery key</source>
        <extracomment>Messages the core raises with fixed text, verbatim.</extracomment>
        <translation>パスフレーズまたは回復キーが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="21"/>
        <source>wrong recovery key</source>
        <translation>回復キーが正しくありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="22"/>
        <source>the recovery key is mistyped: its check characters do not match</source>
        <translation>回復キーの入力に誤りがあります（チェック用の文字が一致しません）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>the vault is in use by another process</source>
        <translation>この保管庫は別のプログラムで使用中です。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>the vault&apos;s key envelope is damaged (both copies)</source>
        <translation>保管庫の鍵情報ファイルが壊れています（2つのコピーの両方）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="27"/>
        <source>the vault&apos;s key envelope is missing (both copies)</source>
        <translation>保管庫の鍵情報ファイルが見つかりません（2つのコピーの両方）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>the key envelope has been altered (its MAC does not match)</source>
        <translation>鍵情報ファイルが改変されています（MAC が一致しません）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="31"/>
        <source>the two copies of the key envelope belong to different vaults</source>
        <translation>鍵情報ファイルの2つのコピーが、別々の保管庫のものです。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34"/>
        <source>a passphrase must have at least 8 characters</source>
        <translation>パスフレーズは8文字以上にしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>a passphrase must not begin or end with spaces</source>
        <translation>パスフレーズの先頭と末尾には空白を使えません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="36"/>
        <source>the vault is locked</source>
        <translation>保管庫はロックされています。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>no backup folder is set, or it is not there (is the USB stick in?)</source>
        <translation>バックアップの保存先フォルダーが設定されていないか、見つかりません（USB メモリーは差し込まれていますか？）。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="40"/>
        <source>keep at least one backup</source>
        <translation>バックアップは少なくとも1つ残してください。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>this vault was written by a newer version of Kakehashi; update the app</source>
        <translation>この保管庫は新しいバージョンの Kakehashi で書き込まれています。アプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="48"/>
        <source>it is truncated</source>
        <extracomment>What the core says is wrong with a damaged backup (the part after &quot;damaged or altered: &quot;).</extracomment>
        <translation>ファイルが途中で切れています</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="49"/>
        <source>it has extra bytes at its end</source>
        <translation>ファイルの末尾に余分なデータがあります</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>its MAC does not match</source>
        <translation>MAC が一致しません</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="51"/>
        <source>its header is malformed</source>
        <translation>ヘッダーの形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>its header is not readable</source>
        <translation>ヘッダーを読み取れません</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>it has a format version this app does not know</source>
        <translation>このアプリが対応していない形式のバージョンです</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="54"/>
        <source>its key envelope is damaged</source>
        <translation>鍵情報が壊れています</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="55"/>
        <source>its key envelope was altered</source>
        <translation>鍵情報が改変されています</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="56"/>
        <source>its manifest is malformed</source>
        <translation>内容一覧の形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>its manifest does not open</source>
        <translation>内容一覧を開けません</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="58"/>
        <source>its database does not match its manifest</source>
        <translation>データベースが内容一覧と一致しません</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="64"/>
        <source>no vault at %1</source>
        <extracomment>Messages with a variable part (a folder, a detail): the pattern and its source text, where ``%1`` stands for the captured part.</extracomment>
        <translation>%1 に保管庫がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="67"/>
        <source>%1 is not a Kakehashi vault</source>
        <translation>%1 は Kakehashi の保管庫ではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="71"/>
        <source>%1 already exists and is not an empty folder</source>
        <translation>%1 は既に存在し、空のフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="75"/>
        <source>the vault database is damaged: %1</source>
        <translation>保管庫のデータベースが壊れています：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="79"/>
        <source>the vault&apos;s key envelope is unusable: %1</source>
        <translation>保管庫の鍵情報ファイルを使用できません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="83"/>
        <source>the backup is damaged or has been altered: %1; nothing was written</source>
        <translation>バックアップが壊れているか、改変されています（%1）。何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="89"/>
        <source>%1 is not a Kakehashi backup</source>
        <translation>%1 は Kakehashi のバックアップではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="93"/>
        <source>%1 is a folder, not a backup</source>
        <translation>%1 はフォルダーで、バックアップではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="97"/>
        <source>%1 is a folder; name the backup file</source>
        <translation>%1 はフォルダーです。バックアップのファイル名を指定してください。</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="101"/>
        <source>no such file: %1</source>
        <translation>ファイルが見つかりません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="105"/>
        <source>no such folder: %1</source>
        <translation>フォルダーが見つかりません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="150"/>
        <source>the folder cannot be used: %1</source>
        <translation>このフォルダーは使用できません：%1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="155"/>
        <source>internal error (%1); the vault was not changed</source>
        <translation>内部エラーが発生しました（%1）。保管庫は変更されていません。</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../ui/create_page.py" line="45"/>
        <source>Create a new vault</source>
        <extracomment>The folder and the new passphrase, already checked by the core&apos;s rules.</extracomment>
        <translation>新しい保管庫を作成</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="48"/>
        <source>A vault is a folder on this computer in which everything is kept encrypted. Choose a new or empty folder and a passphrase that you will remember: nobody can open the vault without it.</source>
        <translation>保管庫とは、すべてのデータを暗号化して保存する、このコンピューター上のフォルダーです。新しいフォルダーか空のフォルダーを選び、忘れないパスフレーズを決めてください。パスフレーズがなければ、誰も保管庫を開けません。</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="54"/>
        <source>Choose or create an empty folder for the new vault</source>
        <translation>新しい保管庫用の空のフォルダーを選択または作成</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="55"/>
        <source>Folder for the new vault</source>
        <translation>新しい保管庫のフォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="59"/>
        <source>New passphrase</source>
        <translation>新しいパスフレーズ</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="62"/>
        <source>New passphrase again</source>
        <translation>新しいパスフレーズ（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="66"/>
        <source>At least %1 characters. A few unrelated words make a passphrase that is strong and easy to remember.</source>
        <translation>%1文字以上にしてください。関連のない単語をいくつか組み合わせると、強くて覚えやすいパスフレーズになります。</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="73"/>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="74"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="75"/>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="80"/>
        <source>Strength:</source>
        <translation>強度:</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="83"/>
        <source>Open an existing vault…</source>
        <translation>既存の保管庫を開く…</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="84"/>
        <source>Open an existing vault</source>
        <translation>既存の保管庫を開く</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="86"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="87"/>
        <source>Quit Kakehashi</source>
        <translation>Kakehashi を終了</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="89"/>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="90"/>
        <source>Create the vault</source>
        <translation>保管庫を作成する</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="142"/>
        <source>Choose a folder for the new vault.</source>
        <translation>新しい保管庫のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/create_page.py" line="153"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>2つのパスフレーズが一致しません。同じパスフレーズを2回入力してください。</translation>
    </message>
</context>
<context>
    <name>DeskController</name>
    <message>
        <location filename="../../ui/controller.py" line="104"/>
        <source>Backing up the vault before it closes…</source>
        <extracomment>The desk is done (the user quit): the application may exit. The automatic backup started as the vault locked has ended (well or not).</extracomment>
        <translation>保管庫を閉じる前にバックアップしています…</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="118"/>
        <source>Backed up automatically at %1 into %2.</source>
        <translation>%1 に %2 へ自動でバックアップしました。</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="127"/>
        <source>The automatic backup failed: %1 The vault is locked all the same; back it up once it is open again.</source>
        <translation>自動バックアップに失敗しました：%1保管庫はそのままロックされています。次に開いたときにバックアップしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="157"/>
        <source>Backing up before closing…</source>
        <translation>終了する前にバックアップしています…</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="178"/>
        <source>The automatic backup failed</source>
        <translation>自動バックアップに失敗しました</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="185"/>
        <source>The vault itself is safe. Quit anyway, or go back to the vault and back it up from the File menu.</source>
        <translation>保管庫そのものは無事です。このまま終了するか、保管庫に戻って「ファイル」メニューからバックアップしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="189"/>
        <source>Quit anyway</source>
        <translation>このまま終了</translation>
    </message>
    <message>
        <location filename="../../ui/controller.py" line="190"/>
        <source>Back to the vault</source>
        <translation>保管庫に戻る</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Ref</source>
        <extracomment>Year first in every language: unambiguous, and close to Japan&apos;s own 2026/04/01.</extracomment>
        <translation>整理番号</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_model.py" line="61"/>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/main_window.py" line="81"/>
        <source>This vault has no dossiers yet</source>
        <extracomment>The table shows this many of the most recently changed dossiers (the lazy list comes later). Room on either side of the narrow columns&apos; text, in pixels.</extracomment>
        <translation>この保管庫にはまだケース記録がありません</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Dossiers are imported from an interchange file (JSON) with the command line. Lock the vault first (Ctrl+L) or quit Kakehashi: a vault can be open in only one program at a time. Then run:</source>
        <translation>ケース記録は、コマンドラインを使って交換用ファイル（JSON）から取り込みます。保管庫は一度に1つのプログラムでしか開けないため、先に保管庫をロックする（Ctrl+L）か、Kakehashi を終了してください。そのうえで、次のコマンドを実行します：</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="95"/>
        <source>Import command</source>
        <translation>取り込みコマンド</translation>
    </message>
</context>
<context>
    <name>FolderField</name>
    <message>
        <location filename="../../ui/folder_field.py" line="33"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../ui/folder_field.py" line="35"/>
        <source>Browse for a folder</source>
        <translation>フォルダーを参照</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/form_page.py" line="38"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../ui/form_page.py" line="63"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Dossiers</source>
        <extracomment>The folder of a vault just restored, to open now (the controller locks this one first). Emitted on the GUI thread when the dossiers have been loaded (or failed to). Emitted when the backup state (settings, last good backup) is known or has changed. Emitted when a &quot;Back up now&quot; job has ended, well or not.</extracomment>
        <translation>ケース記録</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="169"/>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Close the vault and ask for the passphrase again</source>
        <translation>保管庫を閉じて、もう一度パスフレーズを求めます</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>&amp;Back up now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178"/>
        <source>Write an encrypted backup of the vault to a file, and check it</source>
        <translation>保管庫の暗号化されたバックアップをファイルに書き出し、検査します</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181"/>
        <source>Backup &amp;settings…</source>
        <translation>バックアップの設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>Choose the backup folder and the automatic backups on lock and on quit</source>
        <translation>バックアップの保存先と、ロック時・終了時の自動バックアップを設定します</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186"/>
        <source>&amp;Restore from a backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Check a backup, see what it holds, and restore it into a new folder</source>
        <translation>バックアップを検査して内容を確認し、新しいフォルダーに復元します</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="212"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="236"/>
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>ケース記録 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="238"/>
        <source>showing the %1 most recently changed</source>
        <translation>最近更新された %1 件を表示中</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303"/>
        <source>Back up the vault</source>
        <translation>保管庫をバックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Kakehashi backups (*%1)</source>
        <translation>Kakehashi バックアップ (*%1)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Backing up… the backup is read back and checked once it is written.</source>
        <translation>バックアップしています…（書き込んだ後、読み戻して検査します）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>Backup written and checked: %1</source>
        <translation>バックアップを書き込み、検査しました：%1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345"/>
        <source>The backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="26"/>
        <source>Your recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="29"/>
        <source>If the passphrase is ever forgotten, this key is the only way into the vault. It is shown only this once. Write it down or print it and keep it somewhere safe, away from this computer: anyone who has it can open the vault.</source>
        <translation>パスフレーズを忘れたときに保管庫を開く方法は、このキーだけです。表示されるのは今回限りです。書き写すか印刷して、このコンピューターから離れた安全な場所に保管してください。このキーを持っている人は誰でも保管庫を開けます。</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="43"/>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="50"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="51"/>
        <source>Copy the recovery key</source>
        <translation>回復キーをコピー</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="58"/>
        <source>I have stored the recovery key somewhere safe</source>
        <translation>回復キーを安全な場所に保管しました</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="59"/>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_key_page.py" line="60"/>
        <source>Continue to the vault</source>
        <translation>保管庫に進む</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/recovery_key_page.py" line="98"/>
        <source>Copied. The clipboard is cleared in %n seconds.</source>
        <translation>
            <numerusform>コピーしました。クリップボードは%n秒後に消去されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="385"/>
        <source>Checking the whole backup… this takes a few seconds.</source>
        <extracomment>The caseworker wants to open the restored vault (its folder): lock and unlock it.</extracomment>
        <translation>バックアップ全体を検査しています…（数秒かかります）</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="414"/>
        <source>Checking the backup again and restoring… this takes a few seconds.</source>
        <translation>バックアップをもう一度検査して復元しています…（数秒かかります）</translation>
    </message>
</context>
<context>
    <name>RestoredPage</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="271"/>
        <source>Backup restored</source>
        <translation>バックアップを復元しました</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="274"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="275"/>
        <source>Open it now</source>
        <translation>今すぐ開く</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="277"/>
        <source>Lock the vault you have open and unlock the restored one</source>
        <translation>開いている保管庫をロックし、復元した保管庫のロックを解除します</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="279"/>
        <source>Unlock the restored vault</source>
        <translation>復元した保管庫のロックを解除します</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="302"/>
        <source>The backup was restored into %1. It opens with the same passphrases and recovery key as the backup.</source>
        <translation>バックアップを %1 に復元しました。バックアップと同じパスフレーズと回復キーで開けます。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="307"/>
        <source>The backup was restored into %1. It opens with the same passphrases and recovery key as the backup. The vault you have open has not been changed.</source>
        <translation>バックアップを %1 に復元しました。バックアップと同じパスフレーズと回復キーで開けます。いま開いている保管庫は変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="312"/>
        <source>The backup was restored into %1. It opens with the same passphrases and recovery key as the backup. The vault you have open has not been changed; “Open it now” locks it and asks for the restored vault&apos;s passphrase.</source>
        <translation>バックアップを %1 に復元しました。バックアップと同じパスフレーズと回復キーで開けます。いま開いている保管庫は変更されていません。「今すぐ開く」を押すと、その保管庫をロックして、復元した保管庫のパスフレーズを求めます。</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/strength_meter.py" line="27"/>
        <source>Passphrase strength</source>
        <translation>パスフレーズの強度</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="39"/>
        <source>Too short: at least %1 characters</source>
        <translation>短すぎます：%1文字以上にしてください</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="42"/>
        <source>Very weak: a common password or pattern</source>
        <translation>非常に弱い：よく使われるパスワードやパターンです</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="43"/>
        <source>Weak: make it longer</source>
        <translation>弱い：もっと長くしてください</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="44"/>
        <source>Fair: a longer passphrase is safer</source>
        <translation>普通：長くするほど安全です</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="45"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location filename="../../ui/strength_meter.py" line="46"/>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/restore_dialog.py" line="156"/>
        <source>What this backup holds</source>
        <translation>このバックアップの内容</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="172"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="173"/>
        <source>Made on:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="174"/>
        <source>Dossiers:</source>
        <translation>ケース記録:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="175"/>
        <source>Companies:</source>
        <translation>企業:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="176"/>
        <source>Documents:</source>
        <translation>書類:</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="179"/>
        <source>The backup is whole and opens with what you typed. Nothing has been written yet.</source>
        <translation>バックアップは完全で、入力したパスフレーズまたは回復キーで開けます。まだ何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="185"/>
        <source>Restore it into a new, empty folder. The vault you have open is not changed; the restored vault opens with the same passphrases and recovery key as the backup.</source>
        <translation>新しい空のフォルダーに復元してください。いま開いている保管庫は変更されません。復元した保管庫は、バックアップと同じパスフレーズと回復キーで開けます。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="191"/>
        <source>Restore it into a new, empty folder. The restored vault opens with the same passphrases and recovery key as the backup.</source>
        <translation>新しい空のフォルダーに復元してください。復元した保管庫は、バックアップと同じパスフレーズと回復キーで開けます。</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="196"/>
        <source>Choose or create an empty folder for the restored vault</source>
        <translation>復元する保管庫用の空のフォルダーを選択または作成</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="198"/>
        <source>Folder for the restored vault</source>
        <translation>復元する保管庫のフォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="200"/>
        <source>New &amp;folder:</source>
        <translation>新しいフォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="204"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="206"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="208"/>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="209"/>
        <source>Restore into the new folder</source>
        <translation>新しいフォルダーに復元</translation>
    </message>
    <message>
        <location filename="../../ui/restore_dialog.py" line="257"/>
        <source>Choose a new, empty folder for the restored vault.</source>
        <translation>復元する保管庫用に、新しい空のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="56"/>
        <source>Automatic backup</source>
        <translation>自動バックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="135"/>
        <source>Unlocking… this takes about a second.</source>
        <translation>ロックを解除しています…（1秒ほどかかります）</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.py" line="164"/>
        <source>Measuring this computer and creating the vault… this takes a few seconds.</source>
        <translation>このコンピューターの処理速度を測定し、保管庫を作成しています…（数秒かかります）</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/unlock_page.py" line="31"/>
        <source>Unlock a vault</source>
        <extracomment>The folder and the passphrase or recovery key, both present.</extracomment>
        <translation>保管庫のロックを解除</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="33"/>
        <source>Enter the vault&apos;s passphrase. If it is forgotten, its recovery key works too.</source>
        <translation>保管庫のパスフレーズを入力してください。パスフレーズを忘れた場合は、回復キーでも開けます。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="36"/>
        <source>Choose the vault folder</source>
        <translation>保管庫のフォルダーを選択</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="37"/>
        <source>Vault folder</source>
        <translation>保管庫のフォルダー</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="41"/>
        <location filename="../../ui/unlock_page.py" line="42"/>
        <source>Passphrase or recovery key</source>
        <translation>パスフレーズまたは回復キー</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="45"/>
        <source>Vault &amp;folder:</source>
        <translation>保管庫のフォルダー(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="47"/>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="52"/>
        <source>Create a new vault…</source>
        <translation>新しい保管庫を作成…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="53"/>
        <source>Create a new vault</source>
        <translation>新しい保管庫を作成</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="55"/>
        <source>Restore a backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="56"/>
        <source>Restore a vault from a backup</source>
        <translation>バックアップから保管庫を復元</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="58"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="59"/>
        <source>Quit Kakehashi</source>
        <translation>Kakehashi を終了</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="61"/>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="62"/>
        <source>Unlock the vault</source>
        <translation>保管庫のロックを解除</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="111"/>
        <source>Choose the folder of the vault.</source>
        <translation>保管庫のフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_page.py" line="116"/>
        <source>Enter the passphrase or the recovery key.</source>
        <translation>パスフレーズまたは回復キーを入力してください。</translation>
    </message>
</context>
</TS>
