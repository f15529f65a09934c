<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>About</name>
    <message>
      <source>About Klassekonference</source>
      <translation>Om Klassekonference</translation>
    </message>
    <message>
      <source>Third-party components</source>
      <translation>Komponenter fra andre</translation>
    </message>
    <message>
      <source>Licence text</source>
      <translation>Licenstekst</translation>
    </message>
    <message>
      <source>Component</source>
      <translation>Komponent</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licens</translation>
    </message>
    <message>
      <source>Qt is used under the GNU LGPL version 3: its libraries lie as separate files in the program's folder and may be replaced by your own build of the same Qt version.</source>
      <translation>Qt bruges under GNU LGPL version 3: Qt-bibliotekerne ligger som selvstændige filer i programmets mappe og må udskiftes med din egen udgave af samme Qt-version.</translation>
    </message>
    <message>
      <source>(The licence file {name} is missing.)</source>
      <translation>(Licensfilen {name} mangler.)</translation>
    </message>
    <message>
      <source>Prepare and run class conferences, offline. Everything stays in one file on this computer; nothing is sent anywhere.</source>
      <translation>Forbered og afhold klassekonferencer uden internet. Alt bliver i én fil på denne computer; intet sendes nogen steder hen.</translation>
    </message>
    <message>
      <source>Built with Python {python} and Qt {qt}. The program uses these components, each under its own licence; the licence texts come with the program.</source>
      <translation>Lavet med Python {python} og Qt {qt}. Programmet bruger disse komponenter, hver under sin egen licens; licensteksterne følger med programmet.</translation>
    </message>
  </context>
  <context>
    <name>AbsencePanel</name>
    <message>
      <source>Absence per period</source>
      <translation>Fravær pr. periode</translation>
    </message>
    <message>
      <source>No absence has been imported for this pupil.</source>
      <translation>Der er ikke indlæst fravær for eleven.</translation>
    </message>
    <message>
      <source>What does the child say about why they are away from school?</source>
      <translation>Hvad siger barnet selv om, hvorfor det er væk fra skolen?</translation>
    </message>
    <message>
      <source>The cause as the child sees it</source>
      <translation>Årsagen, som barnet ser den</translation>
    </message>
    <message>
      <source>How do the parents understand the absence?</source>
      <translation>Hvordan forstår forældrene fraværet?</translation>
    </message>
    <message>
      <source>The cause as the parents see it</source>
      <translation>Årsagen, som forældrene ser den</translation>
    </message>
    <message>
      <source>Absence is often the child's best solution to a larger problem: write down how the child and the parents themselves understand the cause, not only the percentage.</source>
      <translation>Fravær er ofte barnets bedste løsning på et større problem: skriv, hvordan barnet og forældrene selv forstår årsagen, ikke kun procenten.</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>I alt</translation>
    </message>
    <message>
      <source>Unlawful</source>
      <translation>Ulovligt</translation>
    </message>
    <message>
      <source>Sickness</source>
      <translation>Sygdom</translation>
    </message>
    <message>
      <source>Marks</source>
      <translation>Markeringer</translation>
    </message>
    <message>
      <source>Latest period, {period}:</source>
      <translation>Seneste periode, {period}:</translation>
    </message>
  </context>
  <context>
    <name>AgreementDialog</name>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>What is agreed</source>
      <translation>Hvad er aftalt</translation>
    </message>
    <message>
      <source>What is agreed, said so that everybody can see when it is done</source>
      <translation>Hvad er aftalt – skrevet, så alle kan se, hvornår det er gjort</translation>
    </message>
    <message>
      <source>Concerns these pupils (none: the whole class)</source>
      <translation>Gælder disse elever (ingen: hele klassen)</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ansvarlig</translation>
    </message>
    <message>
      <source>The pupil</source>
      <translation>Eleven</translation>
    </message>
    <message>
      <source>The parents</source>
      <translation>Forældrene</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>Answers this wellbeing indicator</source>
      <translation>Svarer på denne trivselsindikator</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source>&amp;What is agreed</source>
      <translation>&amp;Hvad er aftalt</translation>
    </message>
    <message>
      <source>&amp;Concerns (none ticked: the class)</source>
      <translation>&amp;Gælder (ingen markeret: klassen)</translation>
    </message>
    <message>
      <source>&amp;Responsible</source>
      <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
      <source>&amp;Deadline</source>
      <translation>&amp;Frist</translation>
    </message>
    <message>
      <source>&amp;Wellbeing indicator</source>
      <translation>&amp;Trivselsindikator</translation>
    </message>
    <message>
      <source>Correct agreement</source>
      <translation>Ret aftale</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>Ny aftale</translation>
    </message>
    <message>
      <source>&amp;Class</source>
      <translation>&amp;Klasse</translation>
    </message>
    <message>
      <source>De&amp;lete agreement…</source>
      <translation>S&amp;let aftale…</translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>Slet aftale</translation>
    </message>
    <message>
      <source>Delete this agreement? You can undo it with Ctrl+Z.</source>
      <translation>Slette denne aftale? Du kan fortryde med Ctrl+Z.</translation>
    </message>
    <message>
      <source>Throw away the agreement?</source>
      <translation>Smid aftalen væk?</translation>
    </message>
    <message>
      <source>You have typed an agreement that is not saved. Throw it away?</source>
      <translation>Du har skrevet en aftale, som ikke er gemt. Vil du smide den væk?</translation>
    </message>
  </context>
  <context>
    <name>AgreementTable</name>
    <message>
      <source>Correct agreement…</source>
      <translation>Ret aftale…</translation>
    </message>
  </context>
  <context>
    <name>AttendanceDialog</name>
    <message>
      <source>Participants and apologies</source>
      <translation>Deltagere og afbud</translation>
    </message>
    <message>
      <source>Participants: ticked is present, not ticked sent apologies</source>
      <translation>Deltagere: afkrydset er til stede, ikke afkrydset har meldt afbud</translation>
    </message>
    <message>
      <source>Tick who is present; remove the tick for those who sent apologies (Space). Ctrl+Enter saves.</source>
      <translation>Sæt kryds ved dem, der er til stede, og fjern krydset ved dem, der har meldt afbud (mellemrum). Ctrl+Enter gemmer.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialog</name>
    <message>
      <source>{size} kB</source>
      <translation>{size} kB</translation>
    </message>
    <message>
      <source>Restore from backup</source>
      <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sikkerhedskopier</translation>
    </message>
    <message>
      <source>There are no backups of this file yet.</source>
      <translation>Der er endnu ingen sikkerhedskopier af denne fil.</translation>
    </message>
    <message>
      <source>&amp;Restore the chosen backup</source>
      <translation>&amp;Gendan den valgte sikkerhedskopi</translation>
    </message>
    <message>
      <source>Open the &amp;folder</source>
      <translation>Åbn &amp;mappen</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Tidspunkt</translation>
    </message>
    <message>
      <source>Made</source>
      <translation>Lavet</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Størrelse</translation>
    </message>
    <message>
      <source>Backups of “{name}” are made when it is opened and closed, and every 10 minutes while it changes. Restoring one replaces the file; the file as it is now is kept as a backup first, so nothing is lost.</source>
      <translation>Der laves sikkerhedskopier af “{name}”, når den åbnes og lukkes, og hvert 10. minut, mens der ændres i den. Gendanner du en, erstatter den filen; filen, som den er nu, gemmes først som sikkerhedskopi, så intet går tabt.</translation>
    </message>
    <message>
      <source>Replace “{name}” with the backup from {when}?

The file as it is now is kept as a backup first, so you can go back to it.</source>
      <translation>Skal “{name}” erstattes af sikkerhedskopien fra {when}?

Filen, som den er nu, gemmes først som sikkerhedskopi, så du kan vende tilbage til den.</translation>
    </message>
    <message>
      <source>Restoring the backup</source>
      <translation>Gendanner sikkerhedskopien</translation>
    </message>
    <message>
      <source>Restored the backup from {when}.</source>
      <translation>Sikkerhedskopien fra {when} er gendannet.</translation>
    </message>
    <message>
      <source>Restoring the backup from {when}…</source>
      <translation>Gendanner sikkerhedskopien fra {when}…</translation>
    </message>
    <message>
      <source>Nothing was restored.</source>
      <translation>Intet blev gendannet.</translation>
    </message>
    <message>
      <source>{day}.{month}.{year} at {hour}.{minute}</source>
      <translation type="vanished">{day}.{month}.{year} kl. {hour}.{minute}</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation type="vanished">{size} MB</translation>
    </message>
  </context>
  <context>
    <name>ChangeLogDialog</name>
    <message>
      <source>Every change to the pupil's reviews, notes and absence, newest first. It is never printed.</source>
      <translation>Alle ændringer af elevens gennemgange, notater og fravær, nyeste først. Loggen udskrives aldrig.</translation>
    </message>
    <message>
      <source>Change log</source>
      <translation>Ændringslog</translation>
    </message>
    <message>
      <source>No changes are logged for this pupil.</source>
      <translation>Der er ingen ændringer i loggen for denne elev.</translation>
    </message>
    <message>
      <source>(not chosen)</source>
      <translation>(ikke valgt)</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Hvornår</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Hvem</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Hvad</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>Før</translation>
    </message>
    <message>
      <source>After</source>
      <translation>Efter</translation>
    </message>
    <message>
      <source>Change log: {name}</source>
      <translation>Ændringslog: {name}</translation>
    </message>
    <message>
      <source>{day}.{month}.{year} at {hour}.{minute}</source>
      <translation type="vanished">{day}.{month}.{year} kl. {hour}.{minute}</translation>
    </message>
  </context>
  <context>
    <name>DamageWatch</name>
    <message>
      <source>The file is damaged</source>
      <translation>Filen er beskadiget</translation>
    </message>
    <message>
      <source>The file stays open for reading only. Restore the newest good backup now?</source>
      <translation>Filen forbliver åben, men kun til læsning. Vil du gendanne den nyeste gode sikkerhedskopi nu?</translation>
    </message>
  </context>
  <context>
    <name>DeletionDialog</name>
    <message>
      <source>Delete pupil data</source>
      <translation>Slet elevdata</translation>
    </message>
    <message>
      <source>Pupils due for deletion</source>
      <translation>Elever, hvis data skal slettes</translation>
    </message>
    <message>
      <source>No pupil is due for deletion.</source>
      <translation>Ingen elevers data skal slettes nu.</translation>
    </message>
    <message>
      <source>&amp;Delete pupil data</source>
      <translation>&amp;Slet elevdata</translation>
    </message>
    <message>
      <source>&amp;Try again</source>
      <translation>&amp;Prøv igen</translation>
    </message>
    <message>
      <source>Finding every text that will change…</source>
      <translation>Finder alle tekster, der bliver ændret…</translation>
    </message>
    <message>
      <source>The data of {count} pupil has been deleted.</source>
      <translation>Oplysningerne om {count} elev er slettet.</translation>
    </message>
    <message>
      <source>The data of {count} pupils has been deleted.</source>
      <translation>Oplysningerne om {count} elever er slettet.</translation>
    </message>
    <message>
      <source>The erasure is finished: the deleted data is gone from the file and its backups.</source>
      <translation>Sletningen er færdig: de slettede oplysninger er væk fra filen og dens sikkerhedskopier.</translation>
    </message>
    <message>
      <source>Pupil</source>
      <translation>Elev</translation>
    </message>
    <message>
      <source>Last class</source>
      <translation>Seneste klasse</translation>
    </message>
    <message>
      <source>Left on</source>
      <translation>Udmeldt den</translation>
    </message>
    <message>
      <source>Pupils who left the school more than {months} months ago. Notes about children may only be kept while they are needed, so their data should now be deleted.</source>
      <translation>Elever, der gik ud af skolen for mere end {months} måneder siden. Notater om børn må kun gemmes, så længe der er brug for dem, så deres data bør slettes nu.</translation>
    </message>
    <message>
      <source>The name, the reviews, notes, absence records and class memberships are deleted for good. Where other texts name the pupil, the name is replaced by “[slettet elev]”: see the details. Older backups of the file are deleted too, so that the data cannot come back. This cannot be undone.</source>
      <translation>Navnet, elevgennemgangene, noterne, fraværet og klassetilknytningerne slettes for altid. Hvor andre tekster nævner eleven, erstattes navnet af “[slettet elev]”: se detaljerne. Ældre sikkerhedskopier af filen slettes også, så oplysningerne ikke kan komme tilbage. Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <source>Deleting the data and rebuilding the file…</source>
      <translation>Sletter oplysningerne og genopbygger filen…</translation>
    </message>
    <message>
      <source>A name that may also mean somebody else is left in {count} text; read it and rewrite it by hand if it means the deleted pupil.</source>
      <translation>Et navn, der også kan betyde en anden, står stadig i {count} tekst; læs den, og skriv den om i hånden, hvis den handler om den slettede elev.</translation>
    </message>
    <message>
      <source>A name that may also mean somebody else is left in {count} texts; read them and rewrite them by hand if they mean the deleted pupil.</source>
      <translation>Et navn, der også kan betyde en anden, står stadig i {count} tekster; læs dem, og skriv dem om i hånden, hvis de handler om den slettede elev.</translation>
    </message>
    <message>
      <source>Rebuilding the file and its backups…</source>
      <translation>Genopbygger filen og dens sikkerhedskopier…</translation>
    </message>
    <message>
      <source>Delete all data about {names}?</source>
      <translation>Skal alle oplysninger om {names} slettes?</translation>
    </message>
    <message>
      <source>After: {text}</source>
      <translation>Efter: {text}</translation>
    </message>
    <message>
      <source>Not changed (the name may mean somebody else): {text}</source>
      <translation>Ikke ændret (navnet kan betyde en anden): {text}</translation>
    </message>
    <message>
      <source>The data of {count} pupil was not deleted: {reason}</source>
      <translation>Oplysningerne om {count} elev blev ikke slettet: {reason}</translation>
    </message>
    <message>
      <source>The data of {count} pupils was not deleted: {reason}</source>
      <translation>Oplysningerne om {count} elever blev ikke slettet: {reason}</translation>
    </message>
    <message>
      <source>Before: {text}</source>
      <translation>Før: {text}</translation>
    </message>
    <message>
      <source>The name, the reviews, notes, absence records and class memberships are deleted for good. Agreements keep their text, with the name replaced by “[slettet elev]”. Older backups of the file are deleted too, so that the data cannot come back. This cannot be undone.</source>
      <translation type="vanished">Navn, elevgennemgange, notater, fravær og klassetilknytning slettes for altid. Aftaler beholder deres tekst, men navnet erstattes af “[slettet elev]”. Ældre sikkerhedskopier af filen slettes også, så oplysningerne ikke kan komme tilbage. Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <source>The name still appears in {count} texts about other pupils; read them and rewrite them by hand.</source>
      <translation type="vanished">Navnet står stadig i {count} tekster om andre elever; læs dem, og ret dem i hånden.</translation>
    </message>
  </context>
  <context>
    <name>ErrorHook</name>
    <message>
      <source>Something went wrong inside the program ({error}). What you typed last may not be saved yet: it is still on the screen, and the program tries again to save it. If this message comes back, copy the text to a safe place (Ctrl+A, Ctrl+C) and restart the program.</source>
      <translation>Der skete en fejl inde i programmet ({error}). Det, du skrev sidst, er måske ikke gemt endnu: det står stadig på skærmen, og programmet prøver at gemme det igen. Hvis beskeden kommer igen, så kopiér teksten til et sikkert sted (Ctrl+A, Ctrl+C) og genstart programmet.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Ikke gemt</translation>
    </message>
  </context>
  <context>
    <name>ExportAll</name>
    <message>
      <source>&amp;Open the folder</source>
      <translation>&amp;Åbn mappen</translation>
    </message>
    <message>
      <source>Print all cla&amp;sses…</source>
      <translation>Udsk&amp;riv alle klasser…</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Protokol</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Dagsorden</translation>
    </message>
    <message>
      <source>Class sheet (no pupil names)</source>
      <translation>Klassens ark (uden elevnavne)</translation>
    </message>
    <message>
      <source>Pupil sheets</source>
      <translation>Elevark</translation>
    </message>
    <message>
      <source>Workbook (Excel)</source>
      <translation>Arbejdsbog (Excel)</translation>
    </message>
    <message>
      <source>Print all classes</source>
      <translation>Udskriv alle klasser</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>Pupils by their initials in the minutes</source>
      <translation>Elever med forbogstaver i protokollen</translation>
    </message>
    <message>
      <source>Include confidential notes (only for the team)</source>
      <translation>Tag fortrolige noter med (kun til teamet)</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Mappe</translation>
    </message>
    <message>
      <source>C&amp;hoose…</source>
      <translation>&amp;Vælg…</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Dokument:</translation>
    </message>
    <message>
      <source>&amp;Folder:</source>
      <translation>&amp;Mappe:</translation>
    </message>
    <message>
      <source>&amp;Write the files</source>
      <translation>&amp;Skriv filerne</translation>
    </message>
    <message>
      <source>Choose the folder for the files</source>
      <translation>Vælg mappen til filerne</translation>
    </message>
    <message>
      <source>Writing the files…</source>
      <translation>Skriver filerne…</translation>
    </message>
    <message>
      <source>&amp;Stop</source>
      <translation>S&amp;top</translation>
    </message>
    <message>
      <source>Choose a folder that exists for the files.</source>
      <translation>Vælg en mappe, der findes, til filerne.</translation>
    </message>
    <message>
      <source>The files were not written</source>
      <translation>Filerne blev ikke skrevet</translation>
    </message>
    <message>
      <source>One file per class of the school year {year}, from each class's newest conference, in a folder you choose. Open the folder afterwards to print the files or send them on.</source>
      <translation>Én fil pr. klasse i skoleåret {year}, fra klassens nyeste konference, i en mappe, du vælger. Åbn mappen bagefter for at udskrive filerne eller sende dem videre.</translation>
    </message>
    <message>
      <source>{count} file was written to {folder}.</source>
      <translation>{count} fil er skrevet til {folder}.</translation>
    </message>
    <message>
      <source>{count} files were written to {folder}.</source>
      <translation>{count} filer er skrevet til {folder}.</translation>
    </message>
    <message>
      <source>Without a conference (no file): {classes}</source>
      <translation>Uden konference (ingen fil): {classes}</translation>
    </message>
    <message>
      <source>Stopped. The files written so far are in {folder}.</source>
      <translation>Stoppet. De filer, der nåede at blive skrevet, ligger i {folder}.</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <source>Printing failed</source>
      <translation>Udskrivningen mislykkedes</translation>
    </message>
    <message>
      <source>The printer could not be started.</source>
      <translation>Printeren kunne ikke startes. Tjek, at den er tændt og forbundet, og prøv igen.</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Dokument</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>Pupil</source>
      <translation>Elev</translation>
    </message>
    <message>
      <source>Pseudonymise (Pupil A, Pupil B … instead of names, also in the texts)</source>
      <translation>Pseudonymisér (Elev A, Elev B … i stedet for navne, også i teksterne)</translation>
    </message>
    <message>
      <source>Show the changed texts…</source>
      <translation>Vis de ændrede tekster …</translation>
    </message>
    <message>
      <source>Include confidential notes</source>
      <translation>Medtag fortrolige noter</translation>
    </message>
    <message>
      <source>Making the PDF</source>
      <translation>Laver PDF'en</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation>Udskriv…</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Gem som PDF…</translation>
    </message>
    <message>
      <source>Save as Excel…</source>
      <translation>Gem som Excel…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <source>Open the saved file</source>
      <translation>Åbn den gemte fil</translation>
    </message>
    <message>
      <source>&amp;Document:</source>
      <translation>&amp;Dokument:</translation>
    </message>
    <message>
      <source>C&amp;lass:</source>
      <translation>K&amp;lasse:</translation>
    </message>
    <message>
      <source>&amp;Pupil:</source>
      <translation>&amp;Elev:</translation>
    </message>
    <message>
      <source>All pupils</source>
      <translation>Alle elever</translation>
    </message>
    <message>
      <source>Making the PDF…</source>
      <translation>Laver PDF'en…</translation>
    </message>
    <message>
      <source>Names replaced</source>
      <translation>Erstattede navne</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Gem som PDF</translation>
    </message>
    <message>
      <source>PDF documents (*.pdf)</source>
      <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
      <source>Save as Excel</source>
      <translation>Gem som Excel</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
      <source>Agenda and preparation</source>
      <translation>Dagsorden og forberedelse</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Referat</translation>
    </message>
    <message>
      <source>Class sheet (no pupil names)</source>
      <translation>Klassens ark (uden elevnavne)</translation>
    </message>
    <message>
      <source>Pupil sheets (one page per pupil)</source>
      <translation>Elevark (én side pr. elev)</translation>
    </message>
    <message>
      <source>Print preview</source>
      <translation>Forhåndsvisning af udskriften</translation>
    </message>
    <message>
      <source>The preview cannot be shown on this computer, but you can still save the PDF.</source>
      <translation>Forhåndsvisningen kan ikke vises på denne computer, men du kan stadig gemme PDF'en.</translation>
    </message>
    <message>
      <source>Read the changed texts before you share the document.</source>
      <translation>Læs de ændrede tekster, før du deler dokumentet.</translation>
    </message>
    <message>
      <source>Check that no child can be recognised before you share the document.</source>
      <translation>Tjek, at intet barn kan genkendes, før du deler dokumentet.</translation>
    </message>
    <message>
      <source>This document never shows notes about pupils.</source>
      <translation>Dette dokument viser aldrig noter om elever.</translation>
    </message>
    <message>
      <source>Handouts – {date}</source>
      <translation>Udskrifter – {date}</translation>
    </message>
    <message>
      <source>The PDF could not be made: {reason}</source>
      <translation>PDF'en kunne ikke laves: {reason}</translation>
    </message>
    <message>
      <source>Confidential notes are left out. Tick the box only when this copy needs them.</source>
      <translation>Fortrolige noter er udeladt. Sæt kun flueben, når netop denne udskrift skal have dem med.</translation>
    </message>
    <message>
      <source>Print {title}</source>
      <translation>Udskriv {title}</translation>
    </message>
    <message>
      <source>Sent {pages} to the printer.</source>
      <translation>Sendte {pages} til printeren.</translation>
    </message>
    <message>
      <source>Saved {name}</source>
      <translation>Gemt: {name}</translation>
    </message>
    <message>
      <source>{title}: {pages} pages</source>
      <translation>{title}: {pages} sider</translation>
    </message>
    <message>
      <source>{title}: 1 page</source>
      <translation>{title}: 1 side</translation>
    </message>
    <message>
      <source>The PDF was not saved</source>
      <translation>PDF'en blev ikke gemt</translation>
    </message>
    <message>
      <source>Writing the workbook…</source>
      <translation>Skriver projektmappen…</translation>
    </message>
    <message>
      <source>The workbook was not saved</source>
      <translation>Projektmappen blev ikke gemt</translation>
    </message>
    <message>
      <source>After: {text}</source>
      <translation>Efter: {text}</translation>
    </message>
    <message>
      <source>The document is marked “Confidential”. Share it only with the team around the class.</source>
      <translation>Dokumentet mærkes “Fortroligt”. Del det kun med teamet omkring klassen.</translation>
    </message>
    <message>
      <source>Before: {text}</source>
      <translation>Før: {text}</translation>
    </message>
    <message>
      <source>Confidential notes are included.</source>
      <translation>Fortrolige noter kommer med.</translation>
    </message>
    <message>
      <source>Sent {pages} pages to the printer.</source>
      <translation type="vanished">Sendte {pages} sider til printeren.</translation>
    </message>
    <message>
      <source>Anonymise (initials instead of names in the minutes)</source>
      <translation type="vanished">Anonymisér (forbogstaver i stedet for navne i protokollen)</translation>
    </message>
  </context>
  <context>
    <name>FileDrops</name>
    <message>
      <source>The file cannot be imported</source>
      <translation>Filen kan ikke importeres</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Hjælp</translation>
    </message>
    <message>
      <source>User &amp;guide</source>
      <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
      <source>&amp;About Klassekonference</source>
      <translation>&amp;Om Klassekonference</translation>
    </message>
    <message>
      <source>About &amp;Qt</source>
      <translation>Om &amp;Qt</translation>
    </message>
  </context>
  <context>
    <name>ImportProblems</name>
    <message>
      <source>Problems in the file</source>
      <translation>Problemer i filen</translation>
    </message>
  </context>
  <context>
    <name>Language</name>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Sprog</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <source>As the computer ({language})</source>
      <translation>Som computeren ({language})</translation>
    </message>
    <message>
      <source>The program will speak {language} the next time you start it.</source>
      <translation>Programmet bruger {language}, næste gang du starter det.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>Locked</source>
      <translation>Låst</translation>
    </message>
    <message>
      <source>Klassekonference is locked</source>
      <translation>Klassekonference er låst</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Lås op</translation>
    </message>
    <message>
      <source>Type the file's passphrase to continue.</source>
      <translation>Skriv filens adgangskode for at fortsætte.</translation>
    </message>
    <message>
      <source>Nothing is lost while the program is locked.</source>
      <translation>Intet går tabt, mens programmet er låst.</translation>
    </message>
    <message>
      <source>That is not the passphrase. Try again.</source>
      <translation>Det er ikke adgangskoden. Prøv igen.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Demo school</source>
      <translation>Demoskole</translation>
    </message>
    <message>
      <source>Open file</source>
      <translation>Åbn fil</translation>
    </message>
    <message>
      <source>New file</source>
      <translation>Ny fil</translation>
    </message>
    <message>
      <source>The school's name:</source>
      <translation>Skolens navn:</translation>
    </message>
    <message>
      <source>Save the new file as</source>
      <translation>Gem den nye fil som</translation>
    </message>
    <message>
      <source>Handouts</source>
      <translation>Udskrifter</translation>
    </message>
    <message>
      <source>Choose a class with a conference first.</source>
      <translation>Vælg først en klasse med en konference.</translation>
    </message>
    <message>
      <source>Klassekonference files (*{suffix});;All files (*)</source>
      <translation>Klassekonference-filer (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
      <source>Klassekonference files (*{suffix})</source>
      <translation>Klassekonference-filer (*{suffix})</translation>
    </message>
    <message>
      <source>The file was not made</source>
      <translation>Filen blev ikke oprettet</translation>
    </message>
    <message>
      <source>The file could not be opened</source>
      <translation>Filen kunne ikke åbnes</translation>
    </message>
    <message>
      <source>The file is in use</source>
      <translation>Filen er i brug</translation>
    </message>
    <message>
      <source>Take the file over?</source>
      <translation>Vil du overtage filen?</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Filer</translation>
    </message>
    <message>
      <source>&amp;New file…</source>
      <translation>&amp;Ny fil…</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Åbn…</translation>
    </message>
    <message>
      <source>Open the &amp;demo school</source>
      <translation>Åbn &amp;demoskolen</translation>
    </message>
    <message>
      <source>&amp;Close file</source>
      <translation>Luk f&amp;il</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>Afslu&amp;t</translation>
    </message>
    <message>
      <source>&amp;Handouts and printing…</source>
      <translation>&amp;Udskrifter og print…</translation>
    </message>
    <message>
      <source>Import &amp;pupil list…</source>
      <translation>Importér &amp;elevliste…</translation>
    </message>
    <message>
      <source>Import &amp;absence…</source>
      <translation>Importér &amp;fravær…</translation>
    </message>
    <message>
      <source>New school &amp;year…</source>
      <translation>Nyt &amp;skoleår…</translation>
    </message>
    <message>
      <source>&amp;Save now</source>
      <translation>&amp;Gem nu</translation>
    </message>
    <message>
      <source>&amp;Who is writing…</source>
      <translation>&amp;Hvem skriver…</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Redigér</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Fortryd</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Annullér fortryd</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;ind</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>Zoom &amp;ud</translation>
    </message>
    <message>
      <source>&amp;Normal size</source>
      <translation>&amp;Normal størrelse</translation>
    </message>
    <message>
      <source>&amp;Projector-safe view (hide confidential fields)</source>
      <translation>&amp;Projektorvisning (skjul fortrolige felter)</translation>
    </message>
    <message>
      <source>&amp;Blank the screen</source>
      <translation>&amp;Mørklæg skærmen</translation>
    </message>
    <message>
      <source>Who is writing</source>
      <translation>Hvem skriver</translation>
    </message>
    <message>
      <source>Who is writing: the change log says who changed what</source>
      <translation>Hvem skriver: ændringsloggen viser, hvem der har ændret hvad</translation>
    </message>
    <message>
      <source>When the file was last saved</source>
      <translation>Hvornår filen sidst blev gemt</translation>
    </message>
    <message>
      <source>(not chosen)</source>
      <translation>(ikke valgt)</translation>
    </message>
    <message>
      <source>No file is open.</source>
      <translation>Ingen fil er åben.</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation>Ikke gemt</translation>
    </message>
    <message>
      <source>Writing:</source>
      <translation>Skriver:</translation>
    </message>
    <message>
      <source>Projector-safe view: confidential fields are hidden.</source>
      <translation>Projektorvisning: fortrolige felter er skjult.</translation>
    </message>
    <message>
      <source>All fields are shown.</source>
      <translation>Alle felter vises.</translation>
    </message>
    <message>
      <source>Saved at {time}</source>
      <translation>Gemt kl. {time}</translation>
    </message>
    <message>
      <source>&amp;Undo {name}</source>
      <translation>&amp;Fortryd: {name}</translation>
    </message>
    <message>
      <source>&amp;Redo {name}</source>
      <translation>&amp;Annullér fortryd: {name}</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Skoleår</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Klasser</translation>
    </message>
    <message>
      <source>Pupils</source>
      <translation>Elever</translation>
    </message>
    <message>
      <source>Conferences</source>
      <translation>Konferencer</translation>
    </message>
    <message>
      <source>&amp;Plan conference…</source>
      <translation>&amp;Planlæg konference…</translation>
    </message>
    <message>
      <source>Open &amp;conference</source>
      <translation>Å&amp;bn konference</translation>
    </message>
    <message>
      <source>&amp;School year</source>
      <translation>&amp;Skoleår</translation>
    </message>
    <message>
      <source>&amp;Classes</source>
      <translation>Kl&amp;asser</translation>
    </message>
    <message>
      <source>Class pages</source>
      <translation>Klassens sider</translation>
    </message>
    <message>
      <source>&amp;Pupils</source>
      <translation>&amp;Elever</translation>
    </message>
    <message>
      <source>&amp;Wellbeing survey</source>
      <translation>&amp;Trivselsmåling</translation>
    </message>
    <message>
      <source>No classes in this school year yet.</source>
      <translation>Der er endnu ingen klasser i dette skoleår.</translation>
    </message>
    <message>
      <source>{open}, {overdue} past their deadline.</source>
      <translation>{open}, {overdue} over fristen.</translation>
    </message>
    <message>
      <source>Make agreement</source>
      <translation>Lav aftale</translation>
    </message>
    <message>
      <source>Agreements are made at a conference. Plan the class's next conference first.</source>
      <translation>Aftaler laves på en konference. Planlæg først klassens næste konference.</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Aftaler</translation>
    </message>
    <message>
      <source>What do we do about question {code}?</source>
      <translation>Hvad gør vi ved spørgsmål {code}?</translation>
    </message>
    <message>
      <source>{count} pupil, school year {year}</source>
      <translation>{count} elev, skoleåret {year}</translation>
    </message>
    <message>
      <source>{count} pupils, school year {year}</source>
      <translation>{count} elever, skoleåret {year}</translation>
    </message>
    <message>
      <source>Class {name}</source>
      <translation>Klasse {name}</translation>
    </message>
    <message>
      <source>Prepare and run your class conferences. Open your team's file to begin.</source>
      <translation>Forbered og afhold jeres klassekonferencer. Åbn teamets fil for at begynde.</translation>
    </message>
    <message>
      <source>Open file…</source>
      <translation>Åbn fil…</translation>
    </message>
    <message>
      <source>New file…</source>
      <translation>Ny fil…</translation>
    </message>
    <message>
      <source>Try the demo school</source>
      <translation>Prøv demoskolen</translation>
    </message>
    <message>
      <source>Recent files</source>
      <translation>Seneste filer</translation>
    </message>
    <message>
      <source>{open} open agreements, {overdue} past their deadline.</source>
      <translation type="vanished">{open} åbne aftaler, {overdue} over fristen.</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation type="vanished">&amp;Hjælp</translation>
    </message>
    <message>
      <source>About Klassekonference</source>
      <translation type="vanished">Om Klassekonference</translation>
    </message>
    <message>
      <source>&amp;About Klassekonference</source>
      <translation type="vanished">&amp;Om Klassekonference</translation>
    </message>
    <message>
      <source>&lt;b&gt;Klassekonference&lt;/b&gt; {version}&lt;br&gt;Prepare and run class conferences, offline.</source>
      <translation type="vanished">&lt;b&gt;Klassekonference&lt;/b&gt; {version}&lt;br&gt;Forbered og afhold klassekonferencer – uden internet.</translation>
    </message>
    <message>
      <source>&amp;Conference</source>
      <translation type="vanished">&amp;Konference</translation>
    </message>
    <message>
      <source>&amp;New agreement…</source>
      <translation type="vanished">&amp;Ny aftale…</translation>
    </message>
    <message>
      <source>N&amp;ext pupil</source>
      <translation type="vanished">&amp;Næste elev</translation>
    </message>
    <message>
      <source>&amp;Previous pupil</source>
      <translation type="vanished">&amp;Forrige elev</translation>
    </message>
    <message>
      <source>Go to step {number}</source>
      <translation type="vanished">Gå til trin {number}</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="vanished">Adgangskode</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation type="vanished">Adgangskode:</translation>
    </message>
  </context>
  <context>
    <name>MeetingMenu</name>
    <message>
      <source>&amp;1 Follow-up</source>
      <translation>&amp;1 Opfølgning</translation>
    </message>
    <message>
      <source>&amp;2 The class's wellbeing</source>
      <translation>&amp;2 Klassens trivsel</translation>
    </message>
    <message>
      <source>&amp;3 Pupils</source>
      <translation>&amp;3 Elevgennemgang</translation>
    </message>
    <message>
      <source>&amp;4 New agreements</source>
      <translation>&amp;4 Nye aftaler</translation>
    </message>
    <message>
      <source>&amp;5 Summary</source>
      <translation>&amp;5 Opsummering</translation>
    </message>
    <message>
      <source>&amp;Conference</source>
      <translation>&amp;Konference</translation>
    </message>
    <message>
      <source>&amp;Start the meeting</source>
      <translation>&amp;Start mødet</translation>
    </message>
    <message>
      <source>&amp;Close the conference…</source>
      <translation>&amp;Afslut konferencen…</translation>
    </message>
    <message>
      <source>Re&amp;open the conference…</source>
      <translation>&amp;Genåbn konferencen…</translation>
    </message>
    <message>
      <source>&amp;Participants and apologies…</source>
      <translation>&amp;Deltagere og afbud…</translation>
    </message>
    <message>
      <source>&amp;Minutes of the meeting…</source>
      <translation>R&amp;eferat af mødet…</translation>
    </message>
    <message>
      <source>Class &amp;overview</source>
      <translation>Klasse&amp;oversigt</translation>
    </message>
    <message>
      <source>&amp;New agreement…</source>
      <translation>&amp;Ny aftale…</translation>
    </message>
    <message>
      <source>Co&amp;rrect agreement…</source>
      <translation>&amp;Ret aftale…</translation>
    </message>
    <message>
      <source>N&amp;ext pupil or agreement</source>
      <translation>Næs&amp;te elev eller aftale</translation>
    </message>
    <message>
      <source>&amp;Previous pupil or agreement</source>
      <translation>&amp;Forrige elev eller aftale</translation>
    </message>
    <message>
      <source>Outcome of the &amp;agreement</source>
      <translation>&amp;Udfald af aftalen</translation>
    </message>
  </context>
  <context>
    <name>MeetingRecordDialog</name>
    <message>
      <source>Minutes of the meeting</source>
      <translation>Referat af mødet</translation>
    </message>
    <message>
      <source>Any other business</source>
      <translation>Eventuelt</translation>
    </message>
    <message>
      <source>Fixed</source>
      <translation>Fastsat</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Næste møde</translation>
    </message>
    <message>
      <source>Approved by</source>
      <translation>Godkendt af</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>Godkendt</translation>
    </message>
    <message>
      <source>Approved on</source>
      <translation>Godkendt den</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation>Fordeling</translation>
    </message>
    <message>
      <source>Who receives the minutes, e.g. the team and the head of school</source>
      <translation>Hvem får referatet, fx teamet og skolelederen</translation>
    </message>
    <message>
      <source>Written in the meeting and printed in the minutes. After the meeting is closed only the approval and the distribution can be changed. Ctrl+Enter saves.</source>
      <translation>Skrives på mødet og står i referatet. Når mødet er afsluttet, kan kun godkendelsen og fordelingen ændres. Ctrl+Enter gemmer.</translation>
    </message>
    <message>
      <source>The meeting is closed: only the approval and the distribution can be changed. Ctrl+Enter saves.</source>
      <translation>Mødet er afsluttet: kun godkendelsen og fordelingen kan ændres. Ctrl+Enter gemmer.</translation>
    </message>
    <message>
      <source>Throw away the changes?</source>
      <translation>Kassér ændringerne?</translation>
    </message>
    <message>
      <source>You have typed something that is not saved. Throw it away?</source>
      <translation>Du har skrevet noget, der ikke er gemt. Vil du kassere det?</translation>
    </message>
    <message>
      <source>Minutes or decision: {item}</source>
      <translation>Referat eller beslutning: {item}</translation>
    </message>
  </context>
  <context>
    <name>MeetingRecovery</name>
    <message>
      <source>The meeting is still running</source>
      <translation>Mødet er stadig i gang</translation>
    </message>
    <message>
      <source>The conference for {classes} was started and not closed (perhaps the program stopped). Go on with the meeting where you left it?</source>
      <translation>Konferencen for {classes} blev startet og ikke afsluttet (måske stoppede programmet). Vil I fortsætte mødet, hvor I slap?</translation>
    </message>
  </context>
  <context>
    <name>Merging</name>
    <message>
      <source>&amp;Save a copy for preparation…</source>
      <translation>&amp;Gem en kopi til forberedelse…</translation>
    </message>
    <message>
      <source>&amp;Merge a copy in…</source>
      <translation>&amp;Flet en kopi ind…</translation>
    </message>
    <message>
      <source>&amp;Send my changes…</source>
      <translation>&amp;Send mine ændringer…</translation>
    </message>
    <message>
      <source>&amp;Conflicts…</source>
      <translation>&amp;Konflikter…</translation>
    </message>
    <message>
      <source>Prepare on another &amp;computer</source>
      <translation>Forbered på en anden &amp;computer</translation>
    </message>
    <message>
      <source>Merged in 1 change from “{name}”.</source>
      <translation>Flettede 1 ændring ind fra “{name}”.</translation>
    </message>
    <message>
      <source>Merged in {count} changes from “{name}”.</source>
      <translation>Flettede {count} ændringer ind fra “{name}”.</translation>
    </message>
    <message>
      <source>Copies of this file from other computers</source>
      <translation>Kopier af denne fil fra andre computere</translation>
    </message>
    <message>
      <source>Save a copy for preparation</source>
      <translation>Gem en kopi til forberedelse</translation>
    </message>
    <message>
      <source>Send my changes</source>
      <translation>Send mine ændringer</translation>
    </message>
    <message>
      <source>Merge a copy in</source>
      <translation>Flet en kopi ind</translation>
    </message>
    <message>
      <source>The copy could not be saved</source>
      <translation>Kopien kunne ikke gemmes</translation>
    </message>
    <message>
      <source>Saved a copy for preparation to {path}. Merge it in afterwards with Merge a copy in….</source>
      <translation>Gemte en kopi til forberedelse i {path}. Flet den ind bagefter med Flet en kopi ind….</translation>
    </message>
    <message>
      <source>The changes could not be saved</source>
      <translation>Ændringerne kunne ikke gemmes</translation>
    </message>
    <message>
      <source>Saved your changes to {path}. Send the file to the one who keeps the team's file.</source>
      <translation>Gemte dine ændringer i {path}. Send filen til den, der har teamets fil.</translation>
    </message>
    <message>
      <source>The copy cannot be merged</source>
      <translation>Kopien kan ikke flettes ind</translation>
    </message>
    <message>
      <source>{count} field waits for someone to choose a version after merging: File › Prepare on another computer › Conflicts….</source>
      <translation>{count} felt venter på, at nogen vælger en version efter fletning: Filer › Forbered på en anden computer › Konflikter….</translation>
    </message>
    <message>
      <source>{count} fields wait for someone to choose a version after merging: File › Prepare on another computer › Conflicts….</source>
      <translation>{count} felter venter på, at nogen vælger en version efter fletning: Filer › Forbered på en anden computer › Konflikter….</translation>
    </message>
    <message>
      <source>The folder holds copies of this file that were changed on other computers (a synced folder makes them when two computers change the file at the same time):
{names}

Merge them in now? You see what each one changes before it is merged.</source>
      <translation>Mappen indeholder kopier af denne fil, der er ændret på andre computere (en synkroniseret mappe laver dem, når to computere ændrer filen samtidig):
{names}

Flet dem ind nu? Du ser, hvad hver enkelt ændrer, før den flettes ind.</translation>
    </message>
    <message>
      <source>&amp;Classes in the copy (only their pupils are in it):</source>
      <translation>&amp;Klasser i kopien (kun deres elever kommer med):</translation>
    </message>
    <message>
      <source>&amp;Save the copy…</source>
      <translation>&amp;Gem kopien…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <source>&amp;Merge in</source>
      <translation>&amp;Flet ind</translation>
    </message>
    <message>
      <source>Conflicts after merging</source>
      <translation>Konflikter efter fletning</translation>
    </message>
    <message>
      <source>&amp;Waiting:</source>
      <translation>&amp;Venter:</translation>
    </message>
    <message>
      <source>&amp;My text (edit, then keep it):</source>
      <translation>&amp;Min tekst (ret den, og behold den så):</translation>
    </message>
    <message>
      <source>&amp;Keep my text</source>
      <translation>&amp;Behold min tekst</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <source>No conflicts wait. Everything has been chosen.</source>
      <translation>Ingen konflikter venter: der er valgt en version i alle felter.</translation>
    </message>
    <message>
      <source>Merge “{name}”</source>
      <translation>Flet “{name}” ind</translation>
    </message>
    <message>
      <source>{pupil} – {field}. The field shows now: “{shown}”</source>
      <translation>{pupil} – {field}. Feltet viser nu: “{shown}”</translation>
    </message>
    <message>
      <source> (this file)</source>
      <translation> (denne fil)</translation>
    </message>
    <message>
      <source>Keep version &amp;{number}</source>
      <translation>Behold version &amp;{number}</translation>
    </message>
    <message>
      <source>{author}, {when}</source>
      <translation>{author}, {when}</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>ukendt</translation>
    </message>
  </context>
  <context>
    <name>Notes</name>
    <message>
      <source>New note</source>
      <translation>Nyt notat</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notat</translation>
    </message>
    <message>
      <source>&amp;Confidential (never on a projector, a handout or in Excel)</source>
      <translation>&amp;Fortroligt (aldrig på projektor, i udskrifter eller i Excel)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <source>Add &amp;note…</source>
      <translation>Tilføj &amp;notat…</translation>
    </message>
    <message>
      <source> (confidential)</source>
      <translation> (fortroligt)</translation>
    </message>
    <message>
      <source>{count} confidential note is hidden (F8 shows it).</source>
      <translation>{count} fortroligt notat er skjult (F8 viser det).</translation>
    </message>
    <message>
      <source>{count} confidential notes are hidden (F8 shows them).</source>
      <translation>{count} fortrolige notater er skjult (F8 viser dem).</translation>
    </message>
  </context>
  <context>
    <name>OpenExternally</name>
    <message>
      <source>No program opens the file</source>
      <translation>Intet program åbner filen</translation>
    </message>
    <message>
      <source>The file was not found</source>
      <translation>Filen blev ikke fundet</translation>
    </message>
    <message>
      <source>This computer has no program set up to open “{name}”. Install a program for it (for a workbook: Excel or LibreOffice), or open the file from {folder}.</source>
      <translation>Der er intet program på denne computer, der er sat op til at åbne “{name}”. Installér et program til den (til en arbejdsbog: Excel eller LibreOffice), eller åbn filen fra {folder}.</translation>
    </message>
    <message>
      <source>“{name}” is no longer in {folder}. Save it again.</source>
      <translation>“{name}” ligger ikke længere i {folder}. Gem den igen.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialogs</name>
    <message>
      <source>If the passphrase is forgotten, nobody can open the file – not the school's IT support and not the makers of the program. It cannot be recovered. Write it down and keep it in the school's safe, for example by printing the key sheet.</source>
      <translation>Glemmer I adgangskoden, kan ingen åbne filen – hverken skolens it-support eller programmets udviklere. Den kan ikke gendannes. Skriv den ned, og opbevar den i skolens pengeskab, fx ved at udskrive nøglearket.</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Ny adgangskode</translation>
    </message>
    <message>
      <source>Repeat the passphrase</source>
      <translation>Gentag adgangskoden</translation>
    </message>
    <message>
      <source>Show the passphrase</source>
      <translation>Vis adgangskoden</translation>
    </message>
    <message>
      <source>Strength of the passphrase</source>
      <translation>Adgangskodens styrke</translation>
    </message>
    <message>
      <source>&amp;New passphrase</source>
      <translation>&amp;Ny adgangskode</translation>
    </message>
    <message>
      <source>&amp;Repeat</source>
      <translation>&amp;Gentag</translation>
    </message>
    <message>
      <source>Passphrase for the file</source>
      <translation>Adgangskode til filen</translation>
    </message>
    <message>
      <source>The file holds notes about children, so it is encrypted. Choose a passphrase that the team can remember: several unrelated words are both strong and easy to type.</source>
      <translation>Filen indeholder notater om børn, så den bliver krypteret. Vælg en adgangskode, som teamet kan huske: flere ord, der ikke hænger sammen, er både stærke og lette at skrive.</translation>
    </message>
    <message>
      <source>&amp;Print key sheet…</source>
      <translation>&amp;Udskriv nøgleark …</translation>
    </message>
    <message>
      <source>A one-page PDF with the passphrase, to print for the school's safe</source>
      <translation>En PDF på én side med adgangskoden, som udskrives til skolens pengeskab</translation>
    </message>
    <message>
      <source>I have written the passphrase down and know where it is kept</source>
      <translation>Jeg har skrevet adgangskoden ned og ved, hvor den opbevares</translation>
    </message>
    <message>
      <source>Encrypt with this passphrase</source>
      <translation>Kryptér med denne adgangskode</translation>
    </message>
    <message>
      <source>Save the key sheet</source>
      <translation>Gem nøglearket</translation>
    </message>
    <message>
      <source>Open encrypted file</source>
      <translation>Åbn krypteret fil</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åbn</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Skift adgangskode</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Nuværende adgangskode</translation>
    </message>
    <message>
      <source>&amp;Current passphrase</source>
      <translation>&amp;Nuværende adgangskode</translation>
    </message>
    <message>
      <source>The two passphrases are not the same.</source>
      <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
      <source>Changing the passphrase</source>
      <translation>Skifter adgangskoden</translation>
    </message>
    <message>
      <source>Key sheet</source>
      <translation>Nøgleark</translation>
    </message>
    <message>
      <source>The key sheet could not be saved there. Choose another folder.</source>
      <translation>Nøglearket kunne ikke gemmes der. Vælg en anden mappe.</translation>
    </message>
    <message>
      <source>Saved as “{name}”. Print it, put it in the safe, and delete the PDF file.</source>
      <translation>Gemt som “{name}”. Udskriv det, læg det i pengeskabet, og slet PDF-filen.</translation>
    </message>
    <message>
      <source>“{name}” is encrypted. Type its passphrase.</source>
      <translation>“{name}” er krypteret. Skriv dens adgangskode.</translation>
    </message>
    <message>
      <source>Giving “{name}” and its backups the new passphrase…</source>
      <translation>Giver “{name}” og dens sikkerhedskopier den nye adgangskode…</translation>
    </message>
  </context>
  <context>
    <name>PlaintextDialog</name>
    <message>
      <source>Unencrypted copy found</source>
      <translation>Ukrypteret kopi fundet</translation>
    </message>
    <message>
      <source>Beside the encrypted file there is an unencrypted copy with the children's data (left by an interrupted encryption or an upgrade):

{names}

Remove it now? The encrypted file is not affected.</source>
      <translation>Ved siden af den krypterede fil ligger en ukrypteret kopi med børnenes data (efterladt af en afbrudt kryptering eller en opgradering):

{names}

Skal den fjernes nu? Den krypterede fil berøres ikke.</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <source>e.g. the meeting room</source>
      <translation>fx mødelokalet</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Deltagere</translation>
    </message>
    <message>
      <source>Name of a guest, e.g. from PPR</source>
      <translation>Navn på en gæst, fx fra PPR</translation>
    </message>
    <message>
      <source>Guest's name</source>
      <translation>Gæstens navn</translation>
    </message>
    <message>
      <source>Guest's role</source>
      <translation>Gæstens rolle</translation>
    </message>
    <message>
      <source>Add &amp;guest</source>
      <translation>Tilføj &amp;gæst</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Gæster</translation>
    </message>
    <message>
      <source>&amp;Date</source>
      <translation>&amp;Dato</translation>
    </message>
    <message>
      <source>&amp;Starts at</source>
      <translation>&amp;Starter kl.</translation>
    </message>
    <message>
      <source>&amp;Place</source>
      <translation>&amp;Sted</translation>
    </message>
    <message>
      <source>P&amp;articipants</source>
      <translation>D&amp;eltagere</translation>
    </message>
    <message>
      <source>&amp;Leads the meeting</source>
      <translation>&amp;Mødeleder</translation>
    </message>
    <message>
      <source>&amp;Writes the minutes</source>
      <translation>&amp;Referent</translation>
    </message>
    <message>
      <source>The agenda starts as: follow-up on agreements, the class's wellbeing, pupil review, new agreements, summary (90 minutes). You can change the minutes later.</source>
      <translation>Dagsordenen begynder som: opfølgning på aftaler, klassens trivsel, elevgennemgang, nye aftaler, opsummering (90 minutter). Minutterne kan ændres bagefter.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Starts at</source>
      <translation>Starter kl.</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Sted</translation>
    </message>
    <message>
      <source>Leads the meeting</source>
      <translation>Mødeleder</translation>
    </message>
    <message>
      <source>Writes the minutes</source>
      <translation>Referent</translation>
    </message>
    <message>
      <source>Plan a class conference for {name}</source>
      <translation>Planlæg klassekonference for {name}</translation>
    </message>
  </context>
  <context>
    <name>Presentation</name>
    <message>
      <source>The screen is blanked. Press F9 or Esc to show it again.</source>
      <translation>Skærmen er mørklagt. Tryk F9 eller Esc for at vise den igen.</translation>
    </message>
  </context>
  <context>
    <name>ProjectorMask</name>
    <message>
      <source>The text as the projector shows it, without other pupils' names</source>
      <translation>Teksten, som projektoren viser den, uden andre elevers navne</translation>
    </message>
  </context>
  <context>
    <name>Protection</name>
    <message>
      <source>Who is writing?</source>
      <translation>Hvem skriver?</translation>
    </message>
    <message>
      <source>Who is writing on this computer? The change log records it.</source>
      <translation>Hvem skriver på denne computer? Ændringsloggen husker det.</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Lås</translation>
    </message>
    <message>
      <source>Change &amp;passphrase…</source>
      <translation>Skift &amp;adgangskode…</translation>
    </message>
    <message>
      <source>&amp;Encrypt the file…</source>
      <translation>&amp;Kryptér filen…</translation>
    </message>
    <message>
      <source>&amp;Restore from backup…</source>
      <translation>Gendan fra sikkerhedsk&amp;opi…</translation>
    </message>
    <message>
      <source>&amp;Delete pupil data…</source>
      <translation>Slet ele&amp;vdata…</translation>
    </message>
    <message>
      <source>&amp;Change log for the pupil…</source>
      <translation>&amp;Ændringslog for eleven…</translation>
    </message>
    <message>
      <source>Save a &amp;copy…</source>
      <translation>Gem en ko&amp;pi…</translation>
    </message>
    <message>
      <source>Taking a backup…</source>
      <translation>Tager en sikkerhedskopi…</translation>
    </message>
    <message>
      <source>Save a copy</source>
      <translation>Gem en kopi</translation>
    </message>
    <message>
      <source>Klassekonference files (*.klassekonference)</source>
      <translation>Klassekonference-filer (*.klassekonference)</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Sikkerhedskopi</translation>
    </message>
    <message>
      <source>Finishing the backup…</source>
      <translation>Gør sikkerhedskopien færdig…</translation>
    </message>
    <message>
      <source>Change log</source>
      <translation>Ændringslog</translation>
    </message>
    <message>
      <source>Choose a pupil in the pupil review first.</source>
      <translation>Vælg først en elev i elevgennemgangen.</translation>
    </message>
    <message>
      <source>The copy could not be saved</source>
      <translation>Kopien kunne ikke gemmes</translation>
    </message>
    <message>
      <source>Saved a copy to {path}</source>
      <translation>Gemte en kopi til {path}</translation>
    </message>
    <message>
      <source>The backup could not be made: {error}</source>
      <translation>Sikkerhedskopien kunne ikke laves: {error}</translation>
    </message>
    <message>
      <source>Saving a copy of “{name}”…</source>
      <translation>Gemmer en kopi af “{name}”…</translation>
    </message>
    <message>
      <source>Encrypting the file</source>
      <translation>Krypterer filen</translation>
    </message>
    <message>
      <source>The file was not encrypted</source>
      <translation>Filen blev ikke krypteret</translation>
    </message>
    <message>
      <source>Taking a backup of “{name}” before it closes…</source>
      <translation>Tager en sikkerhedskopi af “{name}”, før den lukkes…</translation>
    </message>
    <message>
      <source>Encrypting “{name}” and its backups…</source>
      <translation>Krypterer “{name}” og dens sikkerhedskopier…</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>&amp;Kig i:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>Filer af &amp;typen:</translation>
    </message>
  </context>
  <context>
    <name>RecentFiles</name>
    <message>
      <source>Recent &amp;files</source>
      <translation>Senest å&amp;bnede filer</translation>
    </message>
    <message>
      <source>Recent files</source>
      <translation>Seneste filer</translation>
    </message>
    <message>
      <source>&amp;Clear the list</source>
      <translation>&amp;Ryd listen</translation>
    </message>
    <message>
      <source>(no files yet)</source>
      <translation>(ingen filer endnu)</translation>
    </message>
    <message>
      <source>The file was not found</source>
      <translation>Filen blev ikke fundet</translation>
    </message>
    <message>
      <source>(not found)</source>
      <translation>(findes ikke)</translation>
    </message>
    <message>
      <source>“{name}” is no longer in {folder}. It may have been moved, renamed or deleted, or the drive it is on is not connected. The file is taken off the list; open it with Open… if you know where it is now.</source>
      <translation>“{name}” ligger ikke længere i {folder}. Den kan være flyttet, omdøbt eller slettet, eller drevet, den ligger på, er ikke sat til. Filen tages af listen; åbn den med Åbn…, hvis du ved, hvor den er nu.</translation>
    </message>
  </context>
  <context>
    <name>ReviewForm</name>
    <message>
      <source>Goal</source>
      <translation>Mål</translation>
    </message>
    <message>
      <source>What shows it (tests, observations)</source>
      <translation>Hvad viser det (test, observationer)</translation>
    </message>
    <message>
      <source>&amp;Needs discussion at the meeting</source>
      <translation>&amp;Skal drøftes på mødet</translation>
    </message>
    <message>
      <source>Discussed at the meeting</source>
      <translation>Drøftet på mødet</translation>
    </message>
    <message>
      <source>Strengths and resources</source>
      <translation>Styrker og ressourcer</translation>
    </message>
    <message>
      <source>What the pupil is good at and what works well for the pupil</source>
      <translation>Hvad eleven er god til, og hvad der virker godt for eleven</translation>
    </message>
    <message>
      <source>Subjects and goals</source>
      <translation>Fag og mål</translation>
    </message>
    <message>
      <source>The pupil's own perspective</source>
      <translation>Elevens eget perspektiv</translation>
    </message>
    <message>
      <source>What the pupil says about school, the class and their learning</source>
      <translation>Hvad eleven selv siger om skolen, klassen og sin læring</translation>
    </message>
    <message>
      <source>Wellbeing and social situation</source>
      <translation>Trivsel og social situation</translation>
    </message>
    <message>
      <source>What has been tried</source>
      <translation>Hvad er afprøvet</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <source>Conclusion</source>
      <translation>Konklusion</translation>
    </message>
    <message>
      <source>What the meeting concluded for the pupil (written in the meeting; printed first in the minutes)</source>
      <translation>Hvad mødet konkluderede for eleven (skrives på mødet; står først i referatet)</translation>
    </message>
    <message>
      <source>Absence (confidential)</source>
      <translation>Fravær (fortroligt)</translation>
    </message>
    <message>
      <source>Total absence in %</source>
      <translation>Samlet fravær i %</translation>
    </message>
    <message>
      <source>Unlawful absence in %</source>
      <translation>Ulovligt fravær i %</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notater</translation>
    </message>
    <message>
      <source>Wellbeing and social situation (confidential)</source>
      <translation>Trivsel og social situation (fortroligt)</translation>
    </message>
    <message>
      <source>Conclusion of the meeting</source>
      <translation>Mødets konklusion</translation>
    </message>
    <message>
      <source>Projector-safe view: confidential fields are hidden (F8 shows them).</source>
      <translation>Projektorvisning: fortrolige felter er skjult (F8 viser dem).</translation>
    </message>
    <message>
      <source>Goal in {subject}</source>
      <translation>Mål i {subject}</translation>
    </message>
    <message>
      <source>Status in {subject}</source>
      <translation>Status i {subject}</translation>
    </message>
    <message>
      <source>Evidence in {subject}</source>
      <translation>Belæg i {subject}</translation>
    </message>
    <message>
      <source>Last changed by {name}, {when}</source>
      <translation>Sidst ændret af {name}, {when}</translation>
    </message>
    <message>
      <source>{date} at {time}</source>
      <translation type="vanished">{date} kl. {time}</translation>
    </message>
    <message>
      <source>Last changed by {name}, {when} (UTC)</source>
      <translation type="vanished">Sidst ændret af {name}, {when} (UTC)</translation>
    </message>
    <message>
      <source>The cause as the child sees it</source>
      <translation type="vanished">Årsagen, som barnet ser den</translation>
    </message>
    <message>
      <source>The cause as the parents see it</source>
      <translation type="vanished">Årsagen, som forældrene ser den</translation>
    </message>
  </context>
  <context>
    <name>RosterImportDialog</name>
    <message>
      <source>Choose a CSV file or an Excel workbook (.xlsx)</source>
      <translation>Vælg en CSV-fil eller en Excel-projektmappe (.xlsx)</translation>
    </message>
    <message>
      <source>Pupil list file</source>
      <translation>Elevlistens fil</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Vælg fil…</translation>
    </message>
    <message>
      <source>Columns in the file (correct them if the guess is wrong)</source>
      <translation>Kolonner i filen (ret dem, hvis gættet er forkert)</translation>
    </message>
    <message>
      <source>Class for pupils without a class in the file</source>
      <translation>Klasse for elever uden klasse i filen</translation>
    </message>
    <message>
      <source>e.g. 5.B</source>
      <translation>fx 5.B</translation>
    </message>
    <message>
      <source>Class for the whole list</source>
      <translation>Klasse for hele listen</translation>
    </message>
    <message>
      <source>Also show unchanged pupils</source>
      <translation>Vis også uændrede elever</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Forhåndsvisning</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importér</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <source>Choose pupil list</source>
      <translation>Vælg elevliste</translation>
    </message>
    <message>
      <source>Pupil lists (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>Elevlister (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
      <source>Mark pupils as left?</source>
      <translation>Markér elever som udmeldt?</translation>
    </message>
    <message>
      <source>One row cannot be read and is left out. Import the other pupils?</source>
      <translation>En række kan ikke læses og springes over. Vil du importere de andre elever?</translation>
    </message>
    <message>
      <source>Leave out rows?</source>
      <translation>Spring rækker over?</translation>
    </message>
    <message>
      <source>{count} pupil is not on the list and will be marked as left. Nothing is deleted, and you can undo the import. Import the list?</source>
      <translation>{count} elev står ikke på listen og bliver markeret som udmeldt. Intet bliver slettet, og du kan fortryde indlæsningen. Vil du indlæse listen?</translation>
    </message>
    <message>
      <source>{count} pupils are not on the list and will be marked as left. Nothing is deleted, and you can undo the import. Import the list?</source>
      <translation>{count} elever står ikke på listen og bliver markeret som udmeldt. Intet bliver slettet, og du kan fortryde indlæsningen. Vil du indlæse listen?</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>Pupil</source>
      <translation>Elev</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>Hvad sker der</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <source>Import pupil list – school year {year}</source>
      <translation>Importér elevliste – skoleåret {year}</translation>
    </message>
    <message>
      <source>(not in the file)</source>
      <translation>(ikke i filen)</translation>
    </message>
    <message>
      <source>&lt;b&gt;{new}&lt;/b&gt; new · &lt;b&gt;{changed}&lt;/b&gt; changed · &lt;b&gt;{left}&lt;/b&gt; leave (marked as left) · {same} unchanged</source>
      <translation>&lt;b&gt;{new}&lt;/b&gt; nye · &lt;b&gt;{changed}&lt;/b&gt; ændrede · &lt;b&gt;{left}&lt;/b&gt; udmeldes · {same} uændrede</translation>
    </message>
    <message>
      <source>{count} rows cannot be read and are left out. Import the other pupils?</source>
      <translation>{count} rækker kan ikke læses og springes over. Vil du importere de andre elever?</translation>
    </message>
    <message>
      <source>The pupil list was not imported</source>
      <translation>Elevlisten blev ikke indlæst</translation>
    </message>
    <message>
      <source>New classes are made: {classes}.</source>
      <translation>Der oprettes nye klasser: {classes}.</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>række {row}</translation>
    </message>
    <message>
      <source>{column} – CPR, never read</source>
      <translation>{column} – CPR, læses aldrig</translation>
    </message>
  </context>
  <context>
    <name>SchoolYearDialogs</name>
    <message>
      <source>Import absence</source>
      <translation>Importér fravær</translation>
    </message>
    <message>
      <source>Choose a file with absence per pupil (CSV or Excel).</source>
      <translation>Vælg en fil med fravær pr. elev (CSV eller Excel).</translation>
    </message>
    <message>
      <source>Choose &amp;file…</source>
      <translation>Vælg &amp;fil…</translation>
    </message>
    <message>
      <source>e.g. 01-08-2026..31-10-2026 or 2026-K3</source>
      <translation>fx 01-08-2026..31-10-2026 eller 2026-K3</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Period (if the file has none)</source>
      <translation>Periode (hvis filen ikke har den)</translation>
    </message>
    <message>
      <source>Pupils not found</source>
      <translation>Elever, der ikke blev fundet</translation>
    </message>
    <message>
      <source>&amp;Import</source>
      <translation>&amp;Importér</translation>
    </message>
    <message>
      <source>Tables (*.csv *.txt *.xlsx);;All files (*)</source>
      <translation>Tabeller (*.csv *.txt *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
      <source>One row cannot be read and is left out. Import the other pupils' absence?</source>
      <translation>En række kan ikke læses og springes over. Vil du indlæse de andre elevers fravær?</translation>
    </message>
    <message>
      <source>Leave out rows?</source>
      <translation>Spring rækker over?</translation>
    </message>
    <message>
      <source>From {year} to {next}: {classes} move up a grade with {pupils}, keeping their agreements and history. {leaving} in the oldest grades are marked as left.

Start the new school year?</source>
      <translation>Fra {year} til {next}: {classes} rykker et klassetrin op med {pupils} og beholder deres aftaler og historik. {leaving} på de ældste klassetrin markeres som udmeldt.

Start det nye skoleår?</translation>
    </message>
    <message>
      <source>New school year</source>
      <translation>Nyt skoleår</translation>
    </message>
    <message>
      <source>Moving the classes up a grade…</source>
      <translation>Rykker klasserne et klassetrin op…</translation>
    </message>
    <message>
      <source>Not found (never created by an import):</source>
      <translation>Ikke fundet (en import opretter aldrig elever):</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <source>{new} new, {updated} updated, {unchanged} unchanged.</source>
      <translation>{new} nye, {updated} opdaterede, {unchanged} uændrede.</translation>
    </message>
    <message>
      <source>{count} rows cannot be read and are left out. Import the other pupils' absence?</source>
      <translation>{count} rækker kan ikke læses og springes over. Vil du indlæse de andre elevers fravær?</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Intet blev importeret</translation>
    </message>
    <message>
      <source>Period {start} – {end}</source>
      <translation>Periode {start} – {end}</translation>
    </message>
    <message>
      <source>column {number}</source>
      <translation>kolonne {number}</translation>
    </message>
    <message>
      <source>From {year} to {next}: {classes} classes move up a grade with {pupils} pupils, keeping their agreements and history. {leaving} pupils in the oldest grades are marked as left.

Start the new school year?</source>
      <translation type="vanished">Fra {year} til {next}: {classes} klasser rykker et klassetrin op med {pupils} elever og beholder deres aftaler og historik. {leaving} elever på de ældste klassetrin markeres som udmeldt.

Start det nye skoleår?</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Tastaturgenveje</translation>
    </message>
    <message>
      <source>Menus open with Alt and the underlined letter. Tab moves between fields.</source>
      <translation>Menuerne åbnes med Alt og det understregede bogstav. Tab flytter mellem felterne.</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Taster</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Hvad den gør</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Menu</translation>
    </message>
    <message>
      <source>(meeting view)</source>
      <translation>(mødevisningen)</translation>
    </message>
    <message>
      <source>(everywhere)</source>
      <translation>(overalt)</translation>
    </message>
  </context>
  <context>
    <name>Steps</name>
    <message>
      <source>Agreements to follow up</source>
      <translation>Aftaler til opfølgning</translation>
    </message>
    <message>
      <source>Follow-up note</source>
      <translation>Opfølgningsnotat</translation>
    </message>
    <message>
      <source>Follow-up note: what happened, what was learnt</source>
      <translation>Opfølgning: hvad skete der, hvad lærte vi</translation>
    </message>
    <message>
      <source>← Previous</source>
      <translation>← Forrige</translation>
    </message>
    <message>
      <source>Next →</source>
      <translation>Næste →</translation>
    </message>
    <message>
      <source>There are no open agreements from earlier conferences.</source>
      <translation>Der er ingen åbne aftaler fra tidligere konferencer.</translation>
    </message>
    <message>
      <source>The class's wellbeing</source>
      <translation>Klassens trivsel</translation>
    </message>
    <message>
      <source>Pupils</source>
      <translation>Elever</translation>
    </message>
    <message>
      <source>New agreements</source>
      <translation>Nye aftaler</translation>
    </message>
    <message>
      <source>New agreement… (Ctrl+N)</source>
      <translation>Ny aftale… (Ctrl+N)</translation>
    </message>
    <message>
      <source>Every agreement has a text, a responsible and a deadline, and is followed up at the next conference.</source>
      <translation>Hver aftale har en tekst, en ansvarlig og en frist og følges op på næste konference.</translation>
    </message>
    <message>
      <source>Followed-up agreements</source>
      <translation>Opfølgede aftaler</translation>
    </message>
    <message>
      <source>Close the conference…</source>
      <translation>Afslut konferencen…</translation>
    </message>
    <message>
      <source>The survey of {year} is still to come; this is the newest (the class was {name} then).</source>
      <translation>Målingen for {year} er endnu ikke lavet; dette er den nyeste (klassen hed {name} dengang).</translation>
    </message>
    <message>
      <source>Flagged pupils first, strengths first.</source>
      <translation>Markerede elever først – styrker først.</translation>
    </message>
    <message>
      <source>Preparation: all pupils by name.</source>
      <translation>Forberedelse: alle elever efter navn.</translation>
    </message>
    <message>
      <source>{count} agreement stays open and is followed up at the class's next conference.</source>
      <translation>{count} aftale forbliver åben og følges op på klassens næste konference.</translation>
    </message>
    <message>
      <source>{count} agreements stay open and are followed up at the class's next conference.</source>
      <translation>{count} aftaler forbliver åbne og følges op på klassens næste konference.</translation>
    </message>
    <message>
      <source>Agreement {number} of {count}</source>
      <translation>Aftale {number} af {count}</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <source>Last year</source>
      <translation>Sidste år</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Ændring</translation>
    </message>
    <message>
      <source>National</source>
      <translation>Landsplan</translation>
    </message>
    <message>
      <source>Concerns: {concerns} · Responsible: {responsible} · Deadline: {deadline}</source>
      <translation>Gælder: {concerns} · Ansvarlig: {responsible} · Frist: {deadline}</translation>
    </message>
    <message>
      <source>Survey {year}: {answers}</source>
      <translation>Måling {year}: {answers}</translation>
    </message>
    <message>
      <source>No survey results for the school year {year} yet.</source>
      <translation>Ingen resultater fra trivselsmålingen for skoleåret {year} endnu.</translation>
    </message>
    <message>
      <source>Class {name}</source>
      <translation>Klasse {name}</translation>
    </message>
    <message>
      <source>The newest result, from before {year} (the class was {name}).</source>
      <translation type="vanished">Det nyeste resultat, fra før {year} (klassen hed {name}).</translation>
    </message>
    <message>
      <source>No wellbeing results are stored for this class yet.</source>
      <translation type="vanished">Der er endnu ingen trivselsresultater for klassen.</translation>
    </message>
    <message>
      <source>Survey {year}: {count} answers</source>
      <translation type="vanished">Måling {year}: {count} svar</translation>
    </message>
    <message>
      <source>Grades 0–3 have no indicator means; see the answers per question.</source>
      <translation type="vanished">0.–3. klasse har ingen indikatorgennemsnit; se svarene pr. spørgsmål.</translation>
    </message>
  </context>
  <context>
    <name>SurveyAgreements</name>
    <message>
      <source>No deadline</source>
      <translation>Ingen frist</translation>
    </message>
    <message>
      <source>No class agreements about the survey yet. Use “Make agreement” at an indicator or a question above.</source>
      <translation>Klassen har endnu ingen aftaler om trivselsmålingen. Brug “Lav aftale” ved en indikator eller et spørgsmål ovenfor.</translation>
    </message>
    <message>
      <source>Agreements about the wellbeing</source>
      <translation>Aftaler om trivslen</translation>
    </message>
    <message>
      <source>Responsible: {name}</source>
      <translation>Ansvarlig: {name}</translation>
    </message>
    <message>
      <source>Made {date} in {klass}</source>
      <translation>Aftalt {date} i {klass}</translation>
    </message>
    <message>
      <source>{text} – {status}</source>
      <translation>{text} – {status}</translation>
    </message>
    <message>
      <source>Deadline: {date} (passed)</source>
      <translation>Frist: {date} (overskredet)</translation>
    </message>
    <message>
      <source>Deadline: {date}</source>
      <translation>Frist: {date}</translation>
    </message>
    <message>
      <source>Made {date}</source>
      <translation>Aftalt {date}</translation>
    </message>
    <message>
      <source>About the question: {question}</source>
      <translation>Om spørgsmålet: {question}</translation>
    </message>
  </context>
  <context>
    <name>SurveyForm</name>
    <message>
      <source>A result with fewer than 5 answers is stored for this class. Its figures are not shown, not even here. What you save now replaces it.</source>
      <translation>Klassen har et gemt resultat med færre end 5 svar. Tallene vises ikke, heller ikke her. Det, du gemmer nu, erstatter det.</translation>
    </message>
    <message>
      <source>Number of answers</source>
      <translation>Antal svar</translation>
    </message>
    <message>
      <source>for example 86,4</source>
      <translation>fx 86,4</translation>
    </message>
    <message>
      <source>Share with the highest wellbeing in percent</source>
      <translation>Andel med højeste trivsel i procent</translation>
    </message>
    <message>
      <source>Number of &amp;answers:</source>
      <translation>&amp;Antal svar:</translation>
    </message>
    <message>
      <source>Indicators (means on 1–5)</source>
      <translation>Indikatorer (gennemsnit på 1–5)</translation>
    </message>
    <message>
      <source>Answers to each question</source>
      <translation>Svar på hvert spørgsmål</translation>
    </message>
    <message>
      <source>Add question</source>
      <translation>Tilføj spørgsmål</translation>
    </message>
    <message>
      <source>Remove question</source>
      <translation>Fjern spørgsmål</translation>
    </message>
    <message>
      <source>Answers to each question in percent (optional)</source>
      <translation>Svar på hvert spørgsmål i procent (valgfrit)</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>Nr.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Spørgsmål</translation>
    </message>
    <message>
      <source>Answer scale</source>
      <translation>Svarskala</translation>
    </message>
    <message>
      <source>Negative</source>
      <translation>Negativt</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Antal svar</translation>
    </message>
    <message>
      <source>Tick when the best answer is “Aldrig” or “Nej” (for example “Er du blevet mobbet?”)</source>
      <translation>Sæt flueben, når det bedste svar er “Aldrig” eller “Nej” (fx “Er du blevet mobbet?”)</translation>
    </message>
    <message>
      <source>Share with the &amp;highest wellbeing (%):</source>
      <translation>Andel med &amp;højeste trivsel (%):</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Skolen</translation>
    </message>
    <message>
      <source>National</source>
      <translation>Landet</translation>
    </message>
    <message>
      <source>Write each answer option's share as in the report, e.g. 12,5. Questions without shares are left out.</source>
      <translation>Skriv andelen for hver svarmulighed som i rapporten, fx 12,5. Spørgsmål uden andele udelades.</translation>
    </message>
    <message>
      <source>Option 1 is the report's first answer option (Meget tit, Helt enig or Altid), option 5 the last (Aldrig or Helt uenig). Write each share as in the report, e.g. 12,5. Questions without shares are left out.</source>
      <translation>Svar 1 er rapportens første svarmulighed (Meget tit, Helt enig eller Altid), svar 5 den sidste (Aldrig eller Helt uenig). Skriv hver andel som i rapporten, fx 12,5. Spørgsmål uden andele udelades.</translation>
    </message>
    <message>
      <source>Option {number} %</source>
      <translation>Svar {number} %</translation>
    </message>
    <message>
      <source>Wellbeing results for {klass}</source>
      <translation>Trivselsresultater for {klass}</translation>
    </message>
    <message>
      <source>Type the class's results from the report in the ministry's tool ({year}). Empty fields are left out.</source>
      <translation>Skriv klassens resultater fra rapporten i ministeriets værktøj ({year}). Tomme felter udelades.</translation>
    </message>
    <message>
      <source>class</source>
      <translation>klassen</translation>
    </message>
    <message>
      <source>school</source>
      <translation>skolen</translation>
    </message>
    <message>
      <source>national</source>
      <translation>landet</translation>
    </message>
    <message>
      <source>e.g. 3,7</source>
      <translation>fx 3,7</translation>
    </message>
    <message>
      <source>Not saved:</source>
      <translation>Ikke gemt:</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
  </context>
  <context>
    <name>SurveyImport</name>
    <message>
      <source>Sheet</source>
      <translation>Ark</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Skoleår</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Svar</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikatorer</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Spørgsmål</translation>
    </message>
    <message>
      <source>What happens</source>
      <translation>Hvad der sker</translation>
    </message>
    <message>
      <source>Import wellbeing results</source>
      <translation>Importér trivselsresultater</translation>
    </message>
    <message>
      <source>Choose a workbook (.xlsx) or CSV file with the classes' results: the app's template or sheets copied from the ministry's report. You see what will be stored before anything is saved.</source>
      <translation>Vælg en projektmappe (.xlsx) eller CSV-fil med klassernes resultater: appens skabelon eller ark kopieret fra ministeriets rapport. Du ser, hvad der bliver gemt, før noget gemmes.</translation>
    </message>
    <message>
      <source>The chosen file</source>
      <translation>Den valgte fil</translation>
    </message>
    <message>
      <source>Choose file…</source>
      <translation>Vælg fil…</translation>
    </message>
    <message>
      <source>Save empty template…</source>
      <translation>Gem tom skabelon…</translation>
    </message>
    <message>
      <source>&amp;School year (for classes the file gives no year for):</source>
      <translation>&amp;Skoleår (for klasser, som filen ikke angiver et skoleår for):</translation>
    </message>
    <message>
      <source>What will be stored</source>
      <translation>Det, der bliver gemt</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importér</translation>
    </message>
    <message>
      <source>Choose a workbook</source>
      <translation>Vælg en projektmappe</translation>
    </message>
    <message>
      <source>Workbooks and CSV files (*.xlsx *.xlsm *.csv *.txt);;All files (*)</source>
      <translation>Projektmapper og CSV-filer (*.xlsx *.xlsm *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
      <source>Save empty template</source>
      <translation>Gem tom skabelon</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
      <source>Stores the school's answers (not a class's)</source>
      <translation>Gemmer skolens svar (ikke en klasses)</translation>
    </message>
    <message>
      <source>File:</source>
      <translation>Fil:</translation>
    </message>
    <message>
      <source>The file cannot be imported. Correct these problems in the file and choose it again; nothing has been stored:</source>
      <translation>Filen kan ikke importeres. Ret disse fejl i filen, og vælg den igen; intet er gemt:</translation>
    </message>
    <message>
      <source>No classes</source>
      <translation>Ingen klasser</translation>
    </message>
    <message>
      <source>There are no classes in this school year.</source>
      <translation>Der er ingen klasser i dette skoleår.</translation>
    </message>
    <message>
      <source>Wellbeing {year}.xlsx</source>
      <translation>Trivsel {year}.xlsx</translation>
    </message>
    <message>
      <source>Stored as new</source>
      <translation>Gemmes som nyt</translation>
    </message>
    <message>
      <source>Updates the stored result</source>
      <translation>Opdaterer det gemte resultat</translation>
    </message>
    <message>
      <source>Already stored – unchanged</source>
      <translation>Allerede gemt – uændret</translation>
    </message>
    <message>
      <source>Adds the school's and the country's figures (not the class's)</source>
      <translation>Tilføjer skolens og landets tal (ikke klassens)</translation>
    </message>
    <message>
      <source>The school's answers for {count} stage will be stored. Click Import to store them.</source>
      <translation>Skolens svar for {count} trin gemmes. Klik på Importér for at gemme dem.</translation>
    </message>
    <message>
      <source>The school's answers for {count} stages will be stored. Click Import to store them.</source>
      <translation>Skolens svar for {count} trin gemmes. Klik på Importér for at gemme dem.</translation>
    </message>
    <message>
      <source>Everything in the file is already stored. Importing changes nothing.</source>
      <translation>Alt i filen er allerede gemt. En import ændrer intet.</translation>
    </message>
    <message>
      <source>Nothing was imported</source>
      <translation>Intet blev importeret</translation>
    </message>
    <message>
      <source>The template was not saved</source>
      <translation>Skabelonen blev ikke gemt</translation>
    </message>
    <message>
      <source>The template was saved as {path}. Fill it in and choose it here.</source>
      <translation>Skabelonen er gemt som {path}. Udfyld den, og vælg den her.</translation>
    </message>
    <message>
      <source>{count} class will be stored. Click Import to store it.</source>
      <translation>{count} klasse bliver gemt. Klik på Importér for at gemme den.</translation>
    </message>
    <message>
      <source>{count} classes will be stored. Click Import to store them.</source>
      <translation>{count} klasser bliver gemt. Klik på Importér for at gemme dem.</translation>
    </message>
    <message>
      <source>Problems in the file</source>
      <translation type="vanished">Fejl i filen</translation>
    </message>
    <message>
      <source>Choose a workbook (.xlsx) with the classes' results: the app's template or sheets copied from the ministry's report. You see what will be stored before anything is saved.</source>
      <translation type="vanished">Vælg en Excel-projektmappe (.xlsx) med klassernes resultater: programmets skabelon eller ark kopieret fra ministeriets rapport. Du ser, hvad der bliver gemt, før noget gemmes.</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx *.xlsm);;All files (*)</source>
      <translation type="vanished">Excel-projektmapper (*.xlsx *.xlsm);;Alle filer (*)</translation>
    </message>
  </context>
  <context>
    <name>Undo</name>
    <message>
      <source>Undo: {name}</source>
      <translation>Fortryd: {name}</translation>
    </message>
  </context>
  <context>
    <name>UserGuide</name>
    <message>
      <source>User guide – Klassekonference</source>
      <translation>Brugervejledning – Klassekonference</translation>
    </message>
    <message>
      <source>Chapters</source>
      <translation>Kapitler</translation>
    </message>
    <message>
      <source>User guide</source>
      <translation>Brugervejledning</translation>
    </message>
    <message>
      <source>The user guide was not found next to the program ({path}). Reinstall the program, or read the guide on the school's intranet.</source>
      <translation>Brugervejledningen blev ikke fundet ved programmet ({path}). Installér programmet igen, eller læs vejledningen på skolens intranet.</translation>
    </message>
  </context>
  <context>
    <name>WellbeingChart</name>
    <message>
      <source>Development over the years</source>
      <translation>Udvikling over årene</translation>
    </message>
    <message>
      <source>from the lowest to the highest wellbeing</source>
      <translation>fra laveste til højeste trivsel</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikatorer</translation>
    </message>
    <message>
      <source>Answers per question, lowest first</source>
      <translation>Svar på hvert spørgsmål, laveste først</translation>
    </message>
    <message>
      <source>Class ({answers})</source>
      <translation>Klassen ({answers})</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Skolen</translation>
    </message>
    <message>
      <source>National</source>
      <translation>Landet</translation>
    </message>
    <message>
      <source>Mean (1–{top})</source>
      <translation>Gns. (1–{top})</translation>
    </message>
    <message>
      <source>{change} since {year}</source>
      <translation>{change} siden {year}</translation>
    </message>
    <message>
      <source>School {value}</source>
      <translation>Skolen {value}</translation>
    </message>
    <message>
      <source>National {value}</source>
      <translation>Landet {value}</translation>
    </message>
  </context>
  <context>
    <name>WellbeingPage</name>
    <message>
      <source>The survey shows the class as a whole. Never use it as the basis for action towards one named pupil.</source>
      <translation>Målingen viser klassen som helhed. Brug den aldrig som grundlag for at handle over for én navngiven elev.</translation>
    </message>
    <message>
      <source>Type in results…</source>
      <translation>Indtast resultater…</translation>
    </message>
    <message>
      <source>Type the class's results from the printed report</source>
      <translation>Skriv klassens resultater fra den udskrevne rapport</translation>
    </message>
    <message>
      <source>Import from file…</source>
      <translation>Importér fra fil…</translation>
    </message>
    <message>
      <source>Import results from a workbook: the app's template or the ministry's report</source>
      <translation>Importér resultater fra en projektmappe: programmets skabelon eller ministeriets rapport</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indikatorer</translation>
    </message>
    <message>
      <source>Answers to each question, lowest first</source>
      <translation>Svar på hvert spørgsmål, laveste først</translation>
    </message>
    <message>
      <source>The whole school's answers</source>
      <translation>Hele skolens svar</translation>
    </message>
    <message>
      <source>Agreements about the wellbeing</source>
      <translation>Aftaler om trivslen</translation>
    </message>
    <message>
      <source>The class's agreements under the indicator or question they answer. Agreements about single pupils are never listed here.</source>
      <translation>Klassens aftaler under den indikator eller det spørgsmål, de svarer på. Aftaler om enkelte elever vises aldrig her.</translation>
    </message>
    <message>
      <source>Development over the years</source>
      <translation>Udvikling over årene</translation>
    </message>
    <message>
      <source>The same pupils are followed from year to year, also when the class moves up a grade.</source>
      <translation>De samme elever følges fra år til år, også når klassen rykker et klassetrin op.</translation>
    </message>
    <message>
      <source>Choose a class.</source>
      <translation>Vælg en klasse.</translation>
    </message>
    <message>
      <source>Make agreement</source>
      <translation>Lav aftale</translation>
    </message>
    <message>
      <source>Wellbeing survey</source>
      <translation>Trivselsmåling</translation>
    </message>
    <message>
      <source>Make a class agreement about “{about}”</source>
      <translation>Lav en klasseaftale om “{about}”</translation>
    </message>
    <message>
      <source>Make agreement about “{about}”</source>
      <translation>Lav aftale om “{about}”</translation>
    </message>
    <message>
      <source>No survey results for {klass} in {year} yet. Type them in from the report or import a file.</source>
      <translation>Der er endnu ingen resultater fra trivselsmålingen for {klass} i {year}. Indtast dem fra rapporten, eller importér en fil.</translation>
    </message>
    <message>
      <source>School year {year}</source>
      <translation>Skoleåret {year}</translation>
    </message>
    <message>
      <source>Wellbeing survey – {klass}</source>
      <translation>Trivselsmåling – {klass}</translation>
    </message>
    <message>
      <source>No results for {klass} in {year} yet; the newest is from {then} (as {name})</source>
      <translation>Ingen resultater for {klass} i {year} endnu; de nyeste er fra {then} (som {name})</translation>
    </message>
    <message>
      <source>Share with the highest wellbeing: {share}</source>
      <translation>Andel med højeste trivsel: {share}</translation>
    </message>
    <message>
      <source>The two best answers, compared with the whole school</source>
      <translation>De to bedste svar sammenlignet med hele skolen</translation>
    </message>
    <message>
      <source>{source}: the school's figures, not the class's own.</source>
      <translation>{source}: skolens tal, ikke klassens egne.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <source>← Class overview</source>
      <translation>← Klasseoversigt</translation>
    </message>
    <message>
      <source>Start the meeting</source>
      <translation>Start mødet</translation>
    </message>
    <message>
      <source>Reopen…</source>
      <translation>Genåbn…</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>Mødetid</translation>
    </message>
    <message>
      <source>Steps of the meeting</source>
      <translation>Mødets trin</translation>
    </message>
    <message>
      <source>1. Follow-up</source>
      <translation>1. Opfølgning</translation>
    </message>
    <message>
      <source>2. The class's wellbeing</source>
      <translation>2. Klassens trivsel</translation>
    </message>
    <message>
      <source>3. Pupils</source>
      <translation>3. Elevgennemgang</translation>
    </message>
    <message>
      <source>4. New agreements</source>
      <translation>4. Nye aftaler</translation>
    </message>
    <message>
      <source>5. Summary</source>
      <translation>5. Opsummering</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Dagsorden</translation>
    </message>
    <message>
      <source>Close the conference</source>
      <translation>Afslut konferencen</translation>
    </message>
    <message>
      <source>Close the conference? It is marked as held and protected against changes; open agreements are followed up at the class's next conference. You can reopen it later.</source>
      <translation>Afslut konferencen? Den markeres som afholdt og beskyttes mod ændringer; åbne aftaler følges op på klassens næste konference. Du kan genåbne den senere.</translation>
    </message>
    <message>
      <source>Reopen the conference</source>
      <translation>Genåbn konferencen</translation>
    </message>
    <message>
      <source>The conference has been held. Reopen it to make changes on purpose?</source>
      <translation>Konferencen er afholdt. Vil du genåbne den for at ændre noget?</translation>
    </message>
    <message>
      <source>Whole meeting: {used} of {planned} min</source>
      <translation>Hele mødet: {used} af {planned} min</translation>
    </message>
    <message>
      <source>{title}: {used} / {planned} min</source>
      <translation>{title}: {used} / {planned} min</translation>
    </message>
    <message>
      <source>Class conference {classes}, {date}</source>
      <translation>Klassekonference {classes}, {date}</translation>
    </message>
  </context>
  <context>
    <name>WorkspaceModels</name>
    <message>
      <source>This item has run over its planned time.</source>
      <translation>Punktet har brugt mere end den planlagte tid.</translation>
    </message>
    <message>
      <source>needs discussion</source>
      <translation>skal drøftes</translation>
    </message>
    <message>
      <source>{percent} % prepared</source>
      <translation>{percent} % forberedt</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Dagsorden</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <source>Used</source>
      <translation>Brugt</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Aftale</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Gælder</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ansvarlig</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Opfølgning</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
  </context>
  <context>
    <name>absence</name>
    <message>
      <source>(a guide only: the period is not a quarter, and the law sets the 10 % and 15 % per quarter)</source>
      <translation>(kun vejledende: perioden er ikke et kvartal, og loven fastsætter de 10 % og 15 % pr. kvartal)</translation>
    </message>
    <message>
      <source>The period {start} – {end} is not a quarter. The law sets the 10 % and 15 % marks for unlawful absence per quarter, so here they are only a guide.</source>
      <translation>Perioden {start} – {end} er ikke et kvartal. Loven fastsætter grænserne på 10 % og 15 % ulovligt fravær pr. kvartal, så her er de kun vejledende.</translation>
    </message>
    <message>
      <source>Total absence above 10 %</source>
      <translation>Samlet fravær over 10 %</translation>
    </message>
    <message>
      <source>Unlawful absence of 10 % or more: the parents must be warned</source>
      <translation>Ulovligt fravær på 10 % eller mere: forældrene skal varsles</translation>
    </message>
    <message>
      <source>Unlawful absence of 15 % or more: the municipality must be informed</source>
      <translation>Ulovligt fravær på 15 % eller mere: kommunen skal underrettes</translation>
    </message>
  </context>
  <context>
    <name>agenda</name>
    <message>
      <source>Follow-up on agreements</source>
      <translation>Opfølgning på aftaler</translation>
    </message>
    <message>
      <source>The class's wellbeing</source>
      <translation>Klassens trivsel</translation>
    </message>
    <message>
      <source>Pupil review</source>
      <translation>Elevgennemgang</translation>
    </message>
    <message>
      <source>New agreements</source>
      <translation>Nye aftaler</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation>Opsummering</translation>
    </message>
  </context>
  <context>
    <name>agreement</name>
    <message>
      <source>The parents</source>
      <translation>Forældrene</translation>
    </message>
    <message>
      <source>The pupil</source>
      <translation>Eleven</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Åben</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Udført</translation>
    </message>
    <message>
      <source>Partly done</source>
      <translation>Delvist udført</translation>
    </message>
    <message>
      <source>Not done</source>
      <translation>Ikke udført</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Opgivet</translation>
    </message>
    <message>
      <source>The class</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Spørgsmål</translation>
    </message>
    <message>
      <source>Question {code}</source>
      <translation>Spørgsmål {code}</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <source>usage: </source>
      <translation>brug: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>argumenter</translation>
    </message>
    <message>
      <source>options</source>
      <translation>tilvalg</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>følgende skal angives: %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>ugyldigt valg: %(value)r (vælg mellem %(choices)s)</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>kræver én værdi</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>kan ikke bruges sammen med %s</translation>
    </message>
  </context>
  <context>
    <name>backups</name>
    <message>
      <source>when opened</source>
      <translation>ved åbning</translation>
    </message>
    <message>
      <source>when closed</source>
      <translation>ved lukning</translation>
    </message>
    <message>
      <source>automatic</source>
      <translation>automatisk</translation>
    </message>
    <message>
      <source>before restoring</source>
      <translation>før gendannelse</translation>
    </message>
    <message>
      <source>manual</source>
      <translation>manuel</translation>
    </message>
    <message>
      <source>The backup “{name}” is damaged and cannot be restored. Choose another.</source>
      <translation>Sikkerhedskopien “{name}” er beskadiget og kan ikke gendannes. Vælg en anden.</translation>
    </message>
    <message>
      <source>The backup could not be restored, and “{name}” has not been changed. Check that there is free space on the disk, then try again.</source>
      <translation>Sikkerhedskopien kunne ikke gendannes, og “{name}” er ikke ændret. Tjek, at der er ledig plads på disken, og prøv igen.</translation>
    </message>
    <message>
      <source>The backup “{name}” does not open with this passphrase. It may have been made before the passphrase was changed: give the passphrase the file had then.</source>
      <translation>Sikkerhedskopien “{name}” kan ikke åbnes med denne adgangskode. Den er måske lavet, før adgangskoden blev skiftet: angiv den adgangskode, filen havde dengang.</translation>
    </message>
  </context>
  <context>
    <name>changelog</name>
    <message>
      <source>Pupil</source>
      <translation>Elev</translation>
    </message>
    <message>
      <source>Pupil review</source>
      <translation>Elevgennemgang</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Fag</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Notat</translation>
    </message>
    <message>
      <source>Absence</source>
      <translation>Fravær</translation>
    </message>
    <message>
      <source>Given name</source>
      <translation>Fornavn</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Efternavn</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Left on</source>
      <translation>Udmeldt den</translation>
    </message>
    <message>
      <source>Needs discussion</source>
      <translation>Skal drøftes</translation>
    </message>
    <message>
      <source>Strengths and resources</source>
      <translation>Styrker og ressourcer</translation>
    </message>
    <message>
      <source>The pupil's perspective</source>
      <translation>Elevens perspektiv</translation>
    </message>
    <message>
      <source>Wellbeing and social situation</source>
      <translation>Trivsel og sociale forhold</translation>
    </message>
    <message>
      <source>Absence period from</source>
      <translation>Fraværsperiode fra</translation>
    </message>
    <message>
      <source>Absence period to</source>
      <translation>Fraværsperiode til</translation>
    </message>
    <message>
      <source>Total absence (%)</source>
      <translation>Samlet fravær (%)</translation>
    </message>
    <message>
      <source>Unlawful absence (%)</source>
      <translation>Ulovligt fravær (%)</translation>
    </message>
    <message>
      <source>The child's view of the cause</source>
      <translation>Barnets forklaring på årsagen</translation>
    </message>
    <message>
      <source>The parents' view of the cause</source>
      <translation>Forældrenes forklaring på årsagen</translation>
    </message>
    <message>
      <source>What has been tried</source>
      <translation>Hvad er afprøvet</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <source>Conclusion</source>
      <translation>Konklusion</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Drøftet</translation>
    </message>
    <message>
      <source>Written by</source>
      <translation>Skrevet af</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Mål</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Grundlag</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Tekst</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Fortroligt</translation>
    </message>
    <message>
      <source>Conference</source>
      <translation>Konference</translation>
    </message>
    <message>
      <source>Sickness absence (%)</source>
      <translation>Sygefravær (%)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <source>created</source>
      <translation>oprettet</translation>
    </message>
    <message>
      <source>deleted</source>
      <translation>slettet</translation>
    </message>
    <message>
      <source>created: {text}</source>
      <translation>oprettet: {text}</translation>
    </message>
    <message>
      <source>a deleted pupil's name replaced</source>
      <translation>navnet på en slettet elev er erstattet</translation>
    </message>
    <message>
      <source>personal data deleted</source>
      <translation>personoplysninger slettet</translation>
    </message>
  </context>
  <context>
    <name>chart_drawings</name>
    <message>
      <source>School</source>
      <translation>Skolen</translation>
    </message>
    <message>
      <source>Class ({answers})</source>
      <translation>Klassen ({answers})</translation>
    </message>
    <message>
      <source>from the lowest to the highest wellbeing</source>
      <translation>fra laveste til højeste trivsel</translation>
    </message>
    <message>
      <source>Mean (1–{top})</source>
      <translation>Gns. (1–{top})</translation>
    </message>
    <message>
      <source>National</source>
      <translation>Landet</translation>
    </message>
    <message>
      <source>School {value}</source>
      <translation>Skolen {value}</translation>
    </message>
    <message>
      <source>National {value}</source>
      <translation>Landet {value}</translation>
    </message>
    <message>
      <source>{change} since {year}</source>
      <translation>{change} siden {year}</translation>
    </message>
  </context>
  <context>
    <name>charts</name>
    <message>
      <source>1 answer</source>
      <translation>1 svar</translation>
    </message>
    <message>
      <source>No survey results for this class yet.</source>
      <translation>Der er endnu ingen resultater fra trivselsmålingen for klassen.</translation>
    </message>
    <message>
      <source>{count} answers</source>
      <translation>{count} svar</translation>
    </message>
    <message>
      <source>Grades 0–3 have no official indicator means: see the answers to each question.</source>
      <translation>0.–3. klasse har ingen officielle indikatorgennemsnit: se svarene på hvert spørgsmål.</translation>
    </message>
    <message>
      <source>{question} ({answers}): {distribution}</source>
      <translation>{question} ({answers}): {distribution}</translation>
    </message>
    <message>
      <source>Highest wellbeing</source>
      <translation>Højeste trivsel</translation>
    </message>
    <message>
      <source>No indicator values to follow over the years.</source>
      <translation>Der er ingen indikatorværdier at følge over årene.</translation>
    </message>
    <message>
      <source>{indicator}: {value}</source>
      <translation>{indicator}: {value}</translation>
    </message>
    <message>
      <source>No indicator values have been entered.</source>
      <translation>Der er ikke indtastet nogen indikatorværdier.</translation>
    </message>
    <message>
      <source>Lowest wellbeing</source>
      <translation>Laveste trivsel</translation>
    </message>
    <message>
      <source>grades 0–3: no indicators</source>
      <translation>0.–3. klasse: ingen indikatorer</translation>
    </message>
    <message>
      <source>band {band}</source>
      <translation>interval {band}</translation>
    </message>
    <message>
      <source>school {value}</source>
      <translation>skolen {value}</translation>
    </message>
    <message>
      <source>national {value}</source>
      <translation>landet {value}</translation>
    </message>
    <message>
      <source>{change} since {year}</source>
      <translation>{change} siden {year}</translation>
    </message>
    <message>
      <source>{answers}: not shown</source>
      <translation>{answers}: vises ikke</translation>
    </message>
    <message>
      <source>Class {share}</source>
      <translation>Klassen {share}</translation>
    </message>
    <message>
      <source>the school's {stage} {share}</source>
      <translation>skolens {stage} {share}</translation>
    </message>
    <message>
      <source>the country {share}</source>
      <translation>landet {share}</translation>
    </message>
    <message>
      <source>Mellemtrin</source>
      <translation>Mellemtrin</translation>
    </message>
    <message>
      <source>Udskoling</source>
      <translation>Udskoling</translation>
    </message>
    <message>
      <source>{stage} {year} (uddannelsesstatistik.dk)</source>
      <translation>{stage} {year} (uddannelsesstatistik.dk)</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Commands (each has --help):</source>
      <translation>Kommandoer (hver har --help):</translation>
    </message>
    <message>
      <source>Prepare and run class conferences. Without a command the program window opens.</source>
      <translation>Forbered og afhold klassekonferencer. Uden en kommando åbnes programvinduet.</translation>
    </message>
    <message>
      <source>FILE</source>
      <translation>FIL</translation>
    </message>
    <message>
      <source>the file to open</source>
      <translation>filen, der skal åbnes</translation>
    </message>
    <message>
      <source>open a fresh copy of the demo school</source>
      <translation>åbn en frisk kopi af demoskolen</translation>
    </message>
    <message>
      <source>There is no screen to show the window on (DISPLAY is not set). Start Klassekonference from a desktop, or use a command such as 'klassekonference check --db FILE'.</source>
      <translation>Der er ingen skærm at vise vinduet på (DISPLAY er ikke sat). Start Klassekonference fra et skrivebord, eller brug en kommando som 'klassekonference check --db FIL'.</translation>
    </message>
    <message>
      <source>The command stopped because something in the file could not be understood ({kind}). The file may be damaged: run 'klassekonference check --db FILE', and restore a backup if it reports problems.</source>
      <translation>Kommandoen stoppede, fordi noget i filen ikke kunne forstås ({kind}). Filen kan være beskadiget: kør 'klassekonference check --db FIL', og gendan en sikkerhedskopi, hvis den finder problemer.</translation>
    </message>
    <message>
      <source>changes --db FILE -o PACKAGE</source>
      <translation>changes --db FIL -o PAKKE</translation>
    </message>
    <message>
      <source>write only what this copy changed, for merging</source>
      <translation>skriv kun det, denne kopi har ændret, til fletning</translation>
    </message>
    <message>
      <source>Write a small change package with only what this copy changed, encrypted as the copy.</source>
      <translation>Skriv en lille ændringspakke med kun det, denne kopi har ændret, krypteret som kopien.</translation>
    </message>
    <message>
      <source>your copy of the file</source>
      <translation>din kopi af filen</translation>
    </message>
    <message>
      <source>PACKAGE</source>
      <translation>PAKKE</translation>
    </message>
    <message>
      <source>the new package</source>
      <translation>den nye pakke</translation>
    </message>
    <message>
      <source>Wrote your changes to {path} ({size} kB).</source>
      <translation>Skrev dine ændringer til {path} ({size} kB).</translation>
    </message>
    <message>
      <source>check --db FILE</source>
      <translation>check --db FIL</translation>
    </message>
    <message>
      <source>check a file: version, integrity and contents</source>
      <translation>tjek en fil: version, integritet og indhold</translation>
    </message>
    <message>
      <source>Check a file: schema version, integrity and the number of rows per table.</source>
      <translation>Tjek en fil: skemaversion, integritet og antal rækker pr. tabel.</translation>
    </message>
    <message>
      <source>Integrity check: ok</source>
      <translation>Integritetstjek: i orden</translation>
    </message>
    <message>
      <source>Rows per table:</source>
      <translation>Rækker pr. tabel:</translation>
    </message>
    <message>
      <source>the file to check</source>
      <translation>filen, der skal tjekkes</translation>
    </message>
    <message>
      <source>File: {path}</source>
      <translation>Fil: {path}</translation>
    </message>
    <message>
      <source>Schema version: {version}</source>
      <translation>Skemaversion: {version}</translation>
    </message>
    <message>
      <source>Integrity check: {count} problem</source>
      <translation>Integritetstjek: {count} fejl</translation>
    </message>
    <message>
      <source>Integrity check: {count} problems</source>
      <translation>Integritetstjek: {count} fejl</translation>
    </message>
    <message>
      <source>DB</source>
      <translation>FIL</translation>
    </message>
    <message>
      <source>the conference file</source>
      <translation>konferencefilen</translation>
    </message>
    <message>
      <source>the class</source>
      <translation>klassen</translation>
    </message>
    <message>
      <source>the school year of the class (default: the current one)</source>
      <translation>klassens skoleår (standard: det nuværende)</translation>
    </message>
    <message>
      <source>which conference: latest (the class's newest, planned or held) or its id</source>
      <translation>hvilken konference: latest (klassens nyeste, planlagt eller afholdt) eller dens id</translation>
    </message>
    <message>
      <source>one file per class of the school year (with --out-dir)</source>
      <translation>én fil pr. klasse i skoleåret (med --out-dir)</translation>
    </message>
    <message>
      <source>DIR</source>
      <translation>MAPPE</translation>
    </message>
    <message>
      <source>the folder for --all-classes</source>
      <translation>mappen til --all-classes</translation>
    </message>
    <message>
      <source>Nothing was imported. Correct the rows, or add --skip-bad-rows to import the other pupils.</source>
      <translation>Intet blev importeret. Ret rækkerne, eller tilføj --skip-bad-rows for at importere de andre elever.</translation>
    </message>
    <message>
      <source>--all-classes needs --out-dir DIR</source>
      <translation>--all-classes kræver --out-dir MAPPE</translation>
    </message>
    <message>
      <source>--all-classes writes to --out-dir; leave out --class and -o</source>
      <translation>--all-classes skriver til --out-dir; udelad --class og -o</translation>
    </message>
    <message>
      <source>choose a class with --class (or use --all-classes)</source>
      <translation>vælg en klasse med --class (eller brug --all-classes)</translation>
    </message>
    <message>
      <source>name the file to write with -o</source>
      <translation>angiv filen, der skal skrives, med -o</translation>
    </message>
    <message>
      <source>read the file's passphrase from this file (or set {env})</source>
      <translation>læs filens adgangskode fra denne fil (eller sæt {env})</translation>
    </message>
    <message>
      <source>Wrote {count} file to {folder}</source>
      <translation>Skrev {count} fil til {folder}</translation>
    </message>
    <message>
      <source>Wrote {count} files to {folder}</source>
      <translation>Skrev {count} filer til {folder}</translation>
    </message>
    <message>
      <source>Without a conference: {classes}</source>
      <translation>Uden klassekonference: {classes}</translation>
    </message>
    <message>
      <source>{prog}: error: {message}</source>
      <translation>{prog}: fejl: {message}</translation>
    </message>
    <message>
      <source>Passphrase for {name}: </source>
      <translation>Adgangskode til {name}: </translation>
    </message>
    <message>
      <source>The class {name} has no conference yet. Plan one in the program first.</source>
      <translation>Klassen {name} har ingen klassekonference endnu. Planlæg en i programmet først.</translation>
    </message>
    <message>
      <source>The passphrase file “{path}” cannot be read.</source>
      <translation>Filen med adgangskoden, “{path}”, kan ikke læses.</translation>
    </message>
    <message>
      <source>copy --db FILE OUT [--class 5.B]</source>
      <translation>copy --db FIL UD [--class 5.B]</translation>
    </message>
    <message>
      <source>write a copy, or one for preparing on another computer</source>
      <translation>skriv en kopi, eller en til forberedelse på en anden computer</translation>
    </message>
    <message>
      <source>Write a complete copy of a file (also while the program has it open), encrypted as the original.</source>
      <translation>Skriv en komplet kopi af en fil (også mens programmet har den åben), krypteret som originalen.</translation>
    </message>
    <message>
      <source>the Klassekonference file</source>
      <translation>Klassekonference-filen</translation>
    </message>
    <message>
      <source>OUT</source>
      <translation>UD</translation>
    </message>
    <message>
      <source>the new file</source>
      <translation>den nye fil</translation>
    </message>
    <message>
      <source>a copy for preparation on another computer with only these classes' pupils</source>
      <translation>en kopi til forberedelse på en anden computer med kun disse klassers elever</translation>
    </message>
    <message>
      <source>a copy for preparation on another computer (merge it back with 'merge')</source>
      <translation>en kopi til forberedelse på en anden computer (flet den tilbage med 'merge')</translation>
    </message>
    <message>
      <source>Wrote a copy to {path}</source>
      <translation>Skrev en kopi til {path}</translation>
    </message>
    <message>
      <source>Wrote a copy for preparation to {path}. Merge it back with: klassekonference merge --db {team} {path}</source>
      <translation>Skrev en kopi til forberedelse til {path}. Flet den tilbage med: klassekonference merge --db {team} {path}</translation>
    </message>
    <message>
      <source>demo OUT</source>
      <translation>demo UD</translation>
    </message>
    <message>
      <source>write the fictional demo school to OUT</source>
      <translation>skriv den opdigtede demoskole til UD</translation>
    </message>
    <message>
      <source>Write the fictional demo school to a file.</source>
      <translation>Skriv den opdigtede demoskole til en fil.</translation>
    </message>
    <message>
      <source>Wrote the demo school to {path}</source>
      <translation>Demoskolen er skrevet til {path}</translation>
    </message>
    <message>
      <source>export-pdf --db FILE --class 5.B --kind protokol -o OUT.pdf</source>
      <translation>export-pdf --db FIL --class 5.B --kind protokol -o UD.pdf</translation>
    </message>
    <message>
      <source>write a handout</source>
      <translation>skriv en udskrift</translation>
    </message>
    <message>
      <source>Write a handout as PDF: the agenda, the minutes, the class sheet (no pupil names) or the pupil sheets. Confidential notes are left out unless you ask for them.</source>
      <translation>Skriv en udskrift som PDF: dagsordenen, protokollen, klassens ark (uden elevnavne) eller elevarkene. Fortrolige noter kommer kun med, hvis du beder om dem.</translation>
    </message>
    <message>
      <source>the document: dagsorden, referat (or protokol), klasse (class sheet) or elevark</source>
      <translation>dokumentet: dagsorden, referat (eller protokol), klasse (klassens ark) eller elevark</translation>
    </message>
    <message>
      <source>pseudonymise: pupils become Pupil A, Pupil B … also inside the texts (every kind of document)</source>
      <translation>pseudonymisér: eleverne hedder Elev A, Elev B … også inde i teksterne (alle slags dokumenter)</translation>
    </message>
    <message>
      <source>include confidential notes in the agenda or the minutes (left out by default)</source>
      <translation>medtag fortrolige noter på dagsorden eller protokol (udelades som standard)</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>NAVN</translation>
    </message>
    <message>
      <source>with --kind elevark: the sheet of this pupil only (name as on the class list)</source>
      <translation>med --kind elevark: kun denne elevs ark (navnet som på klasselisten)</translation>
    </message>
    <message>
      <source>with --kind elevark: leave out pupils with nothing written (counted in a note)</source>
      <translation>med --kind elevark: udelad elever, der ikke er skrevet noget om (de tælles i en note)</translation>
    </message>
    <message>
      <source>OUT.pdf</source>
      <translation>UD.pdf</translation>
    </message>
    <message>
      <source>the PDF file to write</source>
      <translation>PDF-filen, der skal skrives</translation>
    </message>
    <message>
      <source>--pupil and --skip-empty are for --kind elevark</source>
      <translation>--pupil og --skip-empty hører til --kind elevark</translation>
    </message>
    <message>
      <source>--pupil needs --class (one class)</source>
      <translation>--pupil kræver --class (én klasse)</translation>
    </message>
    <message>
      <source>Note: the file contains confidential notes. Do not share it beyond the team.</source>
      <translation>Bemærk: filen indeholder fortrolige noter. Del den ikke uden for teamet.</translation>
    </message>
    <message>
      <source>Wrote {path}</source>
      <translation>Skrev {path}</translation>
    </message>
    <message>
      <source>Read the texts before you share the file.</source>
      <translation>Læs teksterne, før du deler filen.</translation>
    </message>
    <message>
      <source>export-xlsx --db FILE --class 5.B -o OUT.xlsx</source>
      <translation>export-xlsx --db FIL --class 5.B -o UD.xlsx</translation>
    </message>
    <message>
      <source>write the workbook</source>
      <translation>skriv regnearket</translation>
    </message>
    <message>
      <source>Write the class's agreements, pupils and wellbeing results as an Excel workbook. Survey results from fewer than 5 answers are not written.</source>
      <translation>Skriv klassens aftaler, elever og trivselsresultater som en Excel-projektmappe. Resultater med færre end 5 svar kommer ikke med.</translation>
    </message>
    <message>
      <source>OUT.xlsx</source>
      <translation>UD.xlsx</translation>
    </message>
    <message>
      <source>the workbook to write</source>
      <translation>projektmappen, der skal skrives</translation>
    </message>
    <message>
      <source>import-absence --db FILE LIST</source>
      <translation>import-absence --db FIL LISTE</translation>
    </message>
    <message>
      <source>read absence per pupil for a period</source>
      <translation>indlæs fravær pr. elev for en periode</translation>
    </message>
    <message>
      <source>Read absence per pupil for a period (total, unlawful and sickness in %) from CSV or Excel. Pupils are found by name (and class); unknown pupils are listed and not created.</source>
      <translation>Indlæs fravær pr. elev for en periode (fravær i alt, ulovligt fravær og sygdom i %) fra CSV eller Excel. Eleverne findes ud fra navn (og klasse); ukendte elever bliver vist og ikke oprettet.</translation>
    </message>
    <message>
      <source>PERIOD</source>
      <translation>PERIODE</translation>
    </message>
    <message>
      <source>the period, e.g. 01-08-2025..31-10-2025 or 2025-K3 (if the list does not say it)</source>
      <translation>perioden, fx 01-08-2025..31-10-2025 eller 2025-K3 (hvis listen ikke selv angiver den)</translation>
    </message>
    <message>
      <source>only show what would happen; change nothing</source>
      <translation>vis kun, hvad der ville ske; ændr ingenting</translation>
    </message>
    <message>
      <source>import the list even if some rows cannot be read (those rows are left out)</source>
      <translation>importér listen, selv om nogle rækker ikke kan læses (de rækker springes over)</translation>
    </message>
    <message>
      <source>LIST</source>
      <translation>LISTE</translation>
    </message>
    <message>
      <source>the absence list (.csv or .xlsx)</source>
      <translation>fraværslisten (.csv eller .xlsx)</translation>
    </message>
    <message>
      <source>The file “{path}” does not exist.</source>
      <translation>Filen “{path}” findes ikke.</translation>
    </message>
    <message>
      <source>Would import absence for {count} pupil. Nothing was changed (--dry-run).</source>
      <translation>Ville indlæse fravær for {count} elev. Intet er ændret (--dry-run).</translation>
    </message>
    <message>
      <source>Would import absence for {count} pupils. Nothing was changed (--dry-run).</source>
      <translation>Ville indlæse fravær for {count} elever. Intet er ændret (--dry-run).</translation>
    </message>
    <message>
      <source>Imported absence: {added} new, {updated} updated, {unchanged} unchanged, {unknown} not found.</source>
      <translation>Fravær indlæst: {added} nye, {updated} opdateret, {unchanged} uændret, {unknown} blev ikke fundet.</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>Bemærk: {text}</translation>
    </message>
    <message>
      <source>Period {start} – {end}</source>
      <translation>Periode {start} – {end}</translation>
    </message>
    <message>
      <source>Not found: {name} {class_name} (row {row}): {reason}</source>
      <translation>Ikke fundet: {name} {class_name} (række {row}): {reason}</translation>
    </message>
    <message>
      <source>import-roster --db FILE LIST</source>
      <translation>import-roster --db FIL LISTE</translation>
    </message>
    <message>
      <source>read a pupil list (CSV or Excel)</source>
      <translation>indlæs en elevliste (CSV eller Excel)</translation>
    </message>
    <message>
      <source>Read a pupil list (CSV or Excel) into a file. Pupils already in the file are recognised by name and birth date; pupils no longer on a class's list are marked as left. Nothing is deleted.</source>
      <translation>Indlæs en elevliste (CSV eller Excel) i en fil. Elever, der allerede er i filen, genkendes på navn og fødselsdato; elever, der ikke længere står på en klasses liste, markeres som udmeldt. Intet bliver slettet.</translation>
    </message>
    <message>
      <source>CLASS</source>
      <translation>KLASSE</translation>
    </message>
    <message>
      <source>the class, e.g. 5.B (for a list without a class column, or to import only this class from a list of several classes)</source>
      <translation>klassen, fx 5.B (til en liste uden klassekolonne, eller for kun at indlæse denne klasse fra en liste med flere klasser)</translation>
    </message>
    <message>
      <source>YEAR</source>
      <translation>SKOLEÅR</translation>
    </message>
    <message>
      <source>the school year, e.g. 2025/26 (default: the current one)</source>
      <translation>skoleåret, fx 2025/26 (standard: det nuværende)</translation>
    </message>
    <message>
      <source>the list has no header row: its first row is a pupil</source>
      <translation>listen har ingen overskriftsrække: dens første række er en elev</translation>
    </message>
    <message>
      <source>FIELD=COLUMN</source>
      <translation>FELT=KOLONNE</translation>
    </message>
    <message>
      <source>which column holds what, e.g. --column navn=B or --column fornavn=A --column efternavn=B --column klasse=C (fields: navn, fornavn, efternavn, klasse, født); may be given several times</source>
      <translation>hvilken kolonne der indeholder hvad, fx --column navn=B eller --column fornavn=A --column efternavn=B --column klasse=C (felter: navn, fornavn, efternavn, klasse, født); kan gives flere gange</translation>
    </message>
    <message>
      <source>the pupil list (.csv or .xlsx)</source>
      <translation>elevlisten (.csv eller .xlsx)</translation>
    </message>
    <message>
      <source>Nothing was changed (--dry-run).</source>
      <translation>Intet er ændret (--dry-run).</translation>
    </message>
    <message>
      <source>“{option}” is not a column choice. Write it like --column navn=B (fields: navn, fornavn, efternavn, klasse, født; columns A, B, C …).</source>
      <translation>“{option}” er ikke et valg af kolonne. Skriv det som --column navn=B (felter: navn, fornavn, efternavn, klasse, født; kolonner A, B, C …).</translation>
    </message>
    <message>
      <source>Pupil list {name}, school year {year}:</source>
      <translation>Elevliste {name}, skoleåret {year}:</translation>
    </message>
    <message>
      <source>  {name}: {new} new, {changed} changed, {left} leave, {same} unchanged</source>
      <translation>  {name}: {new} nye, {changed} ændrede, {left} udmeldes, {same} uændrede</translation>
    </message>
    <message>
      <source>(new class)</source>
      <translation>(ny klasse)</translation>
    </message>
    <message>
      <source>Imported: {new}, {changed} changed, {left} marked as left.</source>
      <translation>Indlæst: {new}, {changed} ændrede, {left} markeret som udmeldt.</translation>
    </message>
    <message>
      <source>The list has no class column. Give the class with --class 5.B, or say which column holds it, e.g. --column klasse=C.</source>
      <translation>Listen har ingen klassekolonne. Angiv klassen med --class 5.B, eller angiv hvilken kolonne der indeholder den, fx --column klasse=C.</translation>
    </message>
    <message>
      <source>{count} new pupil</source>
      <translation>{count} ny elev</translation>
    </message>
    <message>
      <source>{count} new pupils</source>
      <translation>{count} nye elever</translation>
    </message>
    <message>
      <source>No column with the pupils' names was found in “{name}”. Say which column holds them, e.g. --column navn=B (or --column fornavn=A --column efternavn=B). If the list has no header row, add --no-header.</source>
      <translation>Der blev ikke fundet en kolonne med elevernes navne i “{name}”. Angiv hvilken kolonne der indeholder dem, fx --column navn=B (eller --column fornavn=A --column efternavn=B). Hvis listen ikke har en overskriftsrække, så tilføj --no-header.</translation>
    </message>
    <message>
      <source>The list has no header row; the columns were guessed from the values: {columns}. If that is wrong, give them with --column.</source>
      <translation>Listen har ingen overskriftsrække; kolonnerne er gættet ud fra værdierne: {columns}. Hvis det er forkert, så angiv dem med --column.</translation>
    </message>
    <message>
      <source>import-survey --db FILE WORKBOOK</source>
      <translation>import-survey --db FIL PROJEKTMAPPE</translation>
    </message>
    <message>
      <source>read wellbeing survey results</source>
      <translation>indlæs resultater fra trivselsmålingen</translation>
    </message>
    <message>
      <source>Import wellbeing survey results for classes from a workbook (.xlsx) or a CSV file: the app's template or sheets copied from the ministry's report. Nothing is stored if the file has a problem.</source>
      <translation>Importér resultater fra trivselsmålingen for klasser fra en Excel-projektmappe (.xlsx) eller en CSV-fil: appens skabelon eller ark kopieret fra ministeriets rapport. Intet gemmes, hvis filen har et problem.</translation>
    </message>
    <message>
      <source>the school year of classes the file does not give a year for (default: the current one)</source>
      <translation>skoleåret for klasser, som filen ikke angiver et skoleår for (standard: det nuværende)</translation>
    </message>
    <message>
      <source>the workbook (.xlsx) or CSV file with the results</source>
      <translation>projektmappen (.xlsx) eller CSV-filen med resultaterne</translation>
    </message>
    <message>
      <source>Stored:</source>
      <translation>Gemt:</translation>
    </message>
    <message>
      <source>Already stored, unchanged:</source>
      <translation>Allerede gemt, uændret:</translation>
    </message>
    <message>
      <source>Nothing was imported. Correct the file and try again:</source>
      <translation>Intet blev importeret. Ret filen, og prøv igen:</translation>
    </message>
    <message>
      <source>merge --db FILE COPY</source>
      <translation>merge --db FIL KOPI</translation>
    </message>
    <message>
      <source>merge a copy or change package into the team file</source>
      <translation>flet en kopi eller en ændringspakke ind i teamets fil</translation>
    </message>
    <message>
      <source>Merge a copy (or a change package) prepared on another computer into the team file. Exit status 1 when conflicts wait for someone to choose.</source>
      <translation>Flet en kopi (eller en ændringspakke), der er forberedt på en anden computer, ind i teamets fil. Afslutningskode 1, når konflikter venter på, at nogen vælger.</translation>
    </message>
    <message>
      <source>the team's file</source>
      <translation>teamets fil</translation>
    </message>
    <message>
      <source>COPY</source>
      <translation>KOPI</translation>
    </message>
    <message>
      <source>the copy or change package</source>
      <translation>kopien eller ændringspakken</translation>
    </message>
    <message>
      <source>the copy's passphrase, if it differs from the team file's</source>
      <translation>kopiens adgangskode, hvis den er en anden end teamfilens</translation>
    </message>
    <message>
      <source>{count} field waits for someone to choose a version: open the file in the program (Filer › Forbered på en anden computer › Konflikter).</source>
      <translation>{count} felt venter på, at nogen vælger en version: åbn filen i programmet (Filer › Forbered på en anden computer › Konflikter).</translation>
    </message>
    <message>
      <source>{count} fields wait for someone to choose a version: open the file in the program (Filer › Forbered på en anden computer › Konflikter).</source>
      <translation>{count} felter venter på, at nogen vælger en version: åbn filen i programmet (Filer › Forbered på en anden computer › Konflikter).</translation>
    </message>
    <message>
      <source>new OUT [--school NAME]</source>
      <translation>new UD [--school NAVN]</translation>
    </message>
    <message>
      <source>write an empty file for a school</source>
      <translation>skriv en tom fil til en skole</translation>
    </message>
    <message>
      <source>Write an empty file for a school.</source>
      <translation>Skriv en tom fil til en skole.</translation>
    </message>
    <message>
      <source>My school</source>
      <translation>Min skole</translation>
    </message>
    <message>
      <source>the school's name</source>
      <translation>skolens navn</translation>
    </message>
    <message>
      <source>Wrote an empty file for {school} to {path}</source>
      <translation>En tom fil til {school} er skrevet til {path}</translation>
    </message>
    <message>
      <source>copy --db FILE OUT</source>
      <translation type="vanished">copy --db FIL UD</translation>
    </message>
    <message>
      <source>write a complete copy, encrypted as the original</source>
      <translation type="vanished">skriv en komplet kopi, krypteret som originalen</translation>
    </message>
    <message>
      <source>Commands (each has --help):
  demo OUT                    write the fictional demo school to OUT
  new OUT [--school NAME]     write an empty file for a school
  check --db FILE             check a file: version, integrity and contents
  copy --db FILE OUT          write a complete copy, encrypted as the original
  import-roster --db FILE LIST      read a pupil list (CSV or Excel)
  import-absence --db FILE LIST     read absence per pupil for a period
  import-survey --db FILE WORKBOOK  read wellbeing survey results
  export-pdf --db FILE --class 5.B --kind protokol -o OUT.pdf   write a handout
  export-xlsx --db FILE --class 5.B -o OUT.xlsx                 write the workbook</source>
      <translation type="vanished">Kommandoer (hver har --help):
  demo UD                     skriv den opdigtede demoskole til UD
  new UD [--school NAVN]      skriv en tom fil til en skole
  check --db FIL              tjek en fil: version, integritet og indhold
  copy --db FIL UD            skriv en komplet kopi, krypteret som originalen
  import-roster --db FIL LISTE      indlæs en elevliste (CSV eller Excel)
  import-absence --db FIL LISTE     indlæs fravær pr. elev for en periode
  import-survey --db FIL PROJEKTMAPPE  indlæs resultater fra trivselsmålingen
  export-pdf --db FIL --class 5.B --kind protokol -o UD.pdf   skriv en udskrift
  export-xlsx --db FIL --class 5.B -o UD.xlsx                 skriv regnearket</translation>
    </message>
    <message>
      <source>Imported absence: {added} new, {updated} updated, {unchanged} unchanged, {unknown} pupils not found.</source>
      <translation type="vanished">Fravær indlæst: {added} nye, {updated} opdateret, {unchanged} uændret, {unknown} elever blev ikke fundet.</translation>
    </message>
    <message>
      <source>Imported: {new} new pupils, {changed} changed, {left} marked as left.</source>
      <translation type="vanished">Indlæst: {new} nye elever, {changed} ændrede, {left} markeret som udmeldt.</translation>
    </message>
    <message>
      <source>the document: dagsorden, protokol, klasse (class sheet) or elevark</source>
      <translation type="vanished">dokumentet: dagsorden, protokol, klasse (klassens ark) eller elevark</translation>
    </message>
    <message>
      <source>Commands (each has --help):
  demo OUT                    write the fictional demo school to OUT
  new OUT [--school NAME]     write an empty file for a school
  check --db FILE             check a file: version, integrity and contents
  import-roster --db FILE LIST      read a pupil list (CSV or Excel)
  import-absence --db FILE LIST     read absence per pupil for a period
  import-survey --db FILE WORKBOOK  read wellbeing survey results
  export-pdf --db FILE --class 5.B --kind protokol -o OUT.pdf   write a handout
  export-xlsx --db FILE --class 5.B -o OUT.xlsx                 write the workbook</source>
      <translation type="vanished">Kommandoer (hver har --help):
  demo UD                     skriv den opdigtede demoskole til UD
  new UD [--school NAVN]      skriv en tom fil til en skole
  check --db FIL              tjek en fil: version, integritet og indhold
  import-roster --db FIL LISTE      indlæs en elevliste (CSV eller Excel)
  import-absence --db FIL LISTE     indlæs fravær pr. elev for en periode
  import-survey --db FIL PROJEKTMAPPE  indlæs resultater fra trivselsmålingen
  export-pdf --db FIL --class 5.B --kind protokol -o UD.pdf   skriv en udskrift
  export-xlsx --db FIL --class 5.B -o UD.xlsx                 skriv regnearket</translation>
    </message>
    <message>
      <source>Import wellbeing survey results for classes from a workbook (.xlsx): the app's template or sheets copied from the ministry's report. Nothing is stored if the file has a problem.</source>
      <translation type="vanished">Importér klassers resultater fra trivselsmålingen fra en Excel-projektmappe (.xlsx): programmets skabelon eller ark kopieret fra ministeriets rapport. Intet gemmes, hvis filen har en fejl.</translation>
    </message>
    <message>
      <source>the workbook with the results</source>
      <translation type="vanished">projektmappen med resultaterne</translation>
    </message>
    <message>
      <source>Demo school.klassekonference</source>
      <translation type="vanished">Demoskole.klassekonference</translation>
    </message>
    <message>
      <source>show pupils by their initials in the minutes</source>
      <translation type="vanished">vis eleverne med forbogstaver i protokollen</translation>
    </message>
    <message>
      <source>Commands (each has --help):
  demo OUT                    write the fictional demo school to OUT
  new OUT [--school NAME]     write an empty file for a school
  check --db FILE             check a file: version, integrity and contents</source>
      <translation type="vanished">Kommandoer (hver har --help):
  demo UD                     skriv den opdigtede demoskole til UD
  new UD [--school NAVN]      skriv en tom fil til en skole
  check --db FIL              tjek en fil: version, integritet og indhold</translation>
    </message>
  </context>
  <context>
    <name>conference</name>
    <message>
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>I gang</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Afholdt</translation>
    </message>
  </context>
  <context>
    <name>dates</name>
    <message>
      <source>{day} {month} {year}</source>
      <translation>{day}. {month} {year}</translation>
    </message>
    <message>
      <source>{day}/{month}/{year}</source>
      <translation>{day}.{month}.{year}</translation>
    </message>
    <message>
      <source>{hour}:{minute}</source>
      <translation>{hour}.{minute}</translation>
    </message>
    <message>
      <source>{date} at {time}</source>
      <translation>{date} kl. {time}</translation>
    </message>
  </context>
  <context>
    <name>deletion</name>
    <message>
      <source>[deleted pupil]</source>
      <translation>[slettet elev]</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Aftale</translation>
    </message>
    <message>
      <source>Follow-up on an agreement</source>
      <translation>Opfølgning på en aftale</translation>
    </message>
    <message>
      <source>Another pupil's review</source>
      <translation>En anden elevs elevgennemgang</translation>
    </message>
    <message>
      <source>Another pupil's subject goal</source>
      <translation>En anden elevs faglige mål</translation>
    </message>
    <message>
      <source>Note about another pupil</source>
      <translation>Note om en anden elev</translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Dagsordenspunkt</translation>
    </message>
    <message>
      <source>{count} older backup still holds the data and could not be deleted.</source>
      <translation>{count} ældre sikkerhedskopi indeholder stadig oplysningerne og kunne ikke slettes.</translation>
    </message>
    <message>
      <source>{count} older backups still hold the data and could not be deleted.</source>
      <translation>{count} ældre sikkerhedskopier indeholder stadig oplysningerne og kunne ikke slettes.</translation>
    </message>
    <message>
      <source>No fresh backup could be made (is the disk full?). The file itself is saved.</source>
      <translation>Der kunne ikke laves en ny sikkerhedskopi (er disken fuld?). Selve filen er gemt.</translation>
    </message>
    <message>
      <source>Free some space on the disk (empty the recycle bin, delete large files), then choose “Try again”.</source>
      <translation>Frigør plads på disken (tøm papirkurven, slet store filer), og vælg så “Prøv igen”.</translation>
    </message>
    <message>
      <source>The pupil's data has been deleted from the file, but the erasure is not finished:</source>
      <translation>Elevens oplysninger er slettet fra filen, men sletningen er ikke færdig:</translation>
    </message>
    <message>
      <source>The remembered column choices for imports ({path}) could not be cleaned.</source>
      <translation>De huskede kolonnevalg til import ({path}) kunne ikke renses.</translation>
    </message>
    <message>
      <source>The deleted text may still be in the free space inside the file “{name}”, because the file could not be rebuilt (is the disk full?).</source>
      <translation>Den slettede tekst kan stadig ligge i den frie plads inde i filen “{name}”, fordi filen ikke kunne bygges om (er disken fuld?).</translation>
    </message>
    <message>
      <source>The copy “{name}” made before an upgrade could not be deleted.</source>
      <translation>Kopien “{name}”, der blev lavet før en opgradering, kunne ikke slettes.</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>An agreement needs a text.</source>
      <translation>En aftale skal have en tekst.</translation>
    </message>
    <message>
      <source>Choose who is responsible for the agreement.</source>
      <translation>Vælg, hvem der er ansvarlig for aftalen.</translation>
    </message>
    <message>
      <source>An agreement for the class names no pupils.</source>
      <translation>En aftale for klassen nævner ingen enkelte elever.</translation>
    </message>
    <message>
      <source>An agreement for one pupil names exactly one pupil.</source>
      <translation>En aftale for én elev nævner præcis én elev.</translation>
    </message>
    <message>
      <source>An agreement for several pupils names at least two pupils.</source>
      <translation>En aftale for flere elever nævner mindst to elever.</translation>
    </message>
    <message>
      <source>“The pupil” can only be responsible when the agreement concerns one pupil.</source>
      <translation>“Eleven” kan kun være ansvarlig, når aftalen gælder én elev.</translation>
    </message>
    <message>
      <source>An agreement marked “{old}” must be reopened before it can be marked “{new}”.</source>
      <translation>En aftale markeret “{old}” skal genåbnes, før den kan markeres “{new}”.</translation>
    </message>
    <message>
      <source>A conference cannot go from “{old}” to “{new}”.</source>
      <translation>En konference kan ikke gå fra “{old}” til “{new}”.</translation>
    </message>
    <message>
      <source>A class is written like 5.B (grade, full stop, letter).</source>
      <translation>En klasse skrives som 5.B (klassetrin, punktum, bogstav).</translation>
    </message>
    <message>
      <source>A grade must be between 0 and 10.</source>
      <translation>Et klassetrin skal være mellem 0 og 10.</translation>
    </message>
    <message>
      <source>The class is already in the oldest grade and cannot move up.</source>
      <translation>Klassen går allerede på det ældste klassetrin og kan ikke rykke op.</translation>
    </message>
    <message>
      <source>A school year is written like 2025/26.</source>
      <translation>Et skoleår skrives som 2025/26.</translation>
    </message>
    <message>
      <source>Choose at least one class for the conference.</source>
      <translation>Vælg mindst én klasse til konferencen.</translation>
    </message>
    <message>
      <source>A conference for several classes covers one grade in one school year.</source>
      <translation>En konference for flere klasser gælder ét klassetrin i ét skoleår.</translation>
    </message>
    <message>
      <source>The conference has been held. Reopen it to make changes.</source>
      <translation>Konferencen er afholdt. Genåbn den for at ændre noget.</translation>
    </message>
    <message>
      <source>An agenda item needs a title.</source>
      <translation>Et dagsordenspunkt skal have en overskrift.</translation>
    </message>
    <message>
      <source>Planned minutes must be between 0 and 600.</source>
      <translation>Planlagte minutter skal være mellem 0 og 600.</translation>
    </message>
    <message>
      <source>The school needs a name.</source>
      <translation>Skolen skal have et navn.</translation>
    </message>
    <message>
      <source>There are no classes in the school year {year}.</source>
      <translation>Der er ingen klasser i skoleåret {year}.</translation>
    </message>
    <message>
      <source>The school year {year} already has classes ({classes}). “New school year” can only be started once: add the missing classes by hand or import the pupil lists instead.</source>
      <translation>Skoleåret {year} har allerede klasser ({classes}). “Nyt skoleår” kan kun startes én gang: opret de manglende klasser i hånden, eller indlæs elevlisterne i stedet.</translation>
    </message>
    <message>
      <source>Name the subject.</source>
      <translation>Skriv fagets navn.</translation>
    </message>
    <message>
      <source>The note is empty.</source>
      <translation>Notatet er tomt.</translation>
    </message>
    <message>
      <source>Absence is a percentage between 0 and 100.</source>
      <translation>Fravær er en procentdel mellem 0 og 100.</translation>
    </message>
    <message>
      <source>The file has no school yet.</source>
      <translation>Filen har endnu ingen skole.</translation>
    </message>
    <message>
      <source>A staff member needs a name.</source>
      <translation>En medarbejder skal have et navn.</translation>
    </message>
    <message>
      <source>A pupil needs a name.</source>
      <translation>En elev skal have et navn.</translation>
    </message>
    <message>
      <source>The class {name} already exists in this school year.</source>
      <translation>Klassen {name} findes allerede i dette skoleår.</translation>
    </message>
    <message>
      <source>The class {name} already exists in the next school year.</source>
      <translation>Klassen {name} findes allerede i det næste skoleår.</translation>
    </message>
    <message>
      <source>The number of answers cannot be negative.</source>
      <translation>Antal svar kan ikke være negativt.</translation>
    </message>
    <message>
      <source>A share must be between 0 and 100 %.</source>
      <translation>En andel skal være mellem 0 og 100 %.</translation>
    </message>
    <message>
      <source>Each answer option needs a share.</source>
      <translation>Hver svarmulighed skal have en andel.</translation>
    </message>
    <message>
      <source>An indicator value must be between 1 and 5.</source>
      <translation>En indikatorværdi skal være mellem 1 og 5.</translation>
    </message>
    <message>
      <source>A participant needs a name.</source>
      <translation type="vanished">En deltager skal have et navn.</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>none</source>
      <translation>ingen</translation>
    </message>
    <message>
      <source>Agenda and preparation</source>
      <translation>Dagsorden og forberedelse</translation>
    </message>
    <message>
      <source>Minutes</source>
      <translation>Referat</translation>
    </message>
    <message>
      <source>Class sheet</source>
      <translation>Klassens ark</translation>
    </message>
    <message>
      <source>Pupil sheets</source>
      <translation>Elevark</translation>
    </message>
    <message>
      <source>The conference has no class.</source>
      <translation>Konferencen har ingen klasse.</translation>
    </message>
    <message>
      <source>There is no class {name} in the school year {year}. The classes are: {known}.</source>
      <translation>Der er ingen klasse {name} i skoleåret {year}. Klasserne er: {known}.</translation>
    </message>
    <message>
      <source>There is no pupil “{pupil}” in {name}. The pupils are: {known}.</source>
      <translation>Der er ingen elev “{pupil}” i {name}. Eleverne er: {known}.</translation>
    </message>
    <message>
      <source>The class {name} has no conference with the id “{id}”.</source>
      <translation>Klassen {name} har ingen konference med id'et “{id}”. Brug --conference latest eller et id fra klassens konferencer.</translation>
    </message>
    <message>
      <source>The class {name} did not take part in this conference.</source>
      <translation>Klassen {name} deltog ikke i denne konference.</translation>
    </message>
    <message>
      <source>Several pupils in {name} are called “{pupil}”. Write the full name: {known}.</source>
      <translation>Flere elever i {name} hedder “{pupil}”. Skriv det fulde navn: {known}.</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Dagsorden</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Deltagere</translation>
    </message>
    <message>
      <source>Agreements to follow up</source>
      <translation>Aftaler til opfølgning</translation>
    </message>
    <message>
      <source>Pupils flagged for discussion</source>
      <translation>Elever til drøftelse</translation>
    </message>
    <message>
      <source>Strengths and resources</source>
      <translation>Styrker og ressourcer</translation>
    </message>
    <message>
      <source>The pupil's own perspective</source>
      <translation>Elevens eget perspektiv</translation>
    </message>
    <message>
      <source>Wellbeing and social situation</source>
      <translation>Trivsel og sociale forhold</translation>
    </message>
    <message>
      <source>What has been tried</source>
      <translation>Det har vi afprøvet</translation>
    </message>
    <message>
      <source>Suggested next steps</source>
      <translation>Forslag til næste skridt</translation>
    </message>
    <message>
      <source>Preparation of the pupil reviews</source>
      <translation>Forberedelse af elevgennemgangen</translation>
    </message>
    <message>
      <source>The agenda is empty.</source>
      <translation>Dagsordenen er tom.</translation>
    </message>
    <message>
      <source>No agreements are due for review.</source>
      <translation>Der er ingen aftaler til opfølgning.</translation>
    </message>
    <message>
      <source>No pupils have been flagged for discussion.</source>
      <translation>Ingen elever er markeret til drøftelse.</translation>
    </message>
    <message>
      <source>No pupil reviews yet.</source>
      <translation>Der er ingen elevgennemgange endnu.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tid</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Punkt</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Aftale</translation>
    </message>
    <message>
      <source>Responsible</source>
      <translation>Ansvarlig</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Agreements whose deadline has passed say “overdue” and are shaded.</source>
      <translation>Aftaler, hvis frist er overskredet, er markeret med “overskredet” og en farvet baggrund.</translation>
    </message>
    <message>
      <source>Academic status</source>
      <translation>Faglig status</translation>
    </message>
    <message>
      <source>Pupil</source>
      <translation>Elev</translation>
    </message>
    <message>
      <source>For discussion</source>
      <translation>Til drøftelse</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Forberedt</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>Agreements</source>
      <translation>Aftaler</translation>
    </message>
    <message>
      <source>In the pupil's own words</source>
      <translation>Med elevens egne ord</translation>
    </message>
    <message>
      <source>Class {name} · class conference {date}</source>
      <translation>Klasse {name} · klassekonference {date}</translation>
    </message>
    <message>
      <source>The pupil has no review at this conference.</source>
      <translation>Eleven har ingen elevgennemgang ved denne konference.</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Faglige mål</translation>
    </message>
    <message>
      <source>No agreements concern the pupil.</source>
      <translation>Ingen aftaler vedrører eleven.</translation>
    </message>
    <message>
      <source>The strengths have not been written yet.</source>
      <translation>Styrkerne er ikke skrevet endnu.</translation>
    </message>
    <message>
      <source>Next steps</source>
      <translation>Næste skridt</translation>
    </message>
    <message>
      <source>There are no pupils to make sheets for.</source>
      <translation>Der er ingen elever at lave elevark til.</translation>
    </message>
    <message>
      <source>{sheets} follow. {count} pupil with nothing written yet is left out.</source>
      <translation>Herefter følger {sheets}. {count} elev, der endnu ikke er skrevet noget om, er udeladt.</translation>
    </message>
    <message>
      <source>{sheets} follow. {count} pupils with nothing written yet are left out.</source>
      <translation>Herefter følger {sheets}. {count} elever, der endnu ikke er skrevet noget om, er udeladt.</translation>
    </message>
    <message>
      <source>agreements and wellbeing</source>
      <translation>aftaler og trivsel</translation>
    </message>
    <message>
      <source>pseudonymised</source>
      <translation>pseudonymiseret</translation>
    </message>
    <message>
      <source>agenda</source>
      <translation>dagsorden</translation>
    </message>
    <message>
      <source>minutes</source>
      <translation>referat</translation>
    </message>
    <message>
      <source>class sheet</source>
      <translation>klassens ark</translation>
    </message>
    <message>
      <source>pupil sheets</source>
      <translation>elevark</translation>
    </message>
    <message>
      <source>Class {name} as of {date} - {document}</source>
      <translation>Klasse {name} pr. {date} - {document}</translation>
    </message>
    <message>
      <source>Class conference {name} {date} - {document}</source>
      <translation>Klassekonference {name} {date} - {document}</translation>
    </message>
    <message>
      <source>The folder “{folder}” does not exist.</source>
      <translation>Mappen “{folder}” findes ikke. Vælg en mappe, der findes.</translation>
    </message>
    <message>
      <source>There are no classes in the school year {year}.</source>
      <translation>Der er ingen klasser i skoleåret {year}.</translation>
    </message>
    <message>
      <source>{name}: no conference, skipped</source>
      <translation>{name}: ingen klassekonference, sprunget over</translation>
    </message>
    <message>
      <source>{name}: {file}</source>
      <translation>{name}: {file}</translation>
    </message>
    <message>
      <source>“{name}” could not be written: {reason}</source>
      <translation>“{name}” kunne ikke skrives: {reason}. Vælg en anden mappe, eller luk filen, hvis den er åben i et andet program.</translation>
    </message>
    <message>
      <source>The class's agreements</source>
      <translation>Klassens aftaler</translation>
    </message>
    <message>
      <source>This sheet shows the class as a whole. No pupil is named on it.</source>
      <translation>Arket viser klassen som helhed. Ingen elever er nævnt ved navn.</translation>
    </message>
    <message>
      <source>Class sheet for {name}</source>
      <translation>Klassens ark for {name}</translation>
    </message>
    <message>
      <source>The class has no agreements for the whole class.</source>
      <translation>Klassen har ingen aftaler for hele klassen.</translation>
    </message>
    <message>
      <source>As of {date}; the class has no class conference yet</source>
      <translation>Pr. {date}; klassen har endnu ingen klassekonference</translation>
    </message>
    <message>
      <source>From the class conference on {date}</source>
      <translation>Fra klassekonferencen {date}</translation>
    </message>
    <message>
      <source>DRAFT – Proposal – not adopted</source>
      <translation>UDKAST – Forslag – ikke vedtaget</translation>
    </message>
    <message>
      <source>Confidential</source>
      <translation>Fortroligt</translation>
    </message>
    <message>
      <source>– for the team around the class only</source>
      <translation>– kun til teamet omkring klassen</translation>
    </message>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Side {page} af {pages}</translation>
    </message>
    <message>
      <source>{name} (continued)</source>
      <translation>{name} (fortsat)</translation>
    </message>
    <message>
      <source>Date and signature</source>
      <translation>Dato og underskrift</translation>
    </message>
    <message>
      <source>Draft – the meeting has not been closed</source>
      <translation>Udkast – mødet er ikke afsluttet</translation>
    </message>
    <message>
      <source>Agenda and minutes per item</source>
      <translation>Dagsorden og referat</translation>
    </message>
    <message>
      <source>(to be written in the meeting)</source>
      <translation>(skrives på mødet)</translation>
    </message>
    <message>
      <source>Conclusion</source>
      <translation>Konklusion</translation>
    </message>
    <message>
      <source>Nothing.</source>
      <translation>Intet.</translation>
    </message>
    <message>
      <source>Minutes status</source>
      <translation>Referatets status</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation>Fordeling</translation>
    </message>
    <message>
      <source>Sent apologies</source>
      <translation>Afbud</translation>
    </message>
    <message>
      <source>Follow-up on agreements</source>
      <translation>Opfølgning på aftaler</translation>
    </message>
    <message>
      <source>Pupil review</source>
      <translation>Elevgennemgang</translation>
    </message>
    <message>
      <source>Any other business</source>
      <translation>Eventuelt</translation>
    </message>
    <message>
      <source>Next meeting</source>
      <translation>Næste møde</translation>
    </message>
    <message>
      <source>Signatures</source>
      <translation>Underskrifter</translation>
    </message>
    <message>
      <source>Closed, not yet approved</source>
      <translation>Afsluttet, endnu ikke godkendt</translation>
    </message>
    <message>
      <source>Present</source>
      <translation>Til stede</translation>
    </message>
    <message>
      <source>Minutes / decision</source>
      <translation>Referat / beslutning</translation>
    </message>
    <message>
      <source>No agreements from earlier conferences were due for review.</source>
      <translation>Der var ingen aftaler fra tidligere konferencer til opfølgning.</translation>
    </message>
    <message>
      <source>Proposed new agreements</source>
      <translation>Forslag til nye aftaler</translation>
    </message>
    <message>
      <source>New agreements</source>
      <translation>Nye aftaler</translation>
    </message>
    <message>
      <source>Absence</source>
      <translation>Fravær</translation>
    </message>
    <message>
      <source>Not fixed yet.</source>
      <translation>Ikke fastsat endnu.</translation>
    </message>
    <message>
      <source>Approved by {name} on {date}</source>
      <translation>Godkendt af {name} den {date}</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>No pupils were discussed.</source>
      <translation>Ingen elever blev drøftet.</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Hvad</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Hvem</translation>
    </message>
    <message>
      <source>By when</source>
      <translation>Hvornår</translation>
    </message>
    <message>
      <source>No proposals yet.</source>
      <translation>Ingen forslag endnu.</translation>
    </message>
    <message>
      <source>No new agreements were made.</source>
      <translation>Der blev ikke indgået nye aftaler.</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Mødeleder</translation>
    </message>
    <message>
      <source>Minutes by</source>
      <translation>Referent</translation>
    </message>
    <message>
      <source>Approved by {name}</source>
      <translation>Godkendt af {name}</translation>
    </message>
    <message>
      <source>Pseudonymised: pupils are called Pupil A, Pupil B … in this document, also in the texts. Read the texts before you share the document.</source>
      <translation>Pseudonymiseret: eleverne hedder Elev A, Elev B … i dette dokument, også i teksterne. Læs teksterne, før du deler dokumentet.</translation>
    </message>
    <message>
      <source>The whole class</source>
      <translation>Hele klassen</translation>
    </message>
    <message>
      <source>No deadline</source>
      <translation>Ingen frist</translation>
    </message>
    <message>
      <source>Class conference for {name}, {date}</source>
      <translation>Klassekonference for {name}, {date}</translation>
    </message>
    <message>
      <source>at {start}–{end}</source>
      <translation>kl. {start}–{end}</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Sted</translation>
    </message>
    <message>
      <source>No participants have been added.</source>
      <translation>Der er ikke tilføjet deltagere.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>Apologies</source>
      <translation>Afbud</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation>Ikke gennemgået</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Fag</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Mål</translation>
    </message>
    <message>
      <source>Total {total}, of which unlawful {unlawful}</source>
      <translation>I alt {total}, heraf ulovligt {unlawful}</translation>
    </message>
    <message>
      <source>Confidential note</source>
      <translation>Fortrolig note</translation>
    </message>
    <message>
      <source>{title} (pseudonymised)</source>
      <translation>{title} (pseudonymiseret)</translation>
    </message>
    <message>
      <source>Class {name} · as of {date}</source>
      <translation>Klasse {name} · pr. {date}</translation>
    </message>
    <message>
      <source>Year-group conference grade {grade} ({classes}), {date}</source>
      <translation>Årgangskonference {grade}. årgang ({classes}), {date}</translation>
    </message>
    <message>
      <source>started at {time}</source>
      <translation>startet kl. {time}</translation>
    </message>
    <message>
      <source>at {time}</source>
      <translation>kl. {time}</translation>
    </message>
    <message>
      <source>{role}, chair</source>
      <translation>{role}, mødeleder</translation>
    </message>
    <message>
      <source>{role}, takes the minutes</source>
      <translation>{role}, referent</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Fremmøde</translation>
    </message>
    <message>
      <source>{status} – overdue</source>
      <translation>{status} – overskredet</translation>
    </message>
    <message>
      <source>Based on</source>
      <translation>Grundlag</translation>
    </message>
    <message>
      <source>{start} to {end}</source>
      <translation>{start}–{end}</translation>
    </message>
    <message>
      <source>Concerns: {pupils}</source>
      <translation>Vedrører: {pupils}</translation>
    </message>
    <message>
      <source>planned {time}</source>
      <translation>planlagt {time}</translation>
    </message>
    <message>
      <source>{minutes} min.</source>
      <translation>{minutes} min.</translation>
    </message>
    <message>
      <source>The pupil's own explanation: {text}</source>
      <translation>Elevens egen forklaring: {text}</translation>
    </message>
    <message>
      <source>The parents' explanation: {text}</source>
      <translation>Forældrenes forklaring: {text}</translation>
    </message>
    <message>
      <source>The class's wellbeing</source>
      <translation>Klassens trivsel</translation>
    </message>
    <message>
      <source>Agreements about the wellbeing</source>
      <translation>Aftaler om trivslen</translation>
    </message>
    <message>
      <source>The survey {year}: {count} answers</source>
      <translation>Trivselsmålingen {year}: {count} svar</translation>
    </message>
    <message>
      <source>Share of pupils with the highest wellbeing: {share}</source>
      <translation>Andel elever med højeste trivsel: {share}</translation>
    </message>
    <message>
      <source>Indicator</source>
      <translation>Indikator</translation>
    </message>
    <message>
      <source>The school</source>
      <translation>Skolen</translation>
    </message>
    <message>
      <source>Nationally</source>
      <translation>Landsplan</translation>
    </message>
    <message>
      <source>The answers to each question</source>
      <translation>Svarene på de enkelte spørgsmål</translation>
    </message>
    <message>
      <source>There is no wellbeing survey result for the class yet.</source>
      <translation>Der er endnu ikke noget resultat af trivselsmålingen for klassen.</translation>
    </message>
    <message>
      <source>None of the class's agreements is linked to the wellbeing survey.</source>
      <translation>Ingen af klassens aftaler er knyttet til trivselsmålingen.</translation>
    </message>
    <message>
      <source>{kind}: {name}</source>
      <translation>{kind}: {name}</translation>
    </message>
    <message>
      <source>The same pupils over the years</source>
      <translation>De samme elever gennem årene</translation>
    </message>
    <message>
      <source>The class {year}</source>
      <translation>Klassen {year}</translation>
    </message>
    <message>
      <source>Grades 0–3 have no official indicator means: see the answers to each question.</source>
      <translation>0.–3. klasse har ingen officielle indikatorgennemsnit: se svarene på de enkelte spørgsmål.</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Spørgsmål</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>Svar</translation>
    </message>
    <message>
      <source>Mean score</source>
      <translation>Gennemsnit</translation>
    </message>
    <message>
      <source>Answers given</source>
      <translation>Svarfordeling</translation>
    </message>
    <message>
      <source>About the question: {question}</source>
      <translation>Om spørgsmålet: {question}</translation>
    </message>
    <message>
      <source>The questions with the lowest wellbeing come first.</source>
      <translation>Spørgsmålene med den laveste trivsel står først.</translation>
    </message>
    <message>
      <source>Page &amp;P of &amp;N</source>
      <translation>Side &amp;P af &amp;N</translation>
    </message>
    <message>
      <source>Scope</source>
      <translation>Omfang</translation>
    </message>
    <message>
      <source>Concerns</source>
      <translation>Vedrører</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Opfølgning</translation>
    </message>
    <message>
      <source>Made at</source>
      <translation>Aftalt</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Overskredet</translation>
    </message>
    <message>
      <source>The class</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <source>One pupil</source>
      <translation>Én elev</translation>
    </message>
    <message>
      <source>Several pupils</source>
      <translation>Flere elever</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Drøftet</translation>
    </message>
    <message>
      <source>Absence in total</source>
      <translation>Fravær i alt</translation>
    </message>
    <message>
      <source>Unlawful absence</source>
      <translation>Ulovligt fravær</translation>
    </message>
    <message>
      <source>Absence marks</source>
      <translation>Fraværsmarkeringer</translation>
    </message>
    <message>
      <source>Pupils</source>
      <translation>Elever</translation>
    </message>
    <message>
      <source>School year</source>
      <translation>Skoleår</translation>
    </message>
    <message>
      <source>The class (1–5)</source>
      <translation>Klassen (1–5)</translation>
    </message>
    <message>
      <source>The school (1–5)</source>
      <translation>Skolen (1–5)</translation>
    </message>
    <message>
      <source>Nationally (1–5)</source>
      <translation>Landsplan (1–5)</translation>
    </message>
    <message>
      <source>Share (%)</source>
      <translation>Andel (%)</translation>
    </message>
    <message>
      <source>Remark</source>
      <translation>Bemærkning</translation>
    </message>
    <message>
      <source>Wellbeing</source>
      <translation>Trivsel</translation>
    </message>
    <message>
      <source>Answer</source>
      <translation>Svar</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Spørgsmål</translation>
    </message>
    <message>
      <source>Class conference {name} {date}</source>
      <translation>Klassekonference {name} {date}</translation>
    </message>
    <message>
      <source>Grades 0–3 have no official indicator means.</source>
      <translation>0.–3. klasse har ingen officielle indikatorgennemsnit.</translation>
    </message>
    <message>
      <source>No wellbeing survey results for the class.</source>
      <translation>Klassen har ingen resultater fra trivselsmålingen.</translation>
    </message>
    <message>
      <source>as of {date}</source>
      <translation>pr. {date}</translation>
    </message>
    <message>
      <source>class conference {date}</source>
      <translation>klassekonference {date}</translation>
    </message>
    <message>
      <source>Class {name}</source>
      <translation>Klasse {name}</translation>
    </message>
    <message>
      <source>Share with the highest wellbeing</source>
      <translation>Andel med højeste trivsel</translation>
    </message>
    <message>
      <source>{count} pupil sheets follow. {left} pupils with nothing written yet are left out.</source>
      <translation type="vanished">Herefter følger {count} elevark. {left} elever, der endnu ikke er skrevet noget om, er udeladt.</translation>
    </message>
    <message>
      <source>Agreements whose deadline has passed are marked in red.</source>
      <translation type="vanished">Aftaler, hvis frist er overskredet, er markeret med rødt.</translation>
    </message>
    <message>
      <source>draft: the conference has not been closed yet</source>
      <translation type="vanished">udkast: konferencen er ikke afsluttet endnu</translation>
    </message>
    <message>
      <source>[a classmate]</source>
      <translation type="vanished">[en klassekammerat]</translation>
    </message>
    <message>
      <source>[a pupil]</source>
      <translation type="vanished">[en elev]</translation>
    </message>
    <message>
      <source>Anonymised: pupils are shown by their initials.</source>
      <translation type="vanished">Anonymiseret: eleverne er vist med forbogstaver.</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <source>Total absence %</source>
      <translation>Fravær i alt %</translation>
    </message>
    <message>
      <source>Unlawful absence %</source>
      <translation>Ulovligt fravær %</translation>
    </message>
    <message>
      <source>Sickness %</source>
      <translation>Sygdom %</translation>
    </message>
    <message>
      <source>Absence with permission %</source>
      <translation>Fravær med tilladelse %</translation>
    </message>
    <message>
      <source>School days in the period</source>
      <translation>Skoledage i perioden</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <source>Period from</source>
      <translation>Periode fra</translation>
    </message>
    <message>
      <source>Period to</source>
      <translation>Periode til</translation>
    </message>
    <message>
      <source>The file has no total; it is the sum of sickness, absence with permission and unlawful absence.</source>
      <translation>Filen har intet samlet fravær; det regnes som summen af sygefravær, fravær med tilladelse og ulovligt fravær.</translation>
    </message>
    <message>
      <source>The file has no column with unlawful absence; it is stored as 0 %.</source>
      <translation>Filen har ingen kolonne med ulovligt fravær; det gemmes som 0 %.</translation>
    </message>
    <message>
      <source>The absence is counted in days and read as a share of the school days.</source>
      <translation>Fraværet er opgjort i dage og læses som en andel af skoledagene.</translation>
    </message>
    <message>
      <source>The file does not say which period the absence covers. Give the period (for example the quarter 01-08-2025..31-10-2025).</source>
      <translation>Filen siger ikke, hvilken periode fraværet dækker. Angiv perioden (fx kvartalet 01-08-2025..31-10-2025).</translation>
    </message>
    <message>
      <source>The percentages are written as fractions (0,125 = 12,5 %) and are read so.</source>
      <translation>Procenterne står som brøker (0,125 = 12,5 %) og læses sådan.</translation>
    </message>
    <message>
      <source>“{text}” is not a period. Write it like 01-08-2025..31-10-2025 or 2025-K3.</source>
      <translation>“{text}” er ikke en periode. Skriv den som 01-08-2025..31-10-2025 eller 2025-K3.</translation>
    </message>
    <message>
      <source>no pupil with this name</source>
      <translation>ingen elev med dette navn</translation>
    </message>
    <message>
      <source>several pupils have this name; add a class column</source>
      <translation>flere elever har dette navn; tilføj en klassekolonne</translation>
    </message>
    <message>
      <source>No column with the total absence was found in “{name}”. Name it e.g. “Fravær i alt” or choose the column.</source>
      <translation>Der er ingen kolonne med det samlede fravær i “{name}”. Kald den fx “Fravær i alt”, eller vælg kolonnen.</translation>
    </message>
    <message>
      <source>The absence in “{name}” is counted in days. Add a column with the number of school days in the period (“Skoledage”), so that it can be read as %.</source>
      <translation>Fraværet i “{name}” er opgjort i dage. Tilføj en kolonne med antallet af skoledage i perioden (“Skoledage”), så det kan læses som %.</translation>
    </message>
    <message>
      <source>There are no pupils in “{name}”.</source>
      <translation>Der er ingen elever i “{name}”.</translation>
    </message>
    <message>
      <source>A percentage must be between 0 and 100.</source>
      <translation>En procent skal ligge mellem 0 og 100.</translation>
    </message>
    <message>
      <source>The unlawful or sickness absence is larger than the total.</source>
      <translation>Det ulovlige fravær eller sygefraværet er større end det samlede fravær.</translation>
    </message>
    <message>
      <source>Sickness, absence with permission and unlawful absence add up to more than the total.</source>
      <translation>Sygefravær, fravær med tilladelse og ulovligt fravær giver tilsammen mere end det samlede fravær.</translation>
    </message>
    <message>
      <source>“{text}” is not a period: the year {year} is not a school year. Write it like 2025-K3.</source>
      <translation>“{text}” er ikke en periode: året {year} er ikke et skoleår. Skriv den som 2025-K3.</translation>
    </message>
    <message>
      <source>The name looks like a CPR number.</source>
      <translation>Navnet ligner et CPR-nummer.</translation>
    </message>
    <message>
      <source>The period cannot be read.</source>
      <translation>Perioden kan ikke læses.</translation>
    </message>
    <message>
      <source>The total absence is missing.</source>
      <translation>Det samlede fravær mangler.</translation>
    </message>
    <message>
      <source>{name} is in the file twice for the same period (also row {row}); neither row is imported.</source>
      <translation>{name} står i filen to gange for samme periode (også række {row}); ingen af rækkerne indlæses.</translation>
    </message>
    <message>
      <source>The number of school days is missing.</source>
      <translation>Antallet af skoledage mangler.</translation>
    </message>
    <message>
      <source>“{value}” is not a percentage.</source>
      <translation>“{value}” er ikke en procent.</translation>
    </message>
    <message>
      <source>One row in “{name}” cannot be read and is left out. The other pupils can be imported; correct the row and import the list again to include it:</source>
      <translation>En række i “{name}” kan ikke læses og springes over. De andre elever kan importeres; ret rækken, og importér listen igen for at få den med:</translation>
    </message>
    <message>
      <source>{count} rows in “{name}” cannot be read and are left out. The other pupils can be imported; correct the rows and import the list again to include them:</source>
      <translation>{count} rækker i “{name}” kan ikke læses og springes over. De andre elever kan importeres; ret rækkerne, og importér listen igen for at få dem med:</translation>
    </message>
    <message>
      <source>One row in “{name}” cannot be read. Nothing has been imported. Correct the row and try again:
{rows}</source>
      <translation>En række i “{name}” kan ikke læses. Intet er importeret. Ret rækken, og prøv igen:
{rows}</translation>
    </message>
    <message>
      <source>{count} rows in “{name}” cannot be read. Nothing has been imported. Correct these rows and try again:
{rows}</source>
      <translation>{count} rækker i “{name}” kan ikke læses. Intet er indlæst. Ret disse rækker, og prøv igen:
{rows}</translation>
    </message>
    <message>
      <source>Row {row}, column {column}</source>
      <translation>Række {row}, kolonne {column}</translation>
    </message>
    <message>
      <source>… and {count} more.</source>
      <translation>… og {count} mere.</translation>
    </message>
    <message>
      <source>Check these rows:</source>
      <translation>Tjek disse rækker:</translation>
    </message>
    <message>
      <source>Row {row}</source>
      <translation>Række {row}</translation>
    </message>
    <message>
      <source>Row {row}, columns {first}–{last}</source>
      <translation>Række {row}, kolonne {first}–{last}</translation>
    </message>
    <message>
      <source>First name</source>
      <translation>Fornavn</translation>
    </message>
    <message>
      <source>Family name</source>
      <translation>Efternavn</translation>
    </message>
    <message>
      <source>Full name</source>
      <translation>Fulde navn</translation>
    </message>
    <message>
      <source>Class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>The column {columns} looks like CPR numbers. It is not read: Klassekonference never stores CPR numbers, because they are confidential personal data that a class conference does not need. The pupils are recognised by name and birth date instead.</source>
      <translation>Kolonnen {columns} ligner CPR-numre. Den bliver ikke læst ind: Klassekonference gemmer aldrig CPR-numre, fordi de er fortrolige personoplysninger, som en klassekonference ikke har brug for. Eleverne genkendes i stedet på navn og fødselsdato.</translation>
    </message>
    <message>
      <source>No column with the pupils' names was found in “{name}”. The first row should name the columns, e.g. “Fornavn” and “Efternavn”, or “Navn”. Choose the name column, or add such a header to the file.</source>
      <translation>Der er ingen kolonne med elevernes navne i “{name}”. Den første række skal navngive kolonnerne, fx “Fornavn” og “Efternavn” eller “Navn”. Vælg navnekolonnen, eller tilføj sådan en overskrift i filen.</translation>
    </message>
    <message>
      <source>“{name}” lists the same pupil more than once. Nothing has been imported. Remove the doubles (or add birth dates, if they are two pupils with the same name):
{rows}</source>
      <translation>“{name}” har den samme elev flere gange. Intet er indlæst. Fjern dubletterne (eller tilføj fødselsdatoer, hvis det er to elever med samme navn):
{rows}</translation>
    </message>
    <message>
      <source>The file “{name}” has no column {column} (its last column is {last}). Choose another column for “{field}”.</source>
      <translation>Filen “{name}” har ingen kolonne {column} (dens sidste kolonne er {last}). Vælg en anden kolonne til “{field}”.</translation>
    </message>
    <message>
      <source>The column “{column}” holds CPR numbers and cannot be read as “{field}”. Choose another column.</source>
      <translation>Kolonnen “{column}” indeholder CPR-numre og kan ikke læses som “{field}”. Vælg en anden kolonne.</translation>
    </message>
    <message>
      <source>The column “{column}” is chosen both as “{first}” and as “{second}”. Choose each column once.</source>
      <translation>Kolonnen “{column}” er valgt både som “{first}” og som “{second}”. Vælg hver kolonne én gang.</translation>
    </message>
    <message>
      <source>The list has no class column. Choose the class the pupils belong to.</source>
      <translation>Listen har ingen klassekolonne. Vælg den klasse, eleverne går i.</translation>
    </message>
    <message>
      <source>The class is missing.</source>
      <translation>Klassen mangler.</translation>
    </message>
    <message>
      <source>{name} ({class_name}) is on the list twice: rows {first} and {second}.</source>
      <translation>{name} ({class_name}) står to gange på listen: række {first} og {second}.</translation>
    </message>
    <message>
      <source>The pupil has no name.</source>
      <translation>Eleven har intet navn.</translation>
    </message>
    <message>
      <source>“{text}” is not a name; the row is left out.</source>
      <translation>“{text}” er ikke et navn; rækken springes over.</translation>
    </message>
    <message>
      <source>“{text}” is not a name (it has no letters).</source>
      <translation>“{text}” er ikke et navn (der er ingen bogstaver).</translation>
    </message>
    <message>
      <source>“{value}” is not a birth date (write it like 03-07-2015).</source>
      <translation>“{value}” er ikke en fødselsdato (skriv den som 03-07-2015).</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Ny</translation>
    </message>
    <message>
      <source>Changed</source>
      <translation>Ændret</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Uændret</translation>
    </message>
    <message>
      <source>Leaves (marked as left)</source>
      <translation>Udmeldes</translation>
    </message>
    <message>
      <source>The list has no header row: every row is read as a pupil, and the columns are guessed from the values. Check the columns before importing.</source>
      <translation>Listen har ingen overskriftsrække: hver række læses som en elev, og kolonnerne er gættet ud fra værdierne. Tjek kolonnerne, før du importerer.</translation>
    </message>
    <message>
      <source>The file is a pupil export from Tabulex (Elev.txt). Names and classes are read; the CPR numbers and addresses in it are not.</source>
      <translation>Filen er et elevudtræk fra Tabulex (Elev.txt). Navne og klasser læses; CPR-numre og adresser i den læses ikke.</translation>
    </message>
    <message>
      <source>birth date added</source>
      <translation>fødselsdato tilføjet</translation>
    </message>
    <message>
      <source>back again (was marked as left)</source>
      <translation>tilbage igen (var markeret som udmeldt)</translation>
    </message>
    <message>
      <source>The pupils in the file have changed since the preview was made. Read the list again to see an up-to-date preview.</source>
      <translation>Eleverne i filen er ændret, siden forhåndsvisningen blev lavet. Læs listen ind igen for at se en opdateret forhåndsvisning.</translation>
    </message>
    <message>
      <source>{count} row for another class is left out.</source>
      <translation>{count} række for en anden klasse er udeladt.</translation>
    </message>
    <message>
      <source>{count} rows for other classes are left out.</source>
      <translation>{count} rækker for andre klasser er udeladt.</translation>
    </message>
    <message>
      <source>There are no pupils to import in “{name}”.</source>
      <translation>Der er ingen elever at indlæse i “{name}”.</translation>
    </message>
    <message>
      <source>These sheets have other columns and are left out: {sheets}.</source>
      <translation>Disse ark har andre kolonner og er udeladt: {sheets}.</translation>
    </message>
    <message>
      <source>name written as “{name}”</source>
      <translation>navnet skrives “{name}”</translation>
    </message>
    <message>
      <source>moves from {old}</source>
      <translation>flytter fra {old}</translation>
    </message>
    <message>
      <source>new in the class</source>
      <translation>ny i klassen</translation>
    </message>
    <message>
      <source>There are several pupils called {name}; a new pupil is made. Add birth dates to the file to tell them apart.</source>
      <translation>Der er flere elever, der hedder {name}; der oprettes en ny elev. Tilføj fødselsdatoer i filen, så de kan skelnes.</translation>
    </message>
    <message>
      <source>new in the class (last year {old})</source>
      <translation>ny i klassen (sidste år {old})</translation>
    </message>
    <message>
      <source>the cell holds a formula without a saved result (open the file in Excel and save it again)</source>
      <translation>cellen indeholder en formel uden gemt resultat (åbn filen i Excel, og gem den igen)</translation>
    </message>
    <message>
      <source>the cell holds the Excel error {value}</source>
      <translation>cellen indeholder Excel-fejlen {value}</translation>
    </message>
    <message>
      <source>“{name}” cannot be read: the file is damaged or not a table. Nothing has been imported. Open it in Excel and save it again as an Excel workbook (.xlsx) or as CSV, then try again.</source>
      <translation>“{name}” kan ikke læses: filen er beskadiget eller ikke en tabel. Intet er importeret. Åbn den i Excel, gem den igen som Excel-projektmappe (.xlsx) eller som CSV, og prøv så igen.</translation>
    </message>
    <message>
      <source>“{name}” has more than {limit} rows. A list for one school is much shorter; nothing has been imported. Check that you chose the right file.</source>
      <translation>“{name}” har mere end {limit} rækker. En liste for én skole er meget kortere; intet er importeret. Tjek, at du har valgt den rigtige fil.</translation>
    </message>
    <message>
      <source>“{name}” has only a header and no rows below it. Choose a file with the list itself.</source>
      <translation>“{name}” har kun en overskrift og ingen rækker under den. Vælg en fil med selve listen.</translation>
    </message>
    <message>
      <source>The file “{name}” is empty. Choose a file with the list, one row per pupil.</source>
      <translation>Filen “{name}” er tom. Vælg en fil med listen, én række pr. elev.</translation>
    </message>
    <message>
      <source>“{name}” is not a table. Choose a CSV file or an Excel workbook (.xlsx).</source>
      <translation>“{name}” er ikke en tabel. Vælg en CSV-fil eller en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
      <source>The letters in “{name}” cannot be read: the file is in an unknown character set. Save it again as “CSV UTF-8” (in Excel: Gem som → CSV UTF-8), or as an Excel workbook (.xlsx).</source>
      <translation>Bogstaverne i “{name}” kan ikke læses: filen bruger et ukendt tegnsæt. Gem den igen som “CSV UTF-8” (i Excel: Gem som → CSV UTF-8) eller som en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
      <source>“{name}”{sheet}: the header has {columns}, but row {row} has {count}. Rows with the wrong number of columns: {rows}. Often a separator (; or ,) inside a name needs quotation marks, or a line was split in two. Correct the file and try again.</source>
      <translation>“{name}”{sheet}: overskriften har {columns}, men række {row} har {count}. Rækker med forkert antal kolonner: {rows}. Ofte mangler der anførselstegn om et navn med skilletegn (; eller ,), eller en linje er delt i to. Ret filen, og prøv igen.</translation>
    </message>
    <message>
      <source>sheet “{name}”</source>
      <translation>arket “{name}”</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>række {row}</translation>
    </message>
    <message>
      <source>column {column}</source>
      <translation>kolonne {column}</translation>
    </message>
    <message>
      <source>“{name}” is a folder, not a file.</source>
      <translation>“{name}” er en mappe, ikke en fil.</translation>
    </message>
    <message>
      <source>The file “{name}” is {size} MB. Files over {limit} MB are not read: a pupil or absence list is much smaller. Check that you chose the right file.</source>
      <translation>Filen “{name}” fylder {size} MB. Filer over {limit} MB bliver ikke læst: en elev- eller fraværsliste er meget mindre. Tjek, at du har valgt den rigtige fil.</translation>
    </message>
    <message>
      <source>“{name}” is a web page or XML file, not a table. Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV.</source>
      <translation>“{name}” er en webside eller XML-fil, ikke en tabel. Åbn den i Excel, og gem den som Excel-projektmappe (.xlsx) eller som CSV.</translation>
    </message>
    <message>
      <source>{count} column</source>
      <translation>{count} kolonne</translation>
    </message>
    <message>
      <source>{count} columns</source>
      <translation>{count} kolonner</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist.</source>
      <translation>Filen “{name}” findes ikke.</translation>
    </message>
    <message>
      <source>The file “{name}” cannot be read.</source>
      <translation>Filen “{name}” kan ikke læses.</translation>
    </message>
    <message>
      <source>“{name}” is an old Excel file (.xls) or a password-protected workbook. Open it in Excel and save it as “Excel-projektmappe (.xlsx)” or as CSV, then choose that file.</source>
      <translation>“{name}” er en gammel Excel-fil (.xls) eller en adgangskodebeskyttet projektmappe. Åbn den i Excel, gem den som “Excel-projektmappe (.xlsx)” eller som CSV, og vælg så den fil.</translation>
    </message>
    <message>
      <source>“{name}” cannot be read from line {row}: a quotation mark is never closed. Check the line in a text editor, or save the list again from Excel.</source>
      <translation>“{name}” kan ikke læses fra linje {row}: et anførselstegn bliver aldrig lukket. Tjek linjen i en teksteditor, eller gem listen igen fra Excel.</translation>
    </message>
    <message>
      <source>“{name}” unpacks to more than {limit} MB. A list for one school is much smaller; the file is not read. Check that you chose the right file, or save the list again from Excel.</source>
      <translation>“{name}” fylder mere end {limit} MB, når den pakkes ud. En liste for én skole er meget mindre; filen læses ikke. Tjek, at du har valgt den rigtige fil, eller gem listen igen fra Excel.</translation>
    </message>
    <message>
      <source>{place}: a percentage must be between 0 and 100.</source>
      <translation type="vanished">{place}: en procent skal være mellem 0 og 100.</translation>
    </message>
    <message>
      <source>{place}: the unlawful or sickness absence is larger than the total.</source>
      <translation type="vanished">{place}: det ulovlige fravær eller sygefraværet er større end fraværet i alt.</translation>
    </message>
    <message>
      <source>{place}: sickness, absence with permission and unlawful absence add up to more than the total.</source>
      <translation type="vanished">{place}: sygefravær, fravær med tilladelse og ulovligt fravær giver tilsammen mere end det samlede fravær.</translation>
    </message>
    <message>
      <source>{place}: {name} is in the file twice for the same period (also row {row}).</source>
      <translation type="vanished">{place}: {name} står to gange i filen for samme periode (også række {row}).</translation>
    </message>
    <message>
      <source>{place}: the period cannot be read.</source>
      <translation type="vanished">{place}: perioden kan ikke læses.</translation>
    </message>
    <message>
      <source>{place}: the total absence is missing.</source>
      <translation type="vanished">{place}: fraværet i alt mangler.</translation>
    </message>
    <message>
      <source>{place}: “{value}” is not a percentage.</source>
      <translation type="vanished">{place}: “{value}” er ikke en procent.</translation>
    </message>
    <message>
      <source>{place}: the number of school days is missing.</source>
      <translation type="vanished">{place}: antallet af skoledage mangler.</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”, {place}</source>
      <translation type="vanished">Arket “{sheet}”, {place}</translation>
    </message>
    <message>
      <source>{place}: the name looks like a CPR number.</source>
      <translation type="vanished">{place}: navnet ligner et CPR-nummer.</translation>
    </message>
    <message>
      <source>{place} is skipped: “{text}” is not a name.</source>
      <translation type="vanished">{place} springes over: “{text}” er ikke et navn.</translation>
    </message>
    <message>
      <source>{place}: the class is missing.</source>
      <translation type="vanished">{place}: klassen mangler.</translation>
    </message>
    <message>
      <source>{place}: “{text}” is not a name (it has no letters).</source>
      <translation type="vanished">{place}: “{text}” er ikke et navn (der er ingen bogstaver).</translation>
    </message>
    <message>
      <source>{place}: “{value}” is not a birth date (write it like 03-07-2015).</source>
      <translation type="vanished">{place}: “{value}” er ikke en fødselsdato (skriv den som 03-07-2015).</translation>
    </message>
    <message>
      <source>{place}: the pupil has no name.</source>
      <translation type="vanished">{place}: eleven har intet navn.</translation>
    </message>
    <message>
      <source>Row {row}: there are several pupils called {name}; a new pupil is made. Add birth dates to the file to tell them apart.</source>
      <translation type="vanished">Række {row}: der er flere elever, der hedder {name}; der oprettes en ny elev. Tilføj fødselsdatoer i filen, så de kan skelnes.</translation>
    </message>
    <message>
      <source>“{name}”{sheet}: the header has {width} columns, but row {row} has {count}. Rows with the wrong number of columns: {rows}. Often a separator (; or ,) inside a name needs quotation marks, or a line was split in two. Correct the file and try again.</source>
      <translation type="vanished">“{name}”{sheet}: overskriften har {width} kolonner, men række {row} har {count}. Rækker med forkert antal kolonner: {rows}. Ofte mangler der anførselstegn om et navn med skilletegn (; eller ,), eller en linje er delt i to. Ret filen, og prøv igen.</translation>
    </message>
  </context>
  <context>
    <name>keysheet</name>
    <message>
      <source>Key sheet</source>
      <translation>Nøgleark</translation>
    </message>
    <message>
      <source>Key sheet – Klassekonference</source>
      <translation>Nøgleark – Klassekonference</translation>
    </message>
    <message>
      <source>Keep this sheet locked in the school's safe. Anyone holding it can open the file.</source>
      <translation>Opbevar arket låst inde i skolens pengeskab. Den, der har arket, kan åbne filen.</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <source>Character by character (␣ is a space):</source>
      <translation>Tegn for tegn (␣ er et mellemrum):</translation>
    </message>
    <message>
      <source>Without the passphrase the file cannot be opened – not by the school's IT support and not by the makers of the program. If the passphrase is changed, make a new key sheet and destroy this one.</source>
      <translation>Uden adgangskoden kan filen ikke åbnes – hverken af skolens it-support eller af programmets udviklere. Skiftes adgangskoden, så lav et nyt nøgleark, og destruér dette.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <source>Signature (school leader)</source>
      <translation>Underskrift (skoleleder)</translation>
    </message>
    <message>
      <source>School</source>
      <translation>Skole</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fil</translation>
    </message>
    <message>
      <source>Made on</source>
      <translation>Lavet den</translation>
    </message>
    <message>
      <source>Made by</source>
      <translation>Lavet af</translation>
    </message>
  </context>
  <context>
    <name>lock</name>
    <message>
      <source>“{name}” could not be locked for writing. Try again in a moment.</source>
      <translation>“{name}” kunne ikke låses til skrivning. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
      <source>“{name}” is open in this window. Close the file first.</source>
      <translation>“{name}” er åben i dette vindue. Luk filen først.</translation>
    </message>
    <message>
      <source>“{name}” cannot be opened for writing: its folder is read-only or cannot be reached. Copy the file to a folder you can write in, and open it there.</source>
      <translation>“{name}” kan ikke åbnes til skrivning: mappen er skrivebeskyttet eller kan ikke nås. Kopiér filen til en mappe, du kan skrive i, og åbn den der.</translation>
    </message>
    <message>
      <source>“{name}” cannot be opened for writing because the disk is full. Free some space (empty the recycle bin, delete large files), then open it again. Nothing has been lost.</source>
      <translation>“{name}” kan ikke åbnes til skrivning, fordi disken er fuld. Frigør noget plads (tøm papirkurven, slet store filer), og åbn den igen. Intet er gået tabt.</translation>
    </message>
    <message>
      <source>someone</source>
      <translation>en anden</translation>
    </message>
    <message>
      <source>{who} on the computer “{host}” since {when}</source>
      <translation>{who} på computeren “{host}” siden {when}</translation>
    </message>
    <message>
      <source>“{name}” is already open in Klassekonference: {holder}. To avoid overwriting each other's work, it can only be open in one place at a time. Ask them to close the file, then try again.</source>
      <translation>“{name}” er allerede åben i Klassekonference: {holder}. Filen kan kun være åben ét sted ad gangen, så I ikke overskriver hinandens arbejde. Bed om at få filen lukket, og prøv så igen.</translation>
    </message>
    <message>
      <source>“{name}” has been taken over by {holder} while this copy was inactive, so your last change was not saved here. Close the file and open it again when they have finished.</source>
      <translation>“{name}” er blevet overtaget af {holder}, mens programmet her var inaktivt, så din seneste ændring er ikke gemt her. Luk filen, og åbn den igen, når de er færdige.</translation>
    </message>
    <message>
      <source>{who} on this computer since {when}</source>
      <translation>{who} på denne computer siden {when}</translation>
    </message>
    <message>
      <source>“{name}” was opened by {holder}, and that copy of Klassekonference has not answered for a long time: it has probably crashed or the computer has been switched off. If you are sure nobody is working in the file, you can take it over.</source>
      <translation>“{name}” er åbnet af {holder}, men det program har ikke svaret i lang tid: det er sikkert gået ned, eller computeren er slukket. Hvis du er sikker på, at ingen arbejder i filen, kan du overtage den.</translation>
    </message>
    <message>
      <source>{day}.{month}.{year} at {hour}.{minute}</source>
      <translation type="vanished">{day}.{month}.{year} kl. {hour}.{minute}</translation>
    </message>
  </context>
  <context>
    <name>merge</name>
    <message>
      <source>a copy's</source>
      <translation>en kopis</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(tomt)</translation>
    </message>
    <message>
      <source>This conflict cannot be resolved here.</source>
      <translation>Denne konflikt kan ikke løses her.</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <source>From: {authors}</source>
      <translation>Fra: {authors}</translation>
    </message>
    <message>
      <source>Changes applied: {count}</source>
      <translation>Ændringer flettet ind: {count}</translation>
    </message>
    <message>
      <source>Conflicts: {count}</source>
      <translation>Konflikter: {count}</translation>
    </message>
    <message>
      <source>“{name}” holds nothing new: everything in it is already in this file.</source>
      <translation>“{name}” indeholder intet nyt: alt i den er allerede i denne fil.</translation>
    </message>
    <message>
      <source>unknown</source>
      <translation>ukendt</translation>
    </message>
    <message>
      <source>Pupils: {names}</source>
      <translation>Elever: {names}</translation>
    </message>
    <message>
      <source>Fields: {names}</source>
      <translation>Felter: {names}</translation>
    </message>
    <message>
      <source>Dropped because the pupil has been erased in this file: {count}</source>
      <translation>Droppet, fordi eleven er slettet i denne fil: {count}</translation>
    </message>
    <message>
      <source>Not merged because the row was deleted or changed in this file: {count}</source>
      <translation>Ikke flettet ind, fordi rækken er slettet eller ændret i denne fil: {count}</translation>
    </message>
    <message>
      <source>Pupils erased in the copy: {count}. Erase them in this file too (File › Delete pupil data…).</source>
      <translation>Elever slettet i kopien: {count}. Slet dem også i denne fil (Filer › Slet elevdata…).</translation>
    </message>
    <message>
      <source>“{name}” is not a copy of this file (it belongs to another school or another team's file), so nothing has been merged. Choose a copy made from this file.</source>
      <translation>“{name}” er ikke en kopi af denne fil (den hører til en anden skole eller et andet teams fil), så intet er flettet ind. Vælg en kopi, der er lavet af denne fil.</translation>
    </message>
    <message>
      <source>“{name}” is this file itself. Choose the copy from the other computer.</source>
      <translation>“{name}” er denne fil selv. Vælg kopien fra den anden computer.</translation>
    </message>
    <message>
      <source>{pupil}, {field}: shown “{shown}”, {whose} version “{other}”</source>
      <translation>{pupil}, {field}: vist “{shown}”, {whose} version “{other}”</translation>
    </message>
    <message>
      <source>The file has no class {names}. Check the class names.</source>
      <translation>Filen har ingen klasse {names}. Kontrollér klassenavnene.</translation>
    </message>
    <message>
      <source>the copy's</source>
      <translation>kopiens</translation>
    </message>
    <message>
      <source>“{name}” was saved by a newer version of Klassekonference, so it cannot be merged into this file. Install the newest version on this computer, then merge again.</source>
      <translation>“{name}” er gemt af en nyere version af Klassekonference, så den kan ikke flettes ind i denne fil. Installér den nyeste version på denne computer, og flet så igen.</translation>
    </message>
    <message>
      <source>at {time}</source>
      <translation type="vanished">kl. {time}</translation>
    </message>
  </context>
  <context>
    <name>models</name>
    <message>
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <source>{name}  ({pupils})</source>
      <translation>{name}  ({pupils})</translation>
    </message>
    <message>
      <source>Class {name}</source>
      <translation>Klasse {name}</translation>
    </message>
    <message>
      <source>{date}  {classes}  – {status}</source>
      <translation>{date}  {classes}  – {status}</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Left {date}</source>
      <translation>Udmeldt {date}</translation>
    </message>
    <message>
      <source>{name}  ({count} pupils)</source>
      <translation type="vanished">{name}  ({count} elever)</translation>
    </message>
  </context>
  <context>
    <name>months</name>
    <message>
      <source>January</source>
      <translation>januar</translation>
    </message>
    <message>
      <source>February</source>
      <translation>februar</translation>
    </message>
    <message>
      <source>March</source>
      <translation>marts</translation>
    </message>
    <message>
      <source>April</source>
      <translation>april</translation>
    </message>
    <message>
      <source>May</source>
      <translation>maj</translation>
    </message>
    <message>
      <source>June</source>
      <translation>juni</translation>
    </message>
    <message>
      <source>July</source>
      <translation>juli</translation>
    </message>
    <message>
      <source>August</source>
      <translation>august</translation>
    </message>
    <message>
      <source>September</source>
      <translation>september</translation>
    </message>
    <message>
      <source>October</source>
      <translation>oktober</translation>
    </message>
    <message>
      <source>November</source>
      <translation>november</translation>
    </message>
    <message>
      <source>December</source>
      <translation>december</translation>
    </message>
  </context>
  <context>
    <name>numbers</name>
    <message>
      <source>{value} %</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <source>{value} MB</source>
      <translation>{value} MB</translation>
    </message>
  </context>
  <context>
    <name>operations</name>
    <message>
      <source>Import absence</source>
      <translation>Indlæs fravær</translation>
    </message>
    <message>
      <source>New agreement</source>
      <translation>Ny aftale</translation>
    </message>
    <message>
      <source>Correct agreement</source>
      <translation>Ret aftale</translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>Slet aftale</translation>
    </message>
    <message>
      <source>Review agreement</source>
      <translation>Opfølgning på aftale</translation>
    </message>
    <message>
      <source>Close conference</source>
      <translation>Afslut konference</translation>
    </message>
    <message>
      <source>Set conference back to planned</source>
      <translation>Sæt konference tilbage til planlagt</translation>
    </message>
    <message>
      <source>Plan conference</source>
      <translation>Planlæg konference</translation>
    </message>
    <message>
      <source>Start conference</source>
      <translation>Start konference</translation>
    </message>
    <message>
      <source>Reopen conference</source>
      <translation>Genåbn konference</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation>Fremmøde</translation>
    </message>
    <message>
      <source>Minutes of the meeting</source>
      <translation>Referat af mødet</translation>
    </message>
    <message>
      <source>Edit agenda item</source>
      <translation>Redigér dagsordenspunkt</translation>
    </message>
    <message>
      <source>Time used</source>
      <translation>Tidsforbrug</translation>
    </message>
    <message>
      <source>Merged in: {whose} preparation</source>
      <translation>Flettet ind: {whose} forberedelse</translation>
    </message>
    <message>
      <source>Resolve conflict</source>
      <translation>Løs konflikt</translation>
    </message>
    <message>
      <source>New school year</source>
      <translation>Nyt skoleår</translation>
    </message>
    <message>
      <source>Delete pupil data</source>
      <translation>Slet elevdata</translation>
    </message>
    <message>
      <source>Edit pupil review</source>
      <translation>Redigér elevgennemgang</translation>
    </message>
    <message>
      <source>Edit subject goal</source>
      <translation>Redigér faglige mål</translation>
    </message>
    <message>
      <source>Add note</source>
      <translation>Tilføj notat</translation>
    </message>
    <message>
      <source>Import pupil list</source>
      <translation>Indlæs elevliste</translation>
    </message>
    <message>
      <source>Create school</source>
      <translation>Opret skole</translation>
    </message>
    <message>
      <source>Add staff member</source>
      <translation>Tilføj medarbejder</translation>
    </message>
    <message>
      <source>Add class</source>
      <translation>Tilføj klasse</translation>
    </message>
    <message>
      <source>Add pupil</source>
      <translation>Tilføj elev</translation>
    </message>
    <message>
      <source>Mark pupil as left</source>
      <translation>Markér elev som udmeldt</translation>
    </message>
    <message>
      <source>Move class up to next school year</source>
      <translation>Ryk klassen op til næste skoleår</translation>
    </message>
    <message>
      <source>Import the school's answer distributions</source>
      <translation>Importér skolens svarfordelinger</translation>
    </message>
    <message>
      <source>Import wellbeing results</source>
      <translation>Importér trivselsresultater</translation>
    </message>
    <message>
      <source>Save wellbeing results</source>
      <translation>Gem trivselsresultater</translation>
    </message>
    <message>
      <source>Edit conference details</source>
      <translation type="vanished">Redigér konferencens oplysninger</translation>
    </message>
    <message>
      <source>Add participant</source>
      <translation type="vanished">Tilføj deltager</translation>
    </message>
    <message>
      <source>Remove participant</source>
      <translation type="vanished">Fjern deltager</translation>
    </message>
    <message>
      <source>Choose leader and minute taker</source>
      <translation type="vanished">Vælg mødeleder og referent</translation>
    </message>
    <message>
      <source>Change call name</source>
      <translation type="vanished">Ret kaldenavn</translation>
    </message>
  </context>
  <context>
    <name>passphrase</name>
    <message>
      <source>Weak: add more words, or mix in capital letters, digits or signs.</source>
      <translation>Svag: tilføj flere ord, eller bland store bogstaver, tal eller tegn ind.</translation>
    </message>
    <message>
      <source>Choose a passphrase: several words you can remember.</source>
      <translation>Vælg en adgangskode: gerne flere ord, som I kan huske.</translation>
    </message>
    <message>
      <source>Weak: avoid repeated characters and runs like 1234 or abcd.</source>
      <translation>Svag: undgå gentagne tegn og rækkefølger som 1234 eller abcd.</translation>
    </message>
    <message>
      <source>Strong. Remember it: it cannot be recovered.</source>
      <translation>Stærk. Husk den: den kan ikke gendannes.</translation>
    </message>
    <message>
      <source>Fair. Longer is stronger: for example four unrelated words.</source>
      <translation>Rimelig. Længere er stærkere: fx fire ord, der ikke hænger sammen.</translation>
    </message>
    <message>
      <source>The passphrase contains an invalid character (NUL). Write it again with ordinary characters.</source>
      <translation>Adgangskoden indeholder et ugyldigt tegn (NUL). Skriv den igen med almindelige tegn.</translation>
    </message>
    <message>
      <source>The passphrase is empty. Give a passphrase of several words; nothing has been created.</source>
      <translation>Adgangskoden er tom. Angiv en adgangskode på flere ord; der er ikke oprettet noget.</translation>
    </message>
    <message>
      <source>Too short: use at least {count} characters – preferably several words.</source>
      <translation>For kort: brug mindst {count} tegn – gerne flere ord.</translation>
    </message>
    <message>
      <source>Weak: “{word}” is one of the first things a guesser tries. Add unrelated words.</source>
      <translation>Svag: “{word}” er noget af det første, man gætter på. Tilføj ord, der ikke hænger sammen.</translation>
    </message>
  </context>
  <context>
    <name>plural</name>
    <message>
      <source>{count} pupil</source>
      <translation>{count} elev</translation>
    </message>
    <message>
      <source>{count} pupils</source>
      <translation>{count} elever</translation>
    </message>
    <message>
      <source>{count} open agreement</source>
      <translation>{count} åben aftale</translation>
    </message>
    <message>
      <source>{count} open agreements</source>
      <translation>{count} åbne aftaler</translation>
    </message>
    <message>
      <source>{count} text</source>
      <translation>{count} tekst</translation>
    </message>
    <message>
      <source>{count} texts</source>
      <translation>{count} tekster</translation>
    </message>
    <message>
      <source>{count} class</source>
      <translation>{count} klasse</translation>
    </message>
    <message>
      <source>{count} classes</source>
      <translation>{count} klasser</translation>
    </message>
    <message>
      <source>{count} page</source>
      <translation>{count} side</translation>
    </message>
    <message>
      <source>{count} pages</source>
      <translation>{count} sider</translation>
    </message>
    <message>
      <source>{count} indicator</source>
      <translation>{count} indikator</translation>
    </message>
    <message>
      <source>{count} indicators</source>
      <translation>{count} indikatorer</translation>
    </message>
    <message>
      <source>{count} pupil sheet</source>
      <translation>{count} elevark</translation>
    </message>
    <message>
      <source>{count} pupil sheets</source>
      <translation>{count} elevark</translation>
    </message>
    <message>
      <source>{count} name</source>
      <translation>{count} navn</translation>
    </message>
    <message>
      <source>{count} names</source>
      <translation>{count} navne</translation>
    </message>
    <message>
      <source>{count} agreement</source>
      <translation type="vanished">{count} aftale</translation>
    </message>
    <message>
      <source>{count} agreements</source>
      <translation type="vanished">{count} aftaler</translation>
    </message>
    <message>
      <source>{count} row</source>
      <translation type="vanished">{count} række</translation>
    </message>
    <message>
      <source>{count} rows</source>
      <translation type="vanished">{count} rækker</translation>
    </message>
    <message>
      <source>{count} file</source>
      <translation type="vanished">{count} fil</translation>
    </message>
    <message>
      <source>{count} files</source>
      <translation type="vanished">{count} filer</translation>
    </message>
    <message>
      <source>{count} confidential note</source>
      <translation type="vanished">{count} fortroligt notat</translation>
    </message>
    <message>
      <source>{count} confidential notes</source>
      <translation type="vanished">{count} fortrolige notater</translation>
    </message>
    <message>
      <source>{count} older backup</source>
      <translation type="vanished">{count} ældre sikkerhedskopi</translation>
    </message>
    <message>
      <source>{count} older backups</source>
      <translation type="vanished">{count} ældre sikkerhedskopier</translation>
    </message>
  </context>
  <context>
    <name>protection</name>
    <message>
      <source>The current passphrase is not right. Try again.</source>
      <translation>Den nuværende adgangskode er forkert. Prøv igen.</translation>
    </message>
  </context>
  <context>
    <name>pseudonyms</name>
    <message>
      <source>[a pupil]</source>
      <translation>[en elev]</translation>
    </message>
    <message>
      <source>[a classmate]</source>
      <translation>[en klassekammerat]</translation>
    </message>
    <message>
      <source>No names were replaced.</source>
      <translation>Ingen navne er erstattet.</translation>
    </message>
    <message>
      <source>{names} replaced in {texts}</source>
      <translation>{names} erstattet i {texts}</translation>
    </message>
    <message>
      <source>Pupil {letter}</source>
      <translation>Elev {letter}</translation>
    </message>
    <message>
      <source>1 name</source>
      <translation type="vanished">1 navn</translation>
    </message>
    <message>
      <source>1 text</source>
      <translation type="vanished">1 tekst</translation>
    </message>
    <message>
      <source>{count} names</source>
      <translation type="vanished">{count} navne</translation>
    </message>
    <message>
      <source>{count} texts</source>
      <translation type="vanished">{count} tekster</translation>
    </message>
  </context>
  <context>
    <name>review</name>
    <message>
      <source>Below expectations</source>
      <translation>Under forventet</translation>
    </message>
    <message>
      <source>As expected</source>
      <translation>Som forventet</translation>
    </message>
    <message>
      <source>Above expectations</source>
      <translation>Over forventet</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Teacher</source>
      <translation>Lærer</translation>
    </message>
    <message>
      <source>Pedagogue</source>
      <translation>Pædagog</translation>
    </message>
    <message>
      <source>School leadership</source>
      <translation>Ledelse</translation>
    </message>
    <message>
      <source>AKT counsellor</source>
      <translation>AKT-lærer</translation>
    </message>
    <message>
      <source>PPR psychologist</source>
      <translation>PPR-psykolog</translation>
    </message>
    <message>
      <source>Reading or maths counsellor</source>
      <translation>Læse- eller matematikvejleder</translation>
    </message>
    <message>
      <source>School social worker</source>
      <translation>Skolesocialrådgiver</translation>
    </message>
    <message>
      <source>Health visitor</source>
      <translation>Sundhedsplejerske</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Andet</translation>
    </message>
  </context>
  <context>
    <name>storage</name>
    <message>
      <source>“{name}” already exists. Choose another name.</source>
      <translation>“{name}” findes allerede. Vælg et andet navn.</translation>
    </message>
    <message>
      <source>The file could not be read: it is damaged. Nothing more has been written to it. Restore the newest backup (in the program: File › Restore from backup…), or contact the school's IT support.</source>
      <translation>Filen kunne ikke læses: den er beskadiget. Der er ikke skrevet mere i den. Gendan den nyeste sikkerhedskopi (i programmet: Filer › Gendan fra sikkerhedskopi…), eller kontakt skolens IT-support.</translation>
    </message>
    <message>
      <source>The file is not encrypted (the passphrase was not needed).</source>
      <translation>Filen er ikke krypteret (adgangskoden var ikke nødvendig).</translation>
    </message>
    <message>
      <source>File format {file} is older than this program's ({app}): the file is opened and upgraded by the program.</source>
      <translation>Filformat {file} er ældre end programmets ({app}): filen åbnes og opgraderes af programmet.</translation>
    </message>
    <message>
      <source>The file is open: {holder}.</source>
      <translation>Filen er åben: {holder}.</translation>
    </message>
    <message>
      <source>the file</source>
      <translation>filen</translation>
    </message>
    <message>
      <source>The passphrase does not open “{name}”. Check the passphrase and try again.</source>
      <translation>Adgangskoden passer ikke til “{name}”. Tjek adgangskoden, og prøv igen.</translation>
    </message>
    <message>
      <source>“{name}” is damaged, so nothing has been written to it. Restore the newest backup (in the program: File › Restore from backup…), or keep the file and contact the school's IT support.</source>
      <translation>“{name}” er beskadiget, så der er ikke skrevet noget i den. Gendan den nyeste sikkerhedskopi (i programmet: Filer › Gendan fra sikkerhedskopi…), eller gem filen og kontakt skolens IT-support.</translation>
    </message>
    <message>
      <source>“{name}” is not a Klassekonference file. Choose another file.</source>
      <translation>“{name}” er ikke en Klassekonference-fil. Vælg en anden fil.</translation>
    </message>
    <message>
      <source>“{name}” was saved by a newer version of Klassekonference (file format {file}, this program reads up to {app}). Install the newest version to open it; the file has not been changed.</source>
      <translation>“{name}” er gemt af en nyere version af Klassekonference (filformat {file}; dette program kan læse op til {app}). Installér den nyeste version for at åbne den. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
      <source>The file “{path}” does not exist.</source>
      <translation>Filen “{path}” findes ikke.</translation>
    </message>
    <message>
      <source>“{name}” is encrypted or damaged. If it is encrypted, give its passphrase.</source>
      <translation>“{name}” er krypteret eller beskadiget. Hvis den er krypteret, så angiv dens adgangskode.</translation>
    </message>
    <message>
      <source>“{name}” is empty (0 bytes): it is not a Klassekonference file. It has not been changed.</source>
      <translation>“{name}” er tom (0 byte): den er ikke en Klassekonference-fil. Den er ikke ændret.</translation>
    </message>
    <message>
      <source>“{name}” cannot be read: it is damaged, or it is not a Klassekonference file.</source>
      <translation>“{name}” kan ikke læses: den er beskadiget, eller den er ikke en Klassekonference-fil.</translation>
    </message>
    <message>
      <source>“{name}” could not be upgraded to this version of Klassekonference, so it has not been changed. Keep the file and contact the school's IT support.</source>
      <translation>“{name}” kunne ikke opgraderes til denne version af Klassekonference, så filen er ikke ændret. Gem filen, og kontakt skolens it-support.</translation>
    </message>
    <message>
      <source>Choose a passphrase for the file.</source>
      <translation>Vælg en adgangskode til filen.</translation>
    </message>
    <message>
      <source>Finish the current change first, then change the passphrase.</source>
      <translation>Gør den igangværende ændring færdig først, og skift så adgangskoden.</translation>
    </message>
    <message>
      <source>The encrypted copy failed the integrity check.</source>
      <translation>Den krypterede kopi bestod ikke integritetstjekket.</translation>
    </message>
    <message>
      <source>The encrypted copy is not a Klassekonference file.</source>
      <translation>Den krypterede kopi er ikke en Klassekonference-fil.</translation>
    </message>
    <message>
      <source>The encrypted copy does not hold every row of the original.</source>
      <translation>Den krypterede kopi indeholder ikke alle rækker fra originalen.</translation>
    </message>
    <message>
      <source>unencrypted original</source>
      <translation>ukrypteret original</translation>
    </message>
    <message>
      <source>“{name}” is already encrypted.</source>
      <translation>“{name}” er allerede krypteret.</translation>
    </message>
    <message>
      <source>“{name}” is not encrypted. Encrypt it first.</source>
      <translation>“{name}” er ikke krypteret. Kryptér den først.</translation>
    </message>
    <message>
      <source>“{name}” is open more than once in this program. Close the other windows first.</source>
      <translation>“{name}” er åben flere gange i programmet. Luk de andre vinduer først.</translation>
    </message>
    <message>
      <source>“{name}” could not be encrypted, so it has been left unencrypted and unchanged. Check that there is free space on the disk, then try again.</source>
      <translation>“{name}” kunne ikke krypteres, så den er stadig ukrypteret og uændret. Tjek, at der er ledig plads på disken, og prøv igen.</translation>
    </message>
    <message>
      <source>“{name}” is in use by another program. Close it, then try again.</source>
      <translation>“{name}” bruges af et andet program. Luk det, og prøv igen.</translation>
    </message>
    <message>
      <source>The passphrase of “{name}” could not be changed; the old passphrase still opens it. Check that there is free space on the disk, then try again.</source>
      <translation>Adgangskoden til “{name}” kunne ikke skiftes; den gamle adgangskode åbner den stadig. Tjek, at der er ledig plads på disken, og prøv igen.</translation>
    </message>
    <message>
      <source>The change could not be saved because the disk with “{name}” is full. Nothing already saved has been lost, and your change is kept on the screen. Free some space (empty the recycle bin, delete large files), then try again.</source>
      <translation>Ændringen kunne ikke gemmes, fordi disken med “{name}” er fuld. Intet af det, der allerede er gemt, er gået tabt, og din ændring står stadig på skærmen. Frigør plads (tøm papirkurven, slet store filer), og prøv igen.</translation>
    </message>
    <message>
      <source>“{name}” could not be opened because the disk is full. Free some space (empty the recycle bin, delete large files), then open it again. The file is unchanged.</source>
      <translation>“{name}” kunne ikke åbnes, fordi disken er fuld. Frigør noget plads (tøm papirkurven, slet store filer), og åbn den igen. Filen er uændret.</translation>
    </message>
    <message>
      <source>The change could not be saved because “{name}” or its folder cannot be written to (read-only). Nothing already saved has been lost, and your change is kept on the screen. Check that the USB stick or network folder allows writing, then try again.</source>
      <translation>Ændringen kunne ikke gemmes, fordi der ikke kan skrives i “{name}” eller dens mappe (skrivebeskyttet). Intet af det, der allerede er gemt, er gået tabt, og din ændring står stadig på skærmen. Tjek, at USB-nøglen eller netværksmappen tillader skrivning, og prøv igen.</translation>
    </message>
    <message>
      <source>The change could not be saved because the drive with “{name}” cannot be reached (a USB stick pulled out or a network folder gone?). Nothing already saved has been lost, and your change is kept on the screen. Reconnect the drive, then try again.</source>
      <translation>Ændringen kunne ikke gemmes, fordi drevet med “{name}” ikke kan nås (er USB-nøglen taget ud, eller er netværksmappen væk?). Intet af det, der allerede er gemt, er gået tabt, og din ændring står stadig på skærmen. Tilslut drevet igen, og prøv igen.</translation>
    </message>
    <message>
      <source>“{name}” could not be written ({reason}). Check the disk, then try again.</source>
      <translation>“{name}” kunne ikke skrives ({reason}). Kontrollér disken, og prøv igen.</translation>
    </message>
    <message>
      <source>“{name}” could not be opened for writing because the file or its folder is read-only. Copy the file to a folder you can write in, and open it there.</source>
      <translation>“{name}” kunne ikke åbnes til skrivning, fordi filen eller dens mappe er skrivebeskyttet. Kopiér filen til en mappe, du kan skrive i, og åbn den der.</translation>
    </message>
    <message>
      <source>“{name}” could not be opened because the drive cannot be reached (a USB stick pulled out or a network folder gone?). Reconnect the drive, then try again.</source>
      <translation>“{name}” kunne ikke åbnes, fordi drevet ikke kan nås (er en USB-nøgle taget ud, eller er en netværksmappe væk?). Tilslut drevet igen, og prøv igen.</translation>
    </message>
    <message>
      <source>“{name}” could not be written because the disk is full. Free some space, then try again. Nothing already saved has been lost.</source>
      <translation>“{name}” kunne ikke skrives, fordi disken er fuld. Frigør noget plads, og prøv igen. Intet allerede gemt er gået tabt.</translation>
    </message>
    <message>
      <source>“{name}” could not be written because the place is read-only or you may not write there. Choose another folder, or ask the school's IT support.</source>
      <translation>“{name}” kunne ikke skrives, fordi stedet er skrivebeskyttet, eller du ikke må skrive der. Vælg en anden mappe, eller spørg skolens IT-support.</translation>
    </message>
    <message>
      <source>“{name}” could not be written because the folder does not exist (a USB stick pulled out?). Choose a folder that exists.</source>
      <translation>“{name}” kunne ikke skrives, fordi mappen ikke findes (er en USB-nøgle taget ud?). Vælg en mappe, der findes.</translation>
    </message>
    <message>
      <source>The file is damaged: {detail}</source>
      <translation type="vanished">Filen er beskadiget: {detail}</translation>
    </message>
  </context>
  <context>
    <name>survey_form</name>
    <message>
      <source>Write the number of answers.</source>
      <translation>Skriv antallet af svar.</translation>
    </message>
    <message>
      <source>Share with highest wellbeing</source>
      <translation>Andel med højeste trivsel</translation>
    </message>
    <message>
      <source>Grades 0–3 have no indicator means; leave the indicators empty.</source>
      <translation>0.–3. klasse har ingen indikatorgennemsnit; lad indikatorerne stå tomme.</translation>
    </message>
    <message>
      <source>class</source>
      <translation>klassen</translation>
    </message>
    <message>
      <source>school</source>
      <translation>skolen</translation>
    </message>
    <message>
      <source>national</source>
      <translation>landet</translation>
    </message>
    <message>
      <source>Question {number} ({text})</source>
      <translation>Spørgsmål {number} ({text})</translation>
    </message>
    <message>
      <source>{what}: “{text}” is not a number. Write it like 3,7.</source>
      <translation>{what}: “{text}” er ikke et tal. Skriv det som fx 3,7.</translation>
    </message>
    <message>
      <source>Share with highest wellbeing: {value} is not between 0 and 100 %.</source>
      <translation>Andel med højeste trivsel: {value} ligger ikke mellem 0 og 100 %.</translation>
    </message>
    <message>
      <source>{what}: write the question's text.</source>
      <translation>{what}: skriv spørgsmålets tekst.</translation>
    </message>
    <message>
      <source>{what}: grades 0–3 have 3 answer options, grades 4–9 have 5.</source>
      <translation>{what}: 0.–3. klasse har 3 svarmuligheder, 4.–9. klasse har 5.</translation>
    </message>
    <message>
      <source>{what}: the shares add up to {total}; they must add up to about 100 % (± 2).</source>
      <translation>{what}: andelene giver {total} tilsammen; de skal give ca. 100 % (± 2).</translation>
    </message>
    <message>
      <source>{what}: the mean {value} is outside the scale 1–5.</source>
      <translation>{what}: gennemsnittet {value} ligger uden for skalaen 1–5.</translation>
    </message>
    <message>
      <source>{what}, “{option}”: a share must be between 0 and 100 %.</source>
      <translation>{what}, “{option}”: en andel skal ligge mellem 0 og 100 %.</translation>
    </message>
    <message>
      <source>{what}: the number of answers must be a whole number.</source>
      <translation>{what}: antallet af svar skal være et helt tal.</translation>
    </message>
    <message>
      <source>{what}: “{text}” is not a number.</source>
      <translation>{what}: “{text}” er ikke et tal.</translation>
    </message>
  </context>
  <context>
    <name>survey_import</name>
    <message>
      <source>Sheet “{sheet}”, row {row}, column {column}</source>
      <translation>Ark “{sheet}”, række {row}, kolonne {column}</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”, row {row}</source>
      <translation>Ark “{sheet}”, række {row}</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”, row {row}, columns {first}–{last}</source>
      <translation>Ark “{sheet}”, række {row}, kolonne {first}–{last}</translation>
    </message>
    <message>
      <source>Sheet “{sheet}”</source>
      <translation>Ark “{sheet}”</translation>
    </message>
    <message>
      <source>These are the whole school's answers per question from uddannelsesstatistik.dk, for Mellemtrin and Udskoling: school-level data, not the class's own results. They are stored for the school; no class's results are changed.</source>
      <translation>Det er hele skolens svar på hvert spørgsmål fra uddannelsesstatistik.dk for mellemtrin og udskoling: tal for skolen, ikke klassens egne resultater. De gemmes for skolen; ingen klasses resultater ændres.</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Ny</translation>
    </message>
    <message>
      <source>Updated</source>
      <translation>Opdateret</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation>Uændret</translation>
    </message>
    <message>
      <source>These are the school's and the country's figures from uddannelsesstatistik.dk for Mellemtrin and Udskoling, not class results. They are stored as comparison values beside each class of that stage; the classes' own results are not changed.</source>
      <translation>Det er skolens og landets tal fra uddannelsesstatistik.dk for mellemtrin og udskoling, ikke klassernes resultater. De gemmes som sammenligningstal ved hver klasse på det trin; klassernes egne resultater ændres ikke.</translation>
    </message>
    <message>
      <source>{klass} ({year}): {answers} answers, {indicators}, {questions} questions</source>
      <translation>{klass} ({year}): {answers} svar, {indicators}, {questions} spørgsmål</translation>
    </message>
    <message>
      <source>{stage}, whole school</source>
      <translation>{stage}, hele skolen</translation>
    </message>
    <message>
      <source>{stage} ({year}): the whole school's answers to {questions} questions (school-level data, not a class's results)</source>
      <translation>{stage} ({year}): hele skolens svar på {questions} spørgsmål (tal for skolen, ikke en klasses resultater)</translation>
    </message>
    <message>
      <source>{klass} ({year}): the school's and the country's figures for {stage} (comparison values, not the class's results)</source>
      <translation>{klass} ({year}): skolens og landets tal for {stage} (sammenligningstal, ikke klassens resultater)</translation>
    </message>
    <message>
      <source>Rows for {stages} are left out: only Mellemtrin and Udskoling are read.</source>
      <translation>Rækkerne for {stages} springes over: kun mellemtrin og udskoling læses.</translation>
    </message>
    <message>
      <source>There is nothing to import.</source>
      <translation>Der er intet at importere.</translation>
    </message>
    <message>
      <source>“{name}” holds no answers for Mellemtrin or Udskoling.</source>
      <translation>“{name}” indeholder ingen svar for mellemtrin eller udskoling.</translation>
    </message>
    <message>
      <source>There is no class {klass} in the school year {year}. Create the class first, or correct the class's name or the school year in the file.</source>
      <translation>Der er ingen klasse {klass} i skoleåret {year}. Opret klassen først, eller ret klassens navn eller skoleåret i filen.</translation>
    </message>
    <message>
      <source>There are no classes of {stage} in the school year {year}; those figures are left out.</source>
      <translation>Der er ingen klasser på {stage} i skoleåret {year}; de tal udelades.</translation>
    </message>
    <message>
      <source>“{name}” holds no figures for classes in this file: no Mellemtrin or Udskoling of a school year with classes.</source>
      <translation>“{name}” indeholder ingen tal for klasser i denne fil: intet mellemtrin eller udskoling i et skoleår med klasser.</translation>
    </message>
    <message>
      <source>The question or the answer is missing.</source>
      <translation>Spørgsmålet eller svaret mangler.</translation>
    </message>
    <message>
      <source>The file holds the figures of several schools ({names}). Keep only your own school's rows, and import it again.</source>
      <translation>Filen indeholder tal for flere skoler ({names}). Behold kun din egen skoles rækker, og importér den igen.</translation>
    </message>
    <message>
      <source>The column {column} is missing. Download the question table again from uddannelsesstatistik.dk with that column.</source>
      <translation>Kolonnen {column} mangler. Hent spørgsmålstabellen igen fra uddannelsesstatistik.dk med den kolonne.</translation>
    </message>
    <message>
      <source>The share {value} is not between 0 and 100 %.</source>
      <translation>Andelen {value} ligger ikke mellem 0 og 100 %.</translation>
    </message>
    <message>
      <source>“{text}” is not an answer value (1 to 5).</source>
      <translation>“{text}” er ikke en svarværdi (1 til 5).</translation>
    </message>
    <message>
      <source>The school's share for “{option}” is missing.</source>
      <translation>Skolens andel for “{option}” mangler.</translation>
    </message>
    <message>
      <source>The answer “{option}” to “{question}” is in the file twice.</source>
      <translation>Svaret “{option}” på “{question}” står to gange i filen.</translation>
    </message>
    <message>
      <source>“{question}” has {count} answer; a question has 2 to {most}.</source>
      <translation>“{question}” har {count} svarmulighed; et spørgsmål har 2 til {most}.</translation>
    </message>
    <message>
      <source>“{question}” has {count} answers; a question has 2 to {most}.</source>
      <translation>“{question}” har {count} svarmuligheder; et spørgsmål har 2 til {most}.</translation>
    </message>
    <message>
      <source>The shares for “{question}” add up to {total} %; they should add up to about 100 %.</source>
      <translation>Andelene for “{question}” giver {total} % tilsammen; de skal give ca. 100 %.</translation>
    </message>
    <message>
      <source>“{text}” is not a share (write it like 38,2 %).</source>
      <translation>“{text}” er ikke en andel (skriv den som 38,2 %).</translation>
    </message>
    <message>
      <source>“{text}” is not a school year (write it like 2024/2025).</source>
      <translation>“{text}” er ikke et skoleår (skriv det som 2024/2025).</translation>
    </message>
    <message>
      <source>“{text}” is not a number of answers.</source>
      <translation>“{text}” er ikke et antal svar.</translation>
    </message>
    <message>
      <source>The file “{name}” holds no survey results: no class with a number of answers, indicators or questions was found.</source>
      <translation>Filen “{name}” indeholder ingen resultater fra trivselsmålingen: der blev ikke fundet nogen klasse med antal svar, indikatorer eller spørgsmål.</translation>
    </message>
    <message>
      <source>Class {klass} is in grades 0–3, which have no indicator means. Leave the indicators out.</source>
      <translation>Klasse {klass} går i 0.–3. klasse, som ikke har indikatorgennemsnit. Udelad indikatorerne.</translation>
    </message>
    <message>
      <source>Class {klass} appears twice in the file (also in sheet “{sheet}”). Keep one of them.</source>
      <translation>Klasse {klass} står to gange i filen (også i arket “{sheet}”). Behold kun den ene.</translation>
    </message>
    <message>
      <source>The number of answers for class {klass} is missing. Write it next to “Antal svar”.</source>
      <translation>Antallet af svar for klasse {klass} mangler. Skriv det ud for “Antal svar”.</translation>
    </message>
    <message>
      <source>Class {klass} is in grades 0–3, whose questions have 3 answer options (Ja, meget / Ja, lidt / Nej), but this question has 5.</source>
      <translation>Klasse {klass} går i 0.–3. klasse, hvor spørgsmålene har 3 svarmuligheder (Ja, meget / Ja, lidt / Nej), men dette spørgsmål har 5.</translation>
    </message>
    <message>
      <source>Class {klass} is in grades 4–9, whose questions have 5 answer options, but this question has 3.</source>
      <translation>Klasse {klass} går i 4.–9. klasse, hvor spørgsmålene har 5 svarmuligheder, men dette spørgsmål har 3.</translation>
    </message>
    <message>
      <source>The file “{name}” is empty.</source>
      <translation>Filen “{name}” er tom.</translation>
    </message>
    <message>
      <source>The mean {value} is outside the scale 1–5. Check the number in the report.</source>
      <translation>Gennemsnittet {value} ligger uden for skalaen 1–5. Tjek tallet i rapporten.</translation>
    </message>
    <message>
      <source>The number of answers must be a whole number of 0 or more, not “{text}”.</source>
      <translation>Antallet af svar skal være et helt tal på 0 eller mere, ikke “{text}”.</translation>
    </message>
    <message>
      <source>“{text}” is not a number. Write a number like 3,7 or 12,5 %.</source>
      <translation>“{text}” er ikke et tal. Skriv et tal som fx 3,7 eller 12,5 %.</translation>
    </message>
    <message>
      <source>The share {value} is above 100 %.</source>
      <translation>Andelen {value} er over 100 %.</translation>
    </message>
    <message>
      <source>A share cannot be negative ({value}).</source>
      <translation>En andel kan ikke være negativ ({value}).</translation>
    </message>
    <message>
      <source>“{text}” is not a school year. Write it like 2025/26.</source>
      <translation>“{text}” er ikke et skoleår. Skriv det som fx 2025/26.</translation>
    </message>
    <message>
      <source>It does not say which class these figures belong to. Name the sheet after the class (for example 5.B) or write “Klasse” and the class above the figures.</source>
      <translation>Det fremgår ikke, hvilken klasse tallene hører til. Giv arket klassens navn (fx 5.B), eller skriv “Klasse” og klassen over tallene.</translation>
    </message>
    <message>
      <source>The answer options in this header do not match the survey's answer scales (for example Meget tit / Tit / En gang imellem / Sjældent / Aldrig).</source>
      <translation>Svarmulighederne i denne overskrift passer ikke til trivselsmålingens svarskalaer (fx Meget tit / Tit / En gang imellem / Sjældent / Aldrig).</translation>
    </message>
    <message>
      <source>The question's text is missing. Write the question in the column “Spørgsmål”.</source>
      <translation>Spørgsmålets tekst mangler. Skriv spørgsmålet i kolonnen “Spørgsmål”.</translation>
    </message>
    <message>
      <source>“{text}” is not a class. Write the class like 5.B.</source>
      <translation>“{text}” er ikke en klasse. Skriv klassen som fx 5.B.</translation>
    </message>
    <message>
      <source>The indicator “{name}” appears twice for class {klass}.</source>
      <translation>Indikatoren “{name}” står to gange for klasse {klass}.</translation>
    </message>
    <message>
      <source>The shares add up to {total}; they must add up to about 100 % (± 2). Check the numbers in the report.</source>
      <translation>Andelene giver {total} tilsammen; de skal give ca. 100 % (± 2). Tjek tallene i rapporten.</translation>
    </message>
    <message>
      <source>“{text}” is not one of the indicators (Social trivsel, Faglig trivsel, Støtte og inspiration, Ro og orden).</source>
      <translation>“{text}” er ikke en af indikatorerne (Social trivsel, Faglig trivsel, Støtte og inspiration, Ro og orden).</translation>
    </message>
    <message>
      <source>Mellemtrin (4.–6.)</source>
      <translation>mellemtrinnet (4.–6.)</translation>
    </message>
    <message>
      <source>Udskoling (7.–9.)</source>
      <translation>udskolingen (7.–9.)</translation>
    </message>
    <message>
      <source>The file holds the figures of several schools ({names}). Keep only your own school's rows (and the country's), and import it again.</source>
      <translation>Filen indeholder tal for flere skoler ({names}). Behold kun din egen skoles rækker (og landets), og importér den igen.</translation>
    </message>
    <message>
      <source>The mean {value} is outside the scale 1–5.</source>
      <translation>Gennemsnittet {value} ligger uden for skalaen 1–5.</translation>
    </message>
    <message>
      <source>“{text}” is not a number.</source>
      <translation>“{text}” er ikke et tal.</translation>
    </message>
    <message>
      <source>“{name}” is the ministry's question table for the whole school (answer shares per question for Mellemtrin or Udskoling). It holds no class results and no indicator means, so there is nothing to store. Download the indicators from uddannelsesstatistik.dk instead (Generel trivsel, Social trivsel …), or use the class report.</source>
      <translation type="vanished">“{name}” er ministeriets spørgsmålstabel for hele skolen (svarfordeling pr. spørgsmål for mellemtrin eller udskoling). Den indeholder ingen klasseresultater og ingen indikatorgennemsnit, så der er intet at gemme. Hent i stedet indikatorerne fra uddannelsesstatistik.dk (Generel trivsel, Social trivsel …), eller brug klasserapporten.</translation>
    </message>
    <message>
      <source>Row {row}: the mean {value} is outside the scale 1–5.</source>
      <translation type="vanished">Række {row}: gennemsnittet {value} ligger uden for skalaen 1–5.</translation>
    </message>
    <message>
      <source>Row {row}: “{text}” is not a number.</source>
      <translation type="vanished">Række {row}: “{text}” er ikke et tal.</translation>
    </message>
    <message>
      <source>Row {row}: “{text}” is not a school year (write it like 2024/2025).</source>
      <translation type="vanished">Række {row}: “{text}” er ikke et skoleår (skriv det som 2024/2025).</translation>
    </message>
    <message>
      <source>{klass} ({year}): {answers} answers, {indicators} indicators, {questions} questions</source>
      <translation type="vanished">{klass} ({year}): {answers} svar, {indicators} indikatorer, {questions} spørgsmål</translation>
    </message>
    <message>
      <source>The file “{name}” is not an Excel workbook (.xlsx). Save it as an Excel workbook (.xlsx) and try again.</source>
      <translation type="vanished">Filen “{name}” er ikke en Excel-projektmappe (.xlsx). Gem den som Excel-projektmappe (.xlsx), og prøv igen.</translation>
    </message>
    <message>
      <source>The file “{name}” does not exist.</source>
      <translation type="vanished">Filen “{name}” findes ikke.</translation>
    </message>
  </context>
  <context>
    <name>survey_template</name>
    <message>
      <source>Guide</source>
      <translation>Vejledning</translation>
    </message>
    <message>
      <source>Wellbeing survey</source>
      <translation>Trivselsmåling</translation>
    </message>
    <message>
      <source>Wellbeing survey – template for Klassekonference</source>
      <translation>Trivselsmåling – skabelon til Klassekonference</translation>
    </message>
    <message>
      <source>One sheet per class. Fill in the yellow cells from the class's report in the ministry's tool, save it, and import the file in Klassekonference.</source>
      <translation>Ét ark pr. klasse. Udfyld de gule felter ud fra klassens rapport i ministeriets værktøj, gem filen, og importér den i Klassekonference.</translation>
    </message>
    <message>
      <source>Number of answers: the number of pupils who answered. Below 5 answers the app shows only the number, never the results.</source>
      <translation>Antal svar: antallet af elever, der har svaret. Under 5 svar viser programmet kun antallet, aldrig resultaterne.</translation>
    </message>
    <message>
      <source>Indicators (grades 4–9): the means on 1–5, written like 3,7. School and national values may be left empty.</source>
      <translation>Indikatorer (4.–9. klasse): gennemsnittene på 1–5, skrevet som fx 3,7. Skolens og landets tal kan stå tomme.</translation>
    </message>
    <message>
      <source>Questions: the question's text and the share per answer option, in percent (12,5) or as in the report (12,5 %). The shares of a question must add up to about 100 %.</source>
      <translation>Spørgsmål: spørgsmålets tekst og andelen for hver svarmulighed, i procent (12,5) eller som i rapporten (12,5 %). Et spørgsmåls andele skal give ca. 100 % tilsammen.</translation>
    </message>
    <message>
      <source>Write x in “Negativt spørgsmål” when the best answer is “Aldrig” or “Nej” (for example “Er du blevet mobbet i dette skoleår?”).</source>
      <translation>Skriv x i “Negativt spørgsmål”, når det bedste svar er “Aldrig” eller “Nej” (fx “Er du blevet mobbet i dette skoleår?”).</translation>
    </message>
    <message>
      <source>Rows you do not need can stay empty. Importing the same file again changes nothing; a corrected file updates the classes it covers.</source>
      <translation>Rækker, du ikke bruger, kan stå tomme. Importerer du den samme fil igen, ændres intet; en rettet fil opdaterer de klasser, den indeholder.</translation>
    </message>
    <message>
      <source>Grades 0–3: no indicators; fill in the answers to each question.</source>
      <translation>0.–3. klasse: ingen indikatorer; udfyld svarene på hvert spørgsmål.</translation>
    </message>
    <message>
      <source>Choose at least one class for the template.</source>
      <translation>Vælg mindst én klasse til skabelonen.</translation>
    </message>
    <message>
      <source>A share is a number from 0 to 100.</source>
      <translation>En andel er et tal fra 0 til 100.</translation>
    </message>
    <message>
      <source>A mean is a number from 1 to 5, like 3,7.</source>
      <translation>Et gennemsnit er et tal fra 1 til 5, fx 3,7.</translation>
    </message>
    <message>
      <source>The number of answers is a whole number.</source>
      <translation>Antal svar er et helt tal.</translation>
    </message>
    <message>
      <source>The template could not be saved: {detail}</source>
      <translation>Skabelonen kunne ikke gemmes: {detail}</translation>
    </message>
  </context>
  <context>
    <name>wellbeing</name>
    <message>
      <source>0 answers: the class has no results of its own for this year. Only the school's and the country's figures are stored; they are shown beside the class's own results once those are entered or imported.</source>
      <translation>0 svar: klassen har ingen egne resultater for dette år. Kun skolens og landets tal er gemt; de vises ved siden af klassens egne resultater, når de er indtastet eller importeret.</translation>
    </message>
    <message>
      <source>Social wellbeing</source>
      <translation>Social trivsel</translation>
    </message>
    <message>
      <source>Academic wellbeing</source>
      <translation>Faglig trivsel</translation>
    </message>
    <message>
      <source>Support and inspiration</source>
      <translation>Støtte og inspiration</translation>
    </message>
    <message>
      <source>Peace and order</source>
      <translation>Ro og orden</translation>
    </message>
    <message>
      <source>General school wellbeing</source>
      <translation>Generel skoletrivsel</translation>
    </message>
    <message>
      <source>Only {count} answers: results for fewer than 5 answers are not shown, to protect the pupils' anonymity.</source>
      <translation>Kun {count} svar: resultater for færre end 5 svar vises ikke, for at beskytte elevernes anonymitet.</translation>
    </message>
  </context>
</TS>
