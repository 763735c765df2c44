<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>A3Drawing</name>
    <message>
        <location filename="../models/a3/a3drawing.cpp" line="+92"/>
        <source>1 Background</source>
        <translation>1 Hintergrund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 Current condition</source>
        <translation>2 Ist-Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 Goal</source>
        <translation>3 Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 Root-cause analysis</source>
        <translation>4 Ursachenanalyse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 Countermeasures</source>
        <translation>5 Gegenmaßnahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6 Implementation plan</source>
        <translation>6 Umsetzungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 Follow-up and check</source>
        <translation>7 Nachverfolgung und Prüfung</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>A3: %1</source>
        <translation>A3: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor or coach: %1</source>
        <translation>Sponsor oder Coach: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>PDCA stage</source>
        <translation>PDCA-Phase</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>(continued in Takt)</source>
        <translation>(Fortsetzung in Takt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shown live: %1</source>
        <translation>Live gezeigt: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No measurable goal yet: a figure, its baseline, the target and by when.</source>
        <translation>Noch kein messbares Ziel: eine Kennzahl, ihr Ausgangswert, der Zielwert und bis wann.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: from %2 to %3 by %4</source>
        <translation>%1: von %2 auf %3 bis %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the analysis:</source>
        <translation>Aus der Analyse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause (confirmed): %1</source>
        <translation>Grundursache (bestätigt): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause (not confirmed): %1</source>
        <translation>Grundursache (nicht bestätigt): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>– %1</source>
        <translation>– %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Planned: %1 %2 by %3 · Actual: %4 (target met)</source>
        <translation>Geplant: %1 %2 bis %3 · Ist: %4 (Ziel erreicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned: %1 %2 by %3 · Actual: %4 (target missed)</source>
        <translation>Geplant: %1 %2 bis %3 · Ist: %4 (Ziel verfehlt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Root cause (%1): %2</source>
        <translation type="vanished">Grundursache (%1): %2</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="vanished">bestätigt</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="vanished">nicht bestätigt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Planned: %1 %2 by %3 · Actual: %4</source>
        <translation>Geplant: %1 %2 bis %3 · Ist: %4</translation>
    </message>
    <message>
        <source> (target met)</source>
        <translation type="vanished"> (Ziel erreicht)</translation>
    </message>
    <message>
        <source> (target missed)</source>
        <translation type="vanished"> (Ziel verfehlt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDCA: %1</source>
        <translation>PDCA: %1</translation>
    </message>
</context>
<context>
    <name>A3Json</name>
    <message>
        <source>field &quot;format&quot;: this is not a takt-a3 file</source>
        <translation type="vanished">Feld „format“: Dies ist keine takt-a3-Datei</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: version %1 is not one this Takt reads (1)</source>
        <translation type="vanished">Feld „version“: Version %1 kann dieses Takt nicht lesen (1)</translation>
    </message>
    <message>
        <location filename="../models/a3/a3json.cpp" line="+66"/>
        <source>the A3</source>
        <translation>der A3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty; name the A3</source>
        <translation>leer; den A3 benennen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>write the sections as { }</source>
        <translation>die Abschnitte als { } schreiben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>write the target as { }</source>
        <translation>das Ziel als { } schreiben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: write the history as a list in [ ]</source>
        <translation>%1: den Verlauf als Liste in [ ] schreiben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: a step is written as { }</source>
        <translation>%1: ein Schritt wird als { } geschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing; say which stage it moved to</source>
        <translation>fehlt; angeben, in welche Phase er wechselte</translation>
    </message>
</context>
<context>
    <name>A3Kind</name>
    <message>
        <location filename="../models/a3/a3kind.cpp" line="+13"/>
        <source>Tell a problem&apos;s story on one sheet, through PDCA: Problem ▸ New A3</source>
        <translation>Die Geschichte eines Problems auf einem Blatt, durch PDCA: Problem ▸ Neuer A3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import A3 &quot;%1&quot;</source>
        <translation>A3 „%1“ importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no A3 has the id %1</source>
        <translation>kein A3 hat die ID %1</translation>
    </message>
    <message>
        <location filename="../models/a3/a3kind.h" line="+17"/>
        <source>A3 reports</source>
        <translation>A3-Berichte</translation>
    </message>
</context>
<context>
    <name>A3Report</name>
    <message>
        <location filename="../models/a3/a3report.cpp" line="+22"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sponsor or coach</source>
        <translation>Sponsor oder Coach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current condition</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Root-cause analysis</source>
        <translation>Ursachenanalyse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Countermeasures</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Implementation plan</source>
        <translation>Umsetzungsplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-up and check</source>
        <translation>Nachverfolgung und Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis shown</source>
        <translation>Gezeigte Analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target by</source>
        <translation>Ziel bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>A3Section</name>
    <message>
        <location filename="../models/a3/a3section.h" line="+17"/>
        <source>A3 reports</source>
        <translation>A3-Berichte</translation>
    </message>
</context>
<context>
    <name>A3Templates</name>
    <message>
        <location filename="../models/a3/a3templates.cpp" line="+12"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New A3</source>
        <translation>Neuer A3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- **What:** [step]
- **Who:** [owner]
- **When:** [date]
</source>
        <translation>- **Was:** [Schritt]
- **Wer:** [verantwortlich]
- **Wann:** [Datum]
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Review on [date]: planned [__], actual [__]
- Lessons learned:
</source>
        <translation>- Überprüfung am [Datum]: geplant [__], Ist [__]
- Erkenntnisse:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore [model] accuracy after the [version] deployment</source>
        <translation>Genauigkeit von [Modell] nach dem Deployment von [Version] wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[Model] serves [decision]; each point of accuracy is worth [__].</source>
        <translation>[Modell] unterstützt [Entscheidung]; jeder Punkt Genauigkeit ist [__] wert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy fell from **[__] %** to **[__] %** after [version] on [date]; segments hit: [__].</source>
        <translation>Die Genauigkeit fiel nach [Version] am [Datum] von **[__] %** auf **[__] %**; betroffene Segmente: [__].</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accuracy back to [__] % and an alert before it falls again.</source>
        <translation>Genauigkeit zurück auf [__] % und ein Alarm, bevor sie wieder fällt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (%)</source>
        <translation>Genauigkeit (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retraining in days, not weeks</source>
        <translation>Nachtraining in Tagen, nicht Wochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drift is found in [__] days; the fix reaches production in [__].</source>
        <translation>Drift wird in [__] Tagen erkannt; die Korrektur erreicht die Produktion in [__].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A retraining request takes **[__] days** from request to deployment; the work in it takes [__] hours.</source>
        <translation>Ein Nachtrainings-Auftrag dauert **[__] Tage** vom Auftrag bis zum Deployment; die Arbeit darin dauert [__] Stunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time of a retraining request down to [__] days.</source>
        <translation>Durchlaufzeit eines Nachtrainings-Auftrags auf [__] Tage senken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead time (d)</source>
        <translation>Durchlaufzeit (d)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A labeling queue that keeps pace</source>
        <translation>Eine Labeling-Warteschlange, die Schritt hält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retraining waits for labels; the queue has grown for [__] weeks.</source>
        <translation>Das Nachtraining wartet auf Labels; die Warteschlange wächst seit [__] Wochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>**[__] items** wait for labeling; [__] arrive and [__] are labeled a day.</source>
        <translation>**[__] Einträge** warten auf Labeling; täglich kommen [__] hinzu und [__] werden gelabelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backlog under [__] items, labeled within [__] days of arrival.</source>
        <translation>Rückstand unter [__] Einträgen, gelabelt binnen [__] Tagen nach Eingang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backlog (items)</source>
        <translation>Rückstand (Einträge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inference latency back within its SLO</source>
        <translation>Inferenz-Latenz wieder innerhalb ihres SLO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SLO is p99 [__] ms; [service] calls the model [__] times a day.</source>
        <translation>Das SLO ist p99 [__] ms; [Dienst] ruft das Modell [__]-mal am Tag auf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 latency is **[__] ms**, over the SLO on [__] of the last 30 days.</source>
        <translation>Die p99-Latenz beträgt **[__] ms**, an [__] der letzten 30 Tage über dem SLO.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p99 latency at or under [__] ms on every day of a month.</source>
        <translation>p99-Latenz an jedem Tag eines Monats bei höchstens [__] ms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p99 latency (ms)</source>
        <translation>p99-Latenz (ms)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
</context>
<context>
    <name>ActionCalendar</name>
    <message>
        <location filename="../models/actions/actioncalendar.cpp" line="+76"/>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifier: %1</source>
        <translation>Prüft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected effect: %1</source>
        <translation>Erwartete Wirkung: %1</translation>
    </message>
</context>
<context>
    <name>ActionCarryOver</name>
    <message>
        <location filename="../models/actions/actioncarryover.cpp" line="+26"/>
        <source>Brought in from %1</source>
        <translation>Übernommen aus %1</translation>
    </message>
</context>
<context>
    <name>ActionCsv</name>
    <message>
        <location filename="../models/actions/actioncsv.cpp" line="+67"/>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>line 1: &quot;%1&quot; is not a column of the action register (%2)</source>
        <translation type="vanished">Zeile 1: „%1“ ist keine Spalte des Maßnahmenplans (%2)</translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; comes twice</source>
        <translation type="vanished">Zeile 1: Die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>line 1: the column &quot;What&quot; is missing</source>
        <translation type="vanished">Zeile 1: Die Spalte „What“ fehlt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the action register</source>
        <translation>des Maßnahmenplans</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>line %1: %2 cells for %3 columns</source>
        <translation>Zeile %1: %2 Zellen für %3 Spalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1, field &quot;%2&quot;: %3</source>
        <translation>Zeile %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1, field &quot;What&quot;: empty; say what is to be done</source>
        <translation>Zeile %1, Feld „What“: leer; sagen Sie, was zu tun ist</translation>
    </message>
</context>
<context>
    <name>ActionItem</name>
    <message>
        <location filename="../models/actions/actionitem.cpp" line="+18"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verifier</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected effect</source>
        <translation>Erwartete Wirkung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measured effect</source>
        <translation>Gemessene Wirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ActionRegister</name>
    <message>
        <location line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ActionSection</name>
    <message>
        <location filename="../models/actions/actionsection.cpp" line="+29"/>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 (%n action(s))</source>
        <translation>
            <numerusform>%1 (%n Maßnahme)</numerusform>
            <numerusform>%1 (%n Maßnahmen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ⚠ overdue</source>
        <translation>%1 ⚠ überfällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifier</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../models/actions/actionsection.h" line="+16"/>
        <source>Action register</source>
        <translation>Maßnahmenplan</translation>
    </message>
</context>
<context>
    <name>ActionsCommandLine</name>
    <message>
        <location filename="../app/actionscommandline.cpp" line="+35"/>
        <source>Lists the actions of a document&apos;s register.</source>
        <translation>Listet die Maßnahmen des Maßnahmenplans eines Dokuments.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <location line="+47"/>
        <source>The .takt document.</source>
        <translation>Das .takt-Dokument.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Only those with this status: open, in progress, done, cancelled.</source>
        <translation>Nur die mit diesem Status: open, in progress, done, cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this owner&apos;s.</source>
        <translation>Nur die dieser verantwortlichen Person.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the overdue ones.</source>
        <translation>Nur die überfälligen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print CSV, as takt actions export writes it.</source>
        <translation>CSV ausgeben, wie takt actions export es schreibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--status &quot;%1&quot;: write open, in progress, done or cancelled</source>
        <translation>--status „%1“: schreiben Sie open, in progress, done oder cancelled</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1. %2
   %3, due %4%5, %6; verifier %7
</source>
        <translation>%1. %2
   %3, fällig %4%5, %6; prüft %7
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no owner</source>
        <translation>niemand verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n action(s)
</source>
        <translation>
            <numerusform>%n Maßnahme
</numerusform>
            <numerusform>%n Maßnahmen
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adds the actions of a CSV file (header What,Owner,Due,Status,Priority,Verifier,Source,Notes) to a document&apos;s register, all rows or none; or, from an earlier workshop&apos;s .takt file, its open actions for review.</source>
        <translation>Fügt die Maßnahmen einer CSV-Datei (Kopfzeile What,Owner,Due,Status,Priority,Verifier,Source,Notes) dem Maßnahmenplan eines Dokuments hinzu, alle Zeilen oder keine; oder aus der .takt-Datei eines früheren Workshops dessen offene Maßnahmen zur Durchsicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The CSV file, or an earlier .takt.</source>
        <translation>Die CSV-Datei oder eine frühere .takt-Datei.</translation>
    </message>
    <message>
        <source>Adds the actions of a CSV file (header What,Owner,Due,Status,Priority,Verifier,Source,Notes) to a document&apos;s register; all rows or none.</source>
        <translation type="vanished">Fügt die Maßnahmen einer CSV-Datei (Kopfzeile What,Owner,Due,Status,Priority,Verifier,Source,Notes) dem Maßnahmenplan eines Dokuments hinzu; alle Zeilen oder keine.</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="vanished">Die CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n action(s) added</source>
        <translation>
            <numerusform>%n Maßnahme hinzugefügt</numerusform>
            <numerusform>%n Maßnahmen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n already in the register</source>
        <translation>
            <numerusform>; %n bereits im Maßnahmenplan</numerusform>
            <numerusform>; %n bereits im Maßnahmenplan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writes a document&apos;s actions as CSV, or its open actions as iCalendar to-dos (.ics).</source>
        <translation>Schreibt die Maßnahmen eines Dokuments als CSV oder seine offenen Maßnahmen als iCalendar-Aufgaben (.ics).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The .csv or .ics file to write.</source>
        <translation>Die zu schreibende .csv- oder .ics-Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-o %1: write the actions to a file ending in .csv or .ics</source>
        <translation>-o %1: Schreiben Sie die Maßnahmen in eine Datei mit der Endung .csv oder .ics</translation>
    </message>
    <message>
        <source>Writes a document&apos;s actions as CSV.</source>
        <translation type="vanished">Schreibt die Maßnahmen eines Dokuments als CSV.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation type="vanished">Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>-o %1: write the actions to a file ending in .csv</source>
        <translation type="vanished">-o %1: Schreiben Sie die Maßnahmen in eine Datei mit der Endung .csv</translation>
    </message>
</context>
<context>
    <name>ActionsKind</name>
    <message>
        <location filename="../models/actions/actionskind.cpp" line="+16"/>
        <source>Bring in actions: takt actions import DOC FILE.csv</source>
        <translation>Maßnahmen übernehmen: takt actions import DOK DATEI.csv</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/actions/actionskind.h" line="+17"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>AgendaItem</name>
    <message>
        <location filename="../models/agenda/agendaitem.cpp" line="+13"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Led by</source>
        <translation>Geleitet von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>AgendaKind</name>
    <message>
        <location filename="../models/agenda/agendakind.cpp" line="+13"/>
        <source>Plan the workshop&apos;s days: Session ▸ New Agenda Item</source>
        <translation>Planen Sie die Workshoptage: Sitzung ▸ Neuer Agendapunkt</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>agenda item %1: an item and its minutes are needed</source>
        <translation>Agendapunkt %1: ein Titel und seine Minuten sind nötig</translation>
    </message>
    <message>
        <location filename="../models/agenda/agendakind.h" line="+18"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <location filename="../models/agenda/agendasection.cpp" line="+34"/>
        <source>▲ +%1 min</source>
        <translation>▲ +%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−%1 min</source>
        <translation>−%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on time</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not run</source>
        <translation>nicht durchgeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day %1: planned %2, actual %3 (%4)</source>
        <translation>Tag %1: geplant %2, tatsächlich %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Led by</source>
        <translation>Geleitet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance over the workshop: %1</source>
        <translation>Bilanz über den Workshop: %1</translation>
    </message>
    <message>
        <location filename="../models/agenda/agendasection.h" line="+16"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>AiProblems</name>
    <message>
        <location filename="../models/common/aiproblems.cpp" line="+9"/>
        <source>Accuracy dropped after a deployment</source>
        <translation>Genauigkeit nach einem Deployment gesunken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retraining takes weeks</source>
        <translation>Nachtraining dauert Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labeling backlog grows</source>
        <translation>Der Labeling-Rückstand wächst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inference latency over its SLO</source>
        <translation>Inferenz-Latenz über ihrem SLO</translation>
    </message>
</context>
<context>
    <name>ArtefactFiles</name>
    <message>
        <location filename="../models/document/artefactfiles.cpp" line="+35"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>field &quot;format&quot;: missing; this Takt reads %1</source>
        <translation>Feld „format“: fehlt; diese Takt-Version liest %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &quot;format&quot;: &quot;%1&quot; is not a format this Takt reads (%2)</source>
        <translation>Feld „format“: „%1“ ist kein Format, das diese Takt-Version liest (%2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no artefact has the id %1</source>
        <translation>kein Artefakt hat die ID %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ArtefactKind</name>
    <message>
        <location filename="../models/document/artefactkind.cpp" line="+48"/>
        <source>%1 cannot be imported</source>
        <translation>%1 können nicht importiert werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be exported as JSON</source>
        <translation>%1 können nicht als JSON exportiert werden</translation>
    </message>
</context>
<context>
    <name>AttendanceCommandLine</name>
    <message>
        <location filename="../app/attendancecommandline.cpp" line="+30"/>
        <source>Lists who took part in a workshop, and on which days.</source>
        <translation>Listet, wer an einem Workshop teilgenommen hat und an welchen Tagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>The .takt document.</source>
        <translation>Das .takt-Dokument.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Print CSV (Name,Role,Team).</source>
        <translation>CSV ausgeben (Name,Role,Team).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1. %2%3%4
</source>
        <translation>%1. %2%3%4
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>: absent on day %1</source>
        <translation>: abwesend an Tag %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Adds the participants of a CSV file (header Name,Role,Team, or one name per line) to a document&apos;s attendance; all rows or none.</source>
        <translation>Fügt die Teilnehmenden einer CSV-Datei (Kopfzeile Name,Role,Team oder ein Name pro Zeile) der Anwesenheit eines Dokuments hinzu; alle Zeilen oder keine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n participant(s) added</source>
        <translation>
            <numerusform>%n Teilnehmende(r) hinzugefügt</numerusform>
            <numerusform>%n Teilnehmende hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n already there</source>
        <translation>
            <numerusform>; %n bereits vorhanden</numerusform>
            <numerusform>; %n bereits vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceCsv</name>
    <message>
        <location filename="../models/attendance/attendancecsv.cpp" line="+62"/>
        <source>the attendance</source>
        <translation>der Anwesenheit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: %2 cells for %3 columns</source>
        <translation>Zeile %1: %2 Zellen für %3 Spalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1, field &quot;Name&quot;: empty; say who took part</source>
        <translation>Zeile %1, Feld „Name“: leer; geben Sie an, wer teilgenommen hat</translation>
    </message>
</context>
<context>
    <name>AttendanceKind</name>
    <message>
        <location filename="../models/attendance/attendancekind.cpp" line="+16"/>
        <source>Bring in the participants: takt attendance import DOC FILE.csv</source>
        <translation>Teilnehmende übernehmen: takt attendance import DOK DATEI.csv</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>attendance, %1: there is no day %2</source>
        <translation>Anwesenheit, %1: es gibt keinen Tag %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/attendance/attendancekind.h" line="+18"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
</context>
<context>
    <name>AttendanceRegister</name>
    <message>
        <location filename="../models/attendance/participant.cpp" line="+46"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../models/attendance/attendancesection.cpp" line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ absent</source>
        <translation>✗ abwesend</translation>
    </message>
    <message>
        <location filename="../models/attendance/attendancesection.h" line="+16"/>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+96"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>wrong number of arguments</source>
        <translation>falsche Anzahl von Argumenten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prints a workshop&apos;s details and what it contains.</source>
        <translation>Gibt die Angaben eines Workshops und seinen Inhalt aus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <location line="+16"/>
        <location line="+32"/>
        <source>The .takt document.</source>
        <translation>Das .takt-Dokument.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adds the artefact of a Takt JSON file (any format Takt writes, by its &quot;format&quot; field) to a document, created if absent, and prints the artefact&apos;s name.</source>
        <translation>Fügt das Artefakt einer Takt-JSON-Datei (jedes Format, das Takt schreibt, erkannt am Feld „format“) einem Dokument hinzu, das bei Bedarf angelegt wird, und gibt den Namen des Artefakts aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The JSON file.</source>
        <translation>Die JSON-Datei.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writes the workshop&apos;s session pack as a PDF, or with --item one artefact: as JSON (FILE.json) or as its part of the pack (FILE.pdf).</source>
        <translation>Schreibt die Sitzungsmappe des Workshops als PDF oder mit --item ein einzelnes Artefakt: als JSON (DATEI.json) oder als seinen Teil der Mappe (DATEI.pdf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only this artefact, by its name.</source>
        <translation>Nur dieses Artefakt, nach seinem Namen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>-o %1: write an artefact to a file ending in .json or .pdf</source>
        <translation>-o %1: ein Artefakt wird in eine Datei mit der Endung .json oder .pdf geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has nothing named &quot;%2&quot;</source>
        <translation>%1 enthält nichts mit dem Namen „%2“</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>takt: note: the format of &quot;%1&quot; has no place for %n part(s), left out: %2</source>
        <translation>
            <numerusform>takt: Hinweis: das Format von „%1“ kann %n Teil nicht abbilden, ausgelassen: %2</numerusform>
            <numerusform>takt: Hinweis: das Format von „%1“ kann %n Teile nicht abbilden, ausgelassen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Checks that a file is a valid Takt document: prints &quot;ok&quot; and exits 0, or prints what is wrong and exits 2.</source>
        <translation>Prüft, ob eine Datei ein gültiges Takt-Dokument ist: gibt &quot;ok&quot; aus und endet mit 0, oder gibt den Fehler aus und endet mit 2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated sections, in pack order (default: all): %1.</source>
        <translation>Kommagetrennte Abschnitte in der Reihenfolge der Dokumentation (Standard: alle): %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (Standard) oder Letter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say where to write the pack with -o PACK.pdf</source>
        <translation>geben Sie mit -o DATEI.pdf an, wohin die Dokumentation geschrieben werden soll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--paper: &quot;%1&quot; is not a paper size; use A4 or Letter</source>
        <translation>--paper: &quot;%1&quot; ist kein Papierformat; verwenden Sie A4 oder Letter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--sections: unknown section &quot;%1&quot;; choose from %2</source>
        <translation>--sections: unbekannter Abschnitt &quot;%1&quot;; möglich sind %2</translation>
    </message>
</context>
<context>
    <name>ComparisonSection</name>
    <message>
        <location filename="../models/vsm/comparisonsection.cpp" line="+45"/>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../models/vsm/comparisonsection.h" line="+17"/>
        <source>Current and future state</source>
        <translation>Ist- und Soll-Zustand</translation>
    </message>
</context>
<context>
    <name>Connector</name>
    <message>
        <location filename="../models/vsm/connector.cpp" line="+16"/>
        <source>Push arrow</source>
        <translation>Push-Pfeil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull (withdrawal)</source>
        <translation>Pull (Entnahme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIFO flow</source>
        <translation>FIFO-Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment arrow</source>
        <translation>Transportpfeil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manual information</source>
        <translation>Manueller Informationsfluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronic information</source>
        <translation>Elektronischer Informationsfluss</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Label</source>
        <translation>Labeln</translation>
    </message>
</context>
<context>
    <name>ContentsSection</name>
    <message>
        <location filename="../models/pack/contentssection.h" line="+17"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Countermeasure</name>
    <message>
        <location filename="../models/whys/fivewhystree.cpp" line="+79"/>
        <source>Countermeasure</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected effect</source>
        <translation>Erwartete Wirkung</translation>
    </message>
</context>
<context>
    <name>CoverSection</name>
    <message>
        <location filename="../models/pack/coversection.cpp" line="+16"/>
        <source>Workshop session pack</source>
        <translation>Workshop-Dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled workshop</source>
        <translation>Unbenannter Workshop</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../models/pack/coversection.h" line="+16"/>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
</context>
<context>
    <name>CsvColumns</name>
    <message>
        <location filename="../models/common/csvcolumns.cpp" line="+17"/>
        <source>line 1: &quot;%1&quot; is not a column of %2 (%3)</source>
        <translation>Zeile 1: „%1“ ist keine Spalte %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line 1: the column &quot;%1&quot; comes twice</source>
        <translation>Zeile 1: Die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line 1: the column &quot;%1&quot; is missing</source>
        <translation>Zeile 1: Die Spalte „%1“ fehlt</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../models/decisions/decision.cpp" line="+12"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>DecisionSection</name>
    <message>
        <location filename="../models/decisions/decisionsection.cpp" line="+27"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../models/decisions/decisionsection.h" line="+16"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
</context>
<context>
    <name>DecisionsKind</name>
    <message>
        <location filename="../models/decisions/decisionskind.cpp" line="+13"/>
        <source>Note what the room decides: Session ▸ New Decision</source>
        <translation>Halten Sie fest, was der Raum entscheidet: Sitzung ▸ Neue Entscheidung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>decision %1: what and date (YYYY-MM-DD) are needed</source>
        <translation>Entscheidung %1: Inhalt und Datum (JJJJ-MM-TT) sind nötig</translation>
    </message>
    <message>
        <location filename="../models/decisions/decisionskind.h" line="+18"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
</context>
<context>
    <name>DecisionsMenu</name>
    <message>
        <location filename="../views/decisions/decisionseditorfactory.cpp" line="+14"/>
        <source>New &amp;Decision</source>
        <translation>Neue &amp;Entscheidung</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../models/document/document.cpp" line="+28"/>
        <source>link</source>
        <translation>Verknüpfung</translation>
    </message>
</context>
<context>
    <name>DocumentFile</name>
    <message>
        <location filename="../models/document/documentfile.cpp" line="+52"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder, not a Takt document.</source>
        <translation>%1 ist ein Ordner, kein Takt-Dokument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty (0 bytes), not a Takt document.</source>
        <translation>%1 ist leer (0 Byte), kein Takt-Dokument.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a Takt document: it is not an SQLite database.</source>
        <translation>%1 ist kein Takt-Dokument: Die Datei ist keine SQLite-Datenbank.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is an SQLite database of another application, not a Takt document.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, kein Takt-Dokument.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 belongs to another application (%2), not to Takt.</source>
        <translation>%1 gehört zu einer anderen Anwendung (%2), nicht zu Takt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by a newer version of Takt: format %2, this version reads up to %3. Update Takt to open it.</source>
        <translation>%1 wurde mit einer neueren Takt-Version erstellt: Format %2, diese Version liest bis Format %3. Aktualisieren Sie Takt, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no Takt format version; it was not written by Takt.</source>
        <translation>%1 hat keine Takt-Formatversion; die Datei wurde nicht von Takt geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is truncated: it holds %2 of its %3 bytes. Use a backup copy.</source>
        <translation>%1 ist unvollständig: Die Datei enthält nur %2 von %3 Byte. Verwenden Sie eine Sicherungskopie.</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <location filename="../models/document/documentlock.cpp" line="+86"/>
        <source>an unknown user</source>
        <translation>einem unbekannten Benutzer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 is locked by %2, which cannot be read: %3.</source>
        <translation>%1 ist durch %2 gesperrt; diese Sperrdatei kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is already open in this Takt.</source>
        <translation>%1 ist in dieser Takt-Instanz bereits geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already open in Takt by %2 on %3 (process %4). Close it there first, or open a copy. If that Takt is no longer running, delete %5.</source>
        <translation>%1 ist bereits in Takt geöffnet (Benutzer %2 auf %3, Prozess %4). Schließen Sie die Datei zuerst dort oder öffnen Sie eine Kopie. Falls diese Takt-Instanz nicht mehr läuft, löschen Sie %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is being opened by another Takt right now.</source>
        <translation>%1 wird gerade von einer anderen Takt-Instanz geöffnet.</translation>
    </message>
</context>
<context>
    <name>DotVote</name>
    <message>
        <location filename="../models/ideas/dotvoting.cpp" line="+33"/>
        <source>Voter</source>
        <translation>Abstimmende(r)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <location filename="../models/common/duration.cpp" line="+102"/>
        <source>a duration is empty; write a number and a unit, e.g. &quot;45 min&quot;</source>
        <translation>die Dauer ist leer; geben Sie eine Zahl und eine Einheit ein, z. B. „45 min“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a duration; write a number and a unit (s, min, h, d, wk), e.g. &quot;45 min&quot;</source>
        <translation>„%1“ ist keine Dauer; geben Sie eine Zahl und eine Einheit ein (s, min, h, d, wk – Sekunden, Minuten, Stunden, Tage, Wochen), z. B. „45 min“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has no unit; write s, min, h, d or wk</source>
        <translation>„%1“ hat keine Einheit; geben Sie s, min, h, d (Tag) oder wk (Woche) ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a time unit; write s, min, h, d or wk</source>
        <translation>„%1“ ist keine Zeiteinheit; geben Sie s, min, h, d (Tag) oder wk (Woche) ein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a duration cannot be negative (&quot;%1&quot;)</source>
        <translation>eine Dauer kann nicht negativ sein („%1“)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative; a duration cannot be</source>
        <translation type="vanished">„%1“ ist negativ; eine Dauer kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days (24 h)</source>
        <translation>Tage (24 h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
</context>
<context>
    <name>EntityFields</name>
    <message>
        <location filename="../models/core/entitylist.h" line="+123"/>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>ExampleWorkshop</name>
    <message>
        <location filename="../models/document/exampleworkshop.cpp" line="+70"/>
        <source>The example workshop could not be built: %1</source>
        <translation>Der Beispiel-Workshop konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>FieldText</name>
    <message>
        <location filename="../models/core/fieldtext.cpp" line="+42"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&quot;%1&quot; is not a date; write it as %2 or %3</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als %2 oder %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this figure cannot be negative (&quot;%1&quot;)</source>
        <translation>diese Kennzahl kann nicht negativ sein („%1“)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is more than %2, the most it can be</source>
        <translation>„%1“ ist mehr als %2, der größtmögliche Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is less than %2; leave the field empty for none</source>
        <translation>„%1“ ist weniger als %2; lassen Sie das Feld leer für keinen Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>With no name, the map and the pack can only say what kind it is.</source>
        <translation>Ohne Namen können Karte und Dokumentation nur die Art des Elements nennen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative</source>
        <translation type="vanished">„%1“ ist negativ</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&quot;%1&quot; is more than 100 %</source>
        <translation>„%1“ ist mehr als 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>FileSession</name>
    <message>
        <location filename="../models/document/filesession.cpp" line="+53"/>
        <source>Cannot create a new document in %1: %2</source>
        <translation>In %1 kann kein neues Dokument angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="vanished">%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: its working copy in %2 cannot be written: %3.</source>
        <translation type="vanished">%1 kann nicht geöffnet werden: seine Arbeitskopie in %2 kann nicht geschrieben werden: %3.</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation type="vanished">sie ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its folder %1 is read-only</source>
        <translation>ihr Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 cannot be opened: its recovery copy in %2 cannot be written: %3.</source>
        <translation>%1 kann nicht geöffnet werden: seine Wiederherstellungskopie in %2 kann nicht geschrieben werden: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be opened: its journal cannot be copied: %2.</source>
        <translation>%1 kann nicht geöffnet werden: sein Journal kann nicht kopiert werden: %2.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is damaged and cannot be opened (%2). Use a backup copy.</source>
        <translation>%1 ist beschädigt und kann nicht geöffnet werden (%2). Verwenden Sie eine Sicherungskopie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be brought up to date from format %2: %3</source>
        <translation>%1 konnte nicht von Format %2 auf den aktuellen Stand gebracht werden: %3</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>the copy of the older-format file could not be written to %1</source>
        <translation>die Kopie der Datei im älteren Format konnte nicht unter %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>FishboneCategory</name>
    <message>
        <location filename="../models/fishbone/fishbonetree.cpp" line="+25"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>FishboneCause</name>
    <message>
        <location line="+15"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
</context>
<context>
    <name>FishboneDiagram</name>
    <message>
        <location line="-42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>FishboneDrawing</name>
    <message>
        <location filename="../models/fishbone/fishbonedrawing.cpp" line="+91"/>
        <source>%1 (likely)</source>
        <translation>%1 (wahrscheinlich)</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+136"/>
        <source>→ 5 Whys: %1</source>
        <translation>→ 5 Warum: %1</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>EFFECT</source>
        <translation>WIRKUNG</translation>
    </message>
</context>
<context>
    <name>FishboneJson</name>
    <message>
        <source>field &quot;format&quot;: this is not a takt-fishbone file</source>
        <translation type="vanished">Feld „format“: dies ist keine takt-fishbone-Datei</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: version %1 is not one this Takt reads (1)</source>
        <translation type="vanished">Feld „version“: Version %1 liest dieses Takt nicht (1)</translation>
    </message>
    <message>
        <location filename="../models/fishbone/fishbonejson.cpp" line="+29"/>
        <source>the fishbone</source>
        <translation>das Fischgrätendiagramm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>empty; name the fishbone</source>
        <translation>leer; benennen Sie das Fischgrätendiagramm</translation>
    </message>
    <message>
        <source>categories: write a list of categories in [ ]</source>
        <translation type="vanished">categories: schreiben Sie eine Liste von Kategorien in [ ]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a category is written as { }</source>
        <translation>%1: eine Kategorie wird als { } geschrieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: write a list of categories in [ ]</source>
        <translation>%1: schreiben Sie eine Liste von Kategorien in [ ]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>empty; name the category</source>
        <translation>leer; benennen Sie die Kategorie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: write a list of causes in [ ]</source>
        <translation>%1: schreiben Sie eine Liste von Ursachen in [ ]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: causes nested deeper than %2</source>
        <translation>%1: Ursachen tiefer verschachtelt als %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: a cause is written as { }</source>
        <translation>%1: eine Ursache wird als { } geschrieben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>empty; say what could cause the effect</source>
        <translation>leer; sagen Sie, was die Wirkung verursachen könnte</translation>
    </message>
</context>
<context>
    <name>FishboneKind</name>
    <message>
        <location filename="../models/fishbone/fishbonekind.cpp" line="+17"/>
        <source>Gather the possible causes of an effect: Problem ▸ New Fishbone</source>
        <translation>Mögliche Ursachen einer Wirkung sammeln: Problem ▸ Neues Fischgrätendiagramm</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Import fishbone &quot;%1&quot;</source>
        <translation>Fischgrätendiagramm „%1“ importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no fishbone has the id %1</source>
        <translation>kein Fischgrätendiagramm hat die ID %1</translation>
    </message>
    <message>
        <location filename="../models/fishbone/fishbonekind.h" line="+17"/>
        <source>Fishbones</source>
        <translation>Fischgrätendiagramme</translation>
    </message>
</context>
<context>
    <name>FishboneSection</name>
    <message>
        <location filename="../models/fishbone/fishbonesection.cpp" line="+39"/>
        <source>Fishbone: %1</source>
        <translation>Fischgrätendiagramm: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Likely causes</source>
        <translation>Wahrscheinliche Ursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 Whys</source>
        <translation>5 Warum</translation>
    </message>
    <message>
        <location filename="../models/fishbone/fishbonesection.h" line="+17"/>
        <source>Fishbones</source>
        <translation>Fischgrätendiagramme</translation>
    </message>
</context>
<context>
    <name>FishboneTemplates</name>
    <message>
        <location filename="../models/fishbone/fishbonetemplates.cpp" line="+14"/>
        <source>Empty, 6M categories</source>
        <translation>Leer, 6M-Kategorien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty, AI-operations categories</source>
        <translation>Leer, KI-Betriebskategorien</translation>
    </message>
    <message>
        <source>Accuracy dropped after a deployment</source>
        <translation type="vanished">Genauigkeit nach einem Deployment gesunken</translation>
    </message>
    <message>
        <source>Retraining takes weeks</source>
        <translation type="vanished">Nachtraining dauert Wochen</translation>
    </message>
    <message>
        <source>The labeling backlog grows</source>
        <translation type="vanished">Der Labeling-Rückstand wächst</translation>
    </message>
    <message>
        <source>Inference latency over its SLO</source>
        <translation type="vanished">Inferenz-Latenz über ihrem SLO</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accuracy of [model] fell from [__] % to [__] % after [version]</source>
        <translation>Die Genauigkeit von [Modell] fiel nach [Version] von [__] % auf [__] %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production inputs drifted from the training data</source>
        <translation>Produktionsdaten sind von den Trainingsdaten abgedriftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of the new batch are inconsistent</source>
        <translation>Die Labels des neuen Stapels sind uneinheitlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision threshold not re-tuned</source>
        <translation>Entscheidungsschwelle nicht neu eingestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validated on an outdated test set</source>
        <translation>Auf einem veralteten Testdatensatz validiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature pipeline differs between training and serving</source>
        <translation>Feature-Pipeline unterscheidet sich zwischen Training und Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployed without a shadow or canary phase</source>
        <translation>Ohne Schatten- oder Canary-Phase ausgerollt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model owner changed during the release</source>
        <translation>Die Modellverantwortung wechselte während des Releases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No alert on per-segment accuracy</source>
        <translation>Kein Alarm auf die Genauigkeit je Segment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A retraining request takes [__] days; the target is [__]</source>
        <translation>Eine Nachtrainingsanfrage dauert [__] Tage; das Ziel ist [__]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data waits for a full labeling batch</source>
        <translation>Daten warten auf einen vollen Labeling-Stapel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every run retrains from scratch</source>
        <translation>Jeder Lauf trainiert von Grund auf neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training jobs queue for GPUs</source>
        <translation>Trainingsjobs warten auf GPUs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off has no owner</source>
        <translation>Die Freigabe hat keine Verantwortlichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hand-offs by ticket between four teams</source>
        <translation>Übergaben per Ticket zwischen vier Teams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One engineer knows the pipeline</source>
        <translation>Nur eine Person kennt die Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody sees where a request waits</source>
        <translation>Niemand sieht, wo eine Anfrage wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The labeling backlog grew from [__] to [__] items in [__] weeks</source>
        <translation>Der Labeling-Rückstand wuchs in [__] Wochen von [__] auf [__] Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items arrive in large batches</source>
        <translation>Einträge kommen in großen Stapeln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicates are not removed</source>
        <translation>Duplikate werden nicht entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No active learning: every item is labeled</source>
        <translation>Kein Active Learning: jeder Eintrag wird gelabelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labeling tool is slow on large images</source>
        <translation>Das Labeling-Werkzeug ist bei großen Bildern langsam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guidelines are ambiguous, so reviews send work back</source>
        <translation>Die Richtlinien sind mehrdeutig, daher schicken Reviews Arbeit zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labelers are shared with other projects</source>
        <translation>Die Labeler arbeiten auch für andere Projekte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backlog&apos;s age is not measured</source>
        <translation>Das Alter des Rückstands wird nicht gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>p95 latency [__] ms against an SLO of [__] ms</source>
        <translation>p95-Latenz [__] ms gegenüber einem SLO von [__] ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature lookups hit a cold cache</source>
        <translation>Feature-Abfragen treffen einen kalten Cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new model needs more compute per request</source>
        <translation>Das neue Modell braucht mehr Rechenleistung je Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoscaling reacts slower than the load rises</source>
        <translation>Das Autoscaling reagiert langsamer, als die Last steigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Releases skip the load test</source>
        <translation>Releases überspringen den Lasttest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-call does not own the serving stack</source>
        <translation>Die Rufbereitschaft ist nicht für den Serving-Stack zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency is averaged, not measured at p95</source>
        <translation>Die Latenz wird gemittelt, nicht beim p95 gemessen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fishbone</source>
        <translation>Fischgrätendiagramm</translation>
    </message>
</context>
<context>
    <name>FishboneTree</name>
    <message>
        <location filename="../models/fishbone/fishbonetree.cpp" line="+66"/>
        <source>Methods</source>
        <translation>Methoden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Machines</source>
        <translation>Maschinen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Materials</source>
        <translation>Material</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>People</source>
        <translation>Mensch</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Environment</source>
        <translation>Umwelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
</context>
<context>
    <name>FiveWhysAnalysis</name>
    <message>
        <location filename="../models/whys/fivewhystree.cpp" line="-79"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
</context>
<context>
    <name>FiveWhysJson</name>
    <message>
        <source>%1: &quot;%2&quot; is not a field of the takt-whys format</source>
        <translation type="vanished">%1: „%2“ ist kein Feld des Formats takt-whys</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: write text in quotes</source>
        <translation type="vanished">%1, Feld „%2“: schreiben Sie Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1, field &quot;%2&quot;: &quot;%3&quot; is not a date as YYYY-MM-DD</source>
        <translation type="vanished">%1, Feld „%2“: „%3“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>field &quot;format&quot;: this is not a takt-whys file</source>
        <translation type="vanished">Feld „format“: dies ist keine takt-whys-Datei</translation>
    </message>
    <message>
        <source>field &quot;version&quot;: version %1 is not one this Takt reads (1)</source>
        <translation type="vanished">Feld „version“: Version %1 liest dieses Takt nicht (1)</translation>
    </message>
    <message>
        <location filename="../models/whys/fivewhysjson.cpp" line="+36"/>
        <source>the analysis</source>
        <translation>die Analyse</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, field &quot;name&quot;: empty; name the analysis</source>
        <translation>%1, Feld „name“: leer; benennen Sie die Analyse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: write a list of causes in [ ]</source>
        <translation>%1: schreiben Sie eine Liste von Ursachen in [ ]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: causes nested deeper than %2</source>
        <translation>%1: Ursachen tiefer verschachtelt als %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1: write { &quot;map&quot;: …, &quot;item&quot;: …, &quot;figure&quot;: … }</source>
        <translation>%1: { &quot;map&quot;: …, &quot;item&quot;: …, &quot;figure&quot;: … } schreiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: name the map and the figure</source>
        <translation>%1: Karte und Kennzahl nennen</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>%1: a cause is written as { }</source>
        <translation>%1: eine Ursache wird als { } geschrieben</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, field &quot;text&quot;: empty; say why it happens</source>
        <translation>%1, Feld „text“: leer; sagen Sie, warum es geschieht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, field &quot;status&quot;: &quot;%2&quot; is not one of hypothesis, confirmed, ruled_out</source>
        <translation>%1, Feld „status“: „%2“ ist keiner von hypothesis, confirmed, ruled_out</translation>
    </message>
    <message>
        <source>%1, field &quot;root_cause&quot;: write true or false</source>
        <translation type="vanished">%1, Feld „root_cause“: schreiben Sie true oder false</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: write a list of countermeasures in [ ]</source>
        <translation>%1: schreiben Sie eine Liste von Gegenmaßnahmen in [ ]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: a countermeasure is written as { }</source>
        <translation>%1: eine Gegenmaßnahme wird als { } geschrieben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, field &quot;text&quot;: empty; say what is to be tried</source>
        <translation>%1, Feld „text“: leer; sagen Sie, was versucht werden soll</translation>
    </message>
</context>
<context>
    <name>FiveWhysKind</name>
    <message>
        <location filename="../models/whys/fivewhyskind.cpp" line="+17"/>
        <source>Ask why a problem happens: Problem ▸ New 5 Whys</source>
        <translation>Fragen Sie, warum ein Problem auftritt: Problem ▸ Neue 5 Warum</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root causes</source>
        <translation>Grundursachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import 5 Whys &quot;%1&quot;</source>
        <translation>5 Warum „%1“ importieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no 5 Whys has the id %1</source>
        <translation>keine 5-Warum-Analyse hat die ID %1</translation>
    </message>
    <message>
        <location filename="../models/whys/fivewhyskind.h" line="+17"/>
        <source>5 Whys</source>
        <translation>5 Warum</translation>
    </message>
</context>
<context>
    <name>FiveWhysSection</name>
    <message>
        <location filename="../models/whys/fivewhyssection.cpp" line="+47"/>
        <source>5 Whys: %1</source>
        <translation>5 Warum: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chains: %1</source>
        <translation>Ketten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Root cause: %1</source>
        <translation>Grundursache: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (figure: %2)</source>
        <translation>%1 (Kennzahl: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countermeasures</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countermeasure</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect</source>
        <translation>Erwartete Wirkung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open points</source>
        <translation>Offene Punkte</translation>
    </message>
    <message>
        <location filename="../models/whys/fivewhyssection.h" line="+17"/>
        <source>5 Whys</source>
        <translation>5 Warum</translation>
    </message>
</context>
<context>
    <name>FutureState</name>
    <message>
        <location filename="../models/vsm/futurestate.cpp" line="+15"/>
        <source>current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (future state)</source>
        <translation>%1 (Soll-Zustand)</translation>
    </message>
</context>
<context>
    <name>IdeaMatrix</name>
    <message>
        <location filename="../models/ideas/ideamatrix.cpp" line="+97"/>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Major projects</source>
        <translation>Große Projekte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thankless tasks</source>
        <translation>Undankbare Aufgaben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Effort: low → high</source>
        <translation>Aufwand: gering → hoch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impact: low → high</source>
        <translation>Wirkung: gering → hoch</translation>
    </message>
</context>
<context>
    <name>IdeaSection</name>
    <message numerus="yes">
        <location filename="../models/ideas/ideasection.cpp" line="+37"/>
        <source>Ranked by the dots of %1 (%n dot(s) each).</source>
        <translation>
            <numerusform>Geordnet nach den Punkten von %1 (je %n Punkt).</numerusform>
            <numerusform>Geordnet nach den Punkten von %1 (je %n Punkte).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 / %2 (%3)%4</source>
        <translation>%1 / %2 (%3)%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, quick win</source>
        <translation>, schneller Erfolg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected change</source>
        <translation>Erwartete Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact / effort</source>
        <translation>Wirkung / Aufwand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Impact and effort</source>
        <translation>Wirkung und Aufwand</translation>
    </message>
    <message>
        <location filename="../models/ideas/ideasection.h" line="+16"/>
        <source>Kaizen ideas</source>
        <translation>Kaizen-Ideen</translation>
    </message>
</context>
<context>
    <name>IdeasCommandLine</name>
    <message>
        <location filename="../app/ideascommandline.cpp" line="+23"/>
        <source>Lists a document&apos;s kaizen ideas, ranked by the dots of the last closed round.</source>
        <translation>Listet die Kaizen-Ideen eines Dokuments, geordnet nach den Punkten der letzten abgeschlossenen Runde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The .takt document.</source>
        <translation>Das .takt-Dokument.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print CSV, in the ideas&apos; order.</source>
        <translation>CSV ausgeben, in der Reihenfolge der Ideen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Ranked by %1 (%2 dots each)
</source>
        <translation>Geordnet nach %1 (je %2 Punkte)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1 %2: %3; impact %4, effort %5 (%6)%7; %8%9
</source>
        <translation>#%1 %2: %3; Wirkung %4, Aufwand %5 (%6)%7; %8%9
</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, a quick win</source>
        <translation>, ein schneller Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; expected %1</source>
        <translation>; erwartet %1</translation>
    </message>
</context>
<context>
    <name>IdeasKind</name>
    <message>
        <location filename="../models/ideas/ideaskind.cpp" line="+13"/>
        <source>Collect the room&apos;s improvement ideas: Session ▸ New Kaizen Idea</source>
        <translation>Sammeln Sie die Verbesserungsideen des Raums: Sitzung ▸ Neue Kaizen-Idee</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>idea %1: the title is empty</source>
        <translation>Idee %1: der Titel ist leer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>voting, %1: %2</source>
        <translation>Abstimmung, %1: %2</translation>
    </message>
    <message>
        <location filename="../models/ideas/ideaskind.h" line="+18"/>
        <source>Kaizen ideas</source>
        <translation>Kaizen-Ideen</translation>
    </message>
</context>
<context>
    <name>IdeasMenu</name>
    <message>
        <location filename="../views/ideas/ideasfactory.cpp" line="+12"/>
        <source>New &amp;Kaizen Idea</source>
        <translation>Neue &amp;Kaizen-Idee</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../models/common/jsonfields.cpp" line="+18"/>
        <source>%1: &quot;%2&quot; is not a field of the %3 format</source>
        <translation>%1: „%2“ ist kein Feld des Formats %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, field &quot;%2&quot;: %3</source>
        <translation>%1, Feld „%2“: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>write text in quotes</source>
        <translation>schreiben Sie Text in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write true or false</source>
        <translation>schreiben Sie true oder false</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>write a number</source>
        <translation>eine Zahl schreiben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keines von %2</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <location filename="../models/core/jsonobjectreader.cpp" line="+17"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a Takt JSON file is one JSON object, in braces</source>
        <translation>eine Takt-JSON-Datei ist ein einziges JSON-Objekt in geschweiften Klammern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>field &quot;format&quot;: this is not a %1 file</source>
        <translation>Feld „format“: Dies ist keine %1-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>field &quot;version&quot;: version %1 is not one this Takt reads (1)</source>
        <translation>Feld „version“: Version %1 kann dieses Takt nicht lesen (1)</translation>
    </message>
</context>
<context>
    <name>KaizenIdea</name>
    <message>
        <location filename="../models/ideas/kaizenidea.cpp" line="+14"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDCA</source>
        <translation>PDCA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../models/kpi/kpi.cpp" line="+10"/>
        <source>Better when</source>
        <translation>Besser, wenn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline points</source>
        <translation>Punkte der Basis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>KpiChartSection</name>
    <message>
        <location filename="../views/kpi/kpichartsection.h" line="+20"/>
        <source>KPI control charts</source>
        <translation>Regelkarten der Kennzahlen</translation>
    </message>
</context>
<context>
    <name>KpiCommandLine</name>
    <message>
        <location filename="../app/kpicommandline.cpp" line="+45"/>
        <source>Appends the measurements of a CSV file (header Timestamp,Value,Note) to a KPI of a document, both made when absent; all rows or none.</source>
        <translation>Hängt die Messwerte einer CSV-Datei (Kopfzeile Timestamp,Value,Note) an eine Kennzahl eines Dokuments an; beide werden bei Bedarf angelegt; alle Zeilen oder keine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+55"/>
        <source>The .takt document.</source>
        <translation>Das .takt-Dokument.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>The CSV file.</source>
        <translation>Die CSV-Datei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+54"/>
        <source>The KPI&apos;s name.</source>
        <translation>Der Name der Kennzahl.</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+54"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>The unit of a new KPI.</source>
        <translation>Die Einheit einer neuen Kennzahl.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>say which KPI with --kpi NAME</source>
        <translation>geben Sie die Kennzahl mit --kpi NAME an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%1: %n measurement(s) added</source>
        <translation>
            <numerusform>%1: %n Messwert hinzugefügt</numerusform>
            <numerusform>%1: %n Messwerte hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prints a KPI&apos;s XmR chart: its limits (from all points, or per phase), its signals by rule and what they say.</source>
        <translation>Gibt die XmR-Karte einer Kennzahl aus: ihre Grenzen (aus allen Punkten oder je Phase), ihre Signale nach Regel und was sie bedeuten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no KPIs</source>
        <translation>%1 hat keine Kennzahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no KPI named &quot;%2&quot;; its KPIs are %3</source>
        <translation>%1 hat keine Kennzahl namens „%2“; seine Kennzahlen sind %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Measures %1
</source>
        <translation>Misst %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  point %1 (%2): rule %3, %4
</source>
        <translation>  Punkt %1 (%2): Regel %3, %4
</translation>
    </message>
</context>
<context>
    <name>KpiReading</name>
    <message>
        <location filename="../models/kpi/kpireading.cpp" line="+31"/>
        <source>No measurements yet.</source>
        <translation>Noch keine Messwerte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Since the process change of %1:</source>
        <translation>Seit der Prozessänderung vom %1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Predictable between %1 and %2 (centre %3).</source>
        <translation>Vorhersagbar zwischen %1 und %2 (Mittellinie %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Shifted upward since %1: %n point(s) above the centre line.</source>
        <translation>
            <numerusform>Seit %1 nach oben verschoben: %n Punkt über der Mittellinie.</numerusform>
            <numerusform>Seit %1 nach oben verschoben: %n Punkte über der Mittellinie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shifted downward since %1: %n point(s) below the centre line.</source>
        <translation>
            <numerusform>Seit %1 nach unten verschoben: %n Punkt unter der Mittellinie.</numerusform>
            <numerusform>Seit %1 nach unten verschoben: %n Punkte unter der Mittellinie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n point(s) beyond the limits (%1 to %2), the last on %3.</source>
        <translation>
            <numerusform>%n Punkt außerhalb der Grenzen (%1 bis %2), zuletzt am %3.</numerusform>
            <numerusform>%n Punkte außerhalb der Grenzen (%1 bis %2), zuletzt am %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Not predictable: %n signal(s) of a special cause.</source>
        <translation>
            <numerusform>Nicht vorhersagbar: %n Signal einer besonderen Ursache.</numerusform>
            <numerusform>Nicht vorhersagbar: %n Signale besonderer Ursachen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The limits are provisional: they rest on %n point(s), fewer than 10.</source>
        <translation>
            <numerusform>Die Grenzen sind vorläufig: Sie beruhen auf %n Punkt, weniger als 10.</numerusform>
            <numerusform>Die Grenzen sind vorläufig: Sie beruhen auf %n Punkten, weniger als 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiSection</name>
    <message>
        <location filename="../models/kpi/kpisection.cpp" line="+36"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Measures</source>
        <translation>Misst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The map says</source>
        <translation>Die Karte sagt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre line (X̄)</source>
        <translation>Mittellinie (X̄)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Natural process limits</source>
        <translation>Natürliche Prozessgrenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average moving range (mR̄)</source>
        <translation>Mittlere gleitende Spannweite (mR̄)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upper range limit</source>
        <translation>Obere Spannweitengrenze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point %1 (%2, %3): rule %4, %5</source>
        <translation>Punkt %1 (%2, %3): Regel %4, %5</translation>
    </message>
    <message>
        <location filename="../models/kpi/kpisection.h" line="+16"/>
        <source>KPIs and control charts</source>
        <translation>Kennzahlen und Regelkarten</translation>
    </message>
</context>
<context>
    <name>KpisKind</name>
    <message>
        <location filename="../models/kpi/kpiskind.cpp" line="+17"/>
        <source>Measure a KPI: takt kpi import DOC --kpi NAME FILE.csv</source>
        <translation>Eine Kennzahl messen: takt kpi import DOK --kpi NAME DATEI.csv</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>KPI &quot;%1&quot;: a measurement without a valid timestamp</source>
        <translation>Kennzahl „%1“: ein Messwert ohne gültigen Zeitpunkt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>KPI &quot;%1&quot;: measures a figure the example does not have</source>
        <translation>KPI „%1“: misst eine Kennzahl, die das Beispiel nicht hat</translation>
    </message>
    <message>
        <location filename="../models/kpi/kpiskind.h" line="+17"/>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
</context>
<context>
    <name>MapChartsSection</name>
    <message>
        <location filename="../views/vsm/mapchartssection.h" line="+17"/>
        <source>Value stream charts</source>
        <translation>Wertstromdiagramme</translation>
    </message>
    <message>
        <location filename="../views/vsm/mapchartssection.cpp" line="+56"/>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
</context>
<context>
    <name>MapCommandLine</name>
    <message>
        <location filename="../app/mapcommandline.cpp" line="+37"/>
        <source>%1 has no maps</source>
        <translation>%1 enthält keine Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no map named &quot;%2&quot;; its maps are %3</source>
        <translation>%1 enthält keine Karte namens &quot;%2&quot;; vorhanden sind %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;map&quot; needs &quot;import&quot; or &quot;export&quot;</source>
        <translation>&quot;map&quot; erwartet &quot;import&quot; oder &quot;export&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown map command &quot;%1&quot;; use &quot;import&quot; or &quot;export&quot;</source>
        <translation>unbekannter map-Befehl &quot;%1&quot;; verwenden Sie &quot;import&quot; oder &quot;export&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adds a map from a takt-vsm JSON file to a document (created if absent) and prints the map&apos;s name.</source>
        <translation>Fügt einem Dokument (wird bei Bedarf angelegt) eine Karte aus einer takt-vsm-JSON-Datei hinzu und gibt den Namen der Karte aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+34"/>
        <source>The .takt document.</source>
        <translation>Das .takt-Dokument.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>The takt-vsm JSON file.</source>
        <translation>Die takt-vsm-JSON-Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writes one map of a document as takt-vsm JSON.</source>
        <translation>Schreibt eine Karte eines Dokuments als takt-vsm-JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The map&apos;s name.</source>
        <translation>Der Name der Karte.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Write to this file instead of standard output.</source>
        <translation>In diese Datei statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>takt: note: takt-vsm version 1 has no place for %n element(s) of &quot;%1&quot;, left out: %2</source>
        <translation>
            <numerusform>takt: Hinweis: takt-vsm-Version 1 kann %n Element von &quot;%1&quot; nicht abbilden, ausgelassen: %2</numerusform>
            <numerusform>takt: Hinweis: takt-vsm-Version 1 kann %n Elemente von &quot;%1&quot; nicht abbilden, ausgelassen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prints each map&apos;s figures: takt time, lead time, value-added time, flow efficiency, rolled %C&amp;A.</source>
        <translation>Gibt die Kennzahlen jeder Karte aus: Taktzeit, Durchlaufzeit, Wertschöpfungszeit, Flusseffizienz, %C&amp;A kumuliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only this map.</source>
        <translation>Nur diese Karte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One JSON object per map, one per line.</source>
        <translation>Ein JSON-Objekt pro Karte, eines pro Zeile.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>MapElement</name>
    <message>
        <location filename="../models/vsm/mapelement.cpp" line="+17"/>
        <source>Process step</source>
        <translation>Prozessschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory / queue</source>
        <translation>Bestand / Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production control</source>
        <translation>Produktionssteuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipment</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supermarket</source>
        <translation>Supermarkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIFO lane</source>
        <translation>FIFO-Bahn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buffer / safety stock</source>
        <translation>Puffer / Sicherheitsbestand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production kanban</source>
        <translation>Produktionskanban</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawal kanban</source>
        <translation>Entnahmekanban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal kanban</source>
        <translation>Signalkanban</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kanban post</source>
        <translation>Kanban-Sammelstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load levelling</source>
        <translation>Produktionsnivellierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go-see scheduling</source>
        <translation>Go-See-Steuerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kaizen burst</source>
        <translation>Kaizen-Blitz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality problem</source>
        <translation>Qualitätsproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text note</source>
        <translation>Textnotiz</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dedicated</source>
        <translation>Dediziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workcell</source>
        <translation>Arbeitszelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C/T</source>
        <translation>C/T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C/O</source>
        <translation>C/O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operators</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch size</source>
        <translation>Losgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VA</source>
        <translation>VA</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>%C&amp;A</source>
        <translation>%C&amp;A</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>WIP limit</source>
        <translation>WIP-Limit</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>On the timeline</source>
        <translation>Auf der Zeitlinie</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Sharing</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Count</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Demand per day</source>
        <translation>Bedarf pro Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>MapExample</name>
    <message>
        <location filename="../models/vsm/mapexample.cpp" line="+43"/>
        <source>no step named &quot;%1&quot; on &quot;%2&quot;</source>
        <translation>kein Schritt namens &quot;%1&quot; auf der Karte &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>future_state.from names no map</source>
        <translation>future_state.from bezeichnet keine Karte</translation>
    </message>
</context>
<context>
    <name>MapExporter</name>
    <message>
        <location filename="../views/vsm/mapexporter.cpp" line="+81"/>
        <source>%1: choose a file name ending in .png, .svg or .pdf.</source>
        <translation>%1: Wählen Sie einen Dateinamen mit der Endung .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="vanished">%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>MapMetrics</name>
    <message>
        <location filename="../models/vsm/mapmetrics.cpp" line="+145"/>
        <source>%1–%2, n = %3</source>
        <translation>%1–%2, n = %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The flow branches; the timeline follows the longest path.</source>
        <translation>Der Fluss verzweigt sich; die Zeitlinie folgt dem längsten Pfad.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: a count of %2 but no customer demand per day, so its wait is left out.</source>
        <translation>%1: Menge %2, aber kein Kundenbedarf pro Tag – die Wartezeit bleibt daher unberücksichtigt.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Rolled %C&amp;A counts %n step(s) without a %C&amp;A as 100 %.</source>
        <translation>
            <numerusform>%C&amp;A kumuliert rechnet %n Prozessschritt ohne %C&amp;A mit 100 %.</numerusform>
            <numerusform>%C&amp;A kumuliert rechnet %n Prozessschritte ohne %C&amp;A mit 100 %.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the FIFO lane holds %2, more than its maximum of %3.</source>
        <translation>%1: Die FIFO-Bahn enthält %2, mehr als ihr Maximum von %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue &quot;%1&quot; is not in the flow: its %2 is not in the lead time.</source>
        <translation>Warteschlange „%1“ liegt nicht im Fluss: ihre %2 zählen nicht zur Durchlaufzeit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step &quot;%1&quot; is not in the flow: its cycle time of %2 is not in the lead time.</source>
        <translation>Schritt „%1“ liegt nicht im Fluss: seine Zykluszeit von %2 zählt nicht zur Durchlaufzeit.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: value-added time (%2) is longer than the cycle time (%3).</source>
        <translation>%1: Die Wertschöpfungszeit (%2) ist länger als die Zykluszeit (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: uptime is over 100 %.</source>
        <translation>%1: Die Verfügbarkeit liegt über 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %C&amp;A must lie between 0 and 100 %.</source>
        <translation>%1: %C&amp;A muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n step(s) with a cycle time are not on the flow path and are left out of the timeline.</source>
        <translation>
            <numerusform>%n Prozessschritt mit Zykluszeit liegt nicht auf dem Flusspfad und wird in der Zeitlinie nicht berücksichtigt.</numerusform>
            <numerusform>%n Prozessschritte mit Zykluszeit liegen nicht auf dem Flusspfad und werden in der Zeitlinie nicht berücksichtigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Little&apos;s law: %1 units in the queues, but the demand and the lead time imply about %2. Check the counts and the demand.</source>
        <translation>Little’s Law: %1 Stück in den Warteschlangen, aber Bedarf und Durchlaufzeit lassen etwa %2 erwarten. Prüfen Sie die Mengen und den Bedarf.</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <location filename="../models/vsm/painttext.cpp" line="+162"/>
        <source>1 unit</source>
        <translation>1 Stück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 units</source>
        <translation>%1 Stück</translation>
    </message>
    <message>
        <location filename="../models/vsm/elementlayout.cpp" line="+158"/>
        <location filename="../models/vsm/painttext.cpp" line="+8"/>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <location filename="../models/vsm/painttext.cpp" line="+8"/>
        <source>Production control</source>
        <translation>Produktionssteuerung</translation>
    </message>
    <message>
        <location filename="../models/vsm/painticons.cpp" line="+44"/>
        <source>I</source>
        <comment>inventory icon</comment>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../models/vsm/paintconnectors.cpp" line="+61"/>
        <location line="+102"/>
        <location filename="../models/vsm/painticons.cpp" line="+73"/>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <location filename="../models/vsm/painticons.cpp" line="+42"/>
        <source>S</source>
        <comment>signal kanban icon</comment>
        <translation>S</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>XOXO</source>
        <comment>load levelling icon</comment>
        <translation>XOXO</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Aa</source>
        <comment>text note icon</comment>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>P</source>
        <comment>production kanban icon</comment>
        <translation>P</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>W</source>
        <comment>withdrawal kanban icon</comment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../models/vsm/elementlayout.cpp" line="-68"/>
        <source>bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>workcell</source>
        <translation>Arbeitszelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>not in the flow</source>
        <translation>nicht im Fluss</translation>
    </message>
    <message>
        <location filename="../models/vsm/ladderlayout.cpp" line="+77"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VA %1</source>
        <translation>VA %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lead time = %1</source>
        <translation>Durchlaufzeit = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VA = %1</source>
        <translation>VA = %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flow efficiency = %1</source>
        <translation>Flusseffizienz = %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Inventory = %1</source>
        <translation>Bestand = %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change against %1</source>
        <translation>Veränderung gegenüber %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Takt = %1</source>
        <translation>Taktzeit = %1</translation>
    </message>
</context>
<context>
    <name>MapProblem</name>
    <message>
        <location filename="../models/vsm/mapproblem.cpp" line="+20"/>
        <source>A kaizen burst</source>
        <translation>Ein Kaizen-Blitz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A kaizen burst on the map &quot;%1&quot;</source>
        <translation>Ein Kaizen-Blitz in der Karte „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quality problem</source>
        <translation>Ein Qualitätsproblem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quality problem on the map &quot;%1&quot;</source>
        <translation>Ein Qualitätsproblem in der Karte „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cycle time %2 over the takt time of %3</source>
        <translation>%1: Zykluszeit %2 über der Taktzeit von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A step over takt on the map &quot;%1&quot; (lead time %2)</source>
        <translation>Ein Schritt über Takt in der Karte „%1“ (Durchlaufzeit %2)</translation>
    </message>
</context>
<context>
    <name>MapsKind</name>
    <message>
        <location filename="../models/vsm/mapskind.cpp" line="+115"/>
        <source>%1 (%2, better)</source>
        <translation>%1 (%2, besser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, worse)</source>
        <translation>%1 (%2, schlechter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (Teil %2 von %3)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no map has the id %1</source>
        <translation>keine Karte hat die ID %1</translation>
    </message>
    <message>
        <location filename="../models/vsm/mapskind.h" line="+19"/>
        <source>Value stream maps</source>
        <translation>Wertstromkarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No maps yet: use Map ▸ New Map or Map ▸ Import Map.</source>
        <translation>Noch keine Karten: Wählen Sie Karte ▸ Neue Karte oder Karte ▸ Karte importieren.</translation>
    </message>
</context>
<context>
    <name>MapsSection</name>
    <message>
        <location filename="../models/vsm/mapssection.cpp" line="+39"/>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workcell</source>
        <translation>Arbeitszelle</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>This map is too large to print readably in parts (%n pages); its steps follow in the table.</source>
        <translation>
            <numerusform>Diese Karte ist zu groß, um sie lesbar in Teilen zu drucken (%n Seite); ihre Schritte folgen in der Tabelle.</numerusform>
            <numerusform>Diese Karte ist zu groß, um sie lesbar in Teilen zu drucken (%n Seiten); ihre Schritte folgen in der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (part %2 of %3)</source>
        <translation>%1 (Teil %2 von %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data boxes: %1</source>
        <translation>Datenkästen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer demand: %1 per day</source>
        <translation>Kundenbedarf: %1 pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available time: %1 per day</source>
        <translation>Verfügbare Zeit: %1 pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead time = waits + cycle times along the flow; 1 d = 24 h.</source>
        <translation>Durchlaufzeit = Wartezeiten + Zykluszeiten entlang des Flusses; 1 d = 24 h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>Prozessschritte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: measured by &quot;%2&quot;, mean %3, median %4.</source>
        <translation>%1: gemessen von „%2“, Mittelwert %3, Median %4.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2 queued)</source>
        <translation>%1 (%2 wartend)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C/T or wait</source>
        <translation>C/T bzw. Wartezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C/O</source>
        <translation>C/O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%C&amp;A</source>
        <translation>%C&amp;A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VA</source>
        <translation>VA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Weitere</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlighted: cycle time over takt.</source>
        <translation>Hervorgehoben: Zykluszeit über Taktzeit.</translation>
    </message>
    <message>
        <location filename="../models/vsm/mapssection.h" line="+17"/>
        <source>Value stream maps</source>
        <translation>Wertstromkarten</translation>
    </message>
</context>
<context>
    <name>Measurement</name>
    <message>
        <location filename="../models/kpi/measurement.cpp" line="+14"/>
        <source>Timestamp</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process change here</source>
        <translation>Prozessänderung ab hier</translation>
    </message>
</context>
<context>
    <name>MeasurementCsv</name>
    <message>
        <location filename="../models/kpi/measurementcsv.cpp" line="+36"/>
        <source>line %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the header is &quot;%1&quot;; write Timestamp,Value,Note</source>
        <translation>die Kopfzeile ist „%1“; schreiben Sie Timestamp,Value,Note</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;Timestamp&quot;: &quot;%1&quot; is not a date and time; write 2026-03-12 or 2026-03-12T14:30</source>
        <translation>Feld „Timestamp“: „%1“ ist kein Datum mit Uhrzeit; schreiben Sie 2026-03-12 oder 2026-03-12T14:30</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;Value&quot;: &quot;%1&quot; is not a number</source>
        <translation>Feld „Value“: „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>there are no measurements under the header</source>
        <translation>unter der Kopfzeile stehen keine Messwerte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>line %1: &quot;%2&quot; is not a number</source>
        <translation>Zeile %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: &quot;%2&quot; is not a date</source>
        <translation>Zeile %1: „%2“ ist kein Datum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nothing to paste: no values</source>
        <translation>nichts einzufügen: keine Werte</translation>
    </message>
</context>
<context>
    <name>MetricsTable</name>
    <message>
        <location filename="../models/vsm/metricstable.cpp" line="+63"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Takt time</source>
        <translation>Taktzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting (inventory)</source>
        <translation>Wartezeit (Bestand)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process time</source>
        <translation>Prozesszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value-added time</source>
        <translation>Wertschöpfungszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolled %C&amp;A</source>
        <translation>%C&amp;A kumuliert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total inventory</source>
        <translation>Gesamtbestand</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bottleneck</source>
        <translation>Engpass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps over takt</source>
        <translation>Schritte über Taktzeit</translation>
    </message>
</context>
<context>
    <name>MoveCause</name>
    <message>
        <location filename="../models/core/movetreenode.h" line="+27"/>
        <source>Move cause</source>
        <translation>Ursache verschieben</translation>
    </message>
</context>
<context>
    <name>NamedRegister</name>
    <message>
        <location filename="../models/document/namedregister.h" line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <location filename="../models/pack/notessection.cpp" line="+22"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../models/pack/notessection.h" line="+16"/>
        <source>Workshop notes</source>
        <translation>Workshop-Notizen</translation>
    </message>
</context>
<context>
    <name>PackComposer</name>
    <message>
        <location filename="../models/pack/packcomposer.cpp" line="+150"/>
        <source>Session pack</source>
        <translation>Workshop-Dokumentation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made with Takt</source>
        <translation>Erstellt mit Takt</translation>
    </message>
</context>
<context>
    <name>PackExporter</name>
    <message>
        <location filename="../models/pack/packexporter.cpp" line="+59"/>
        <source>This workshop has nothing to report yet.</source>
        <translation>Für diesen Workshop gibt es noch nichts zu berichten.</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+17"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 – session pack</source>
        <translation>%1 – Workshop-Dokumentation</translation>
    </message>
</context>
<context>
    <name>ParkedTopic</name>
    <message>
        <location filename="../models/parkinglot/parkedtopic.cpp" line="+13"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raised by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>geklärt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turned into an action</source>
        <translation>zur Maßnahme gemacht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carried to the agenda</source>
        <translation>auf die Agenda übernommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Raised</source>
        <translation>Eingebracht am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ParkingLotKind</name>
    <message>
        <location filename="../models/parkinglot/parkinglotkind.cpp" line="+14"/>
        <source>Park a topic that would derail the agenda: Session ▸ Park a Topic</source>
        <translation>Parken Sie ein Thema, das die Agenda sprengen würde: Sitzung ▸ Thema parken</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>parking lot topic %1: the topic is empty</source>
        <translation>Themenspeicher, Thema %1: das Thema ist leer</translation>
    </message>
    <message>
        <location filename="../models/parkinglot/parkinglotkind.h" line="+18"/>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
</context>
<context>
    <name>ParkingLotMenu</name>
    <message>
        <location filename="../views/parkinglot/parkinglotfactory.cpp" line="+14"/>
        <source>Park a &amp;Topic</source>
        <translation>&amp;Thema parken</translation>
    </message>
</context>
<context>
    <name>ParkingLotSection</name>
    <message>
        <location filename="../models/parkinglot/parkinglotsection.cpp" line="+31"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised by</source>
        <translation>Eingebracht von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation>Eingebracht am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/parkinglot/parkinglotsection.h" line="+16"/>
        <source>Parking lot</source>
        <translation>Themenspeicher</translation>
    </message>
</context>
<context>
    <name>Participant</name>
    <message>
        <location filename="../models/attendance/participant.cpp" line="-39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 1</source>
        <translation>Tag 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 2</source>
        <translation>Tag 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 3</source>
        <translation>Tag 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 4</source>
        <translation>Tag 4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day 5</source>
        <translation>Tag 5</translation>
    </message>
</context>
<context>
    <name>PdcaStep</name>
    <message>
        <location filename="../models/a3/a3report.cpp" line="+14"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../views/pack/printpreview.cpp" line="+17"/>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
</context>
<context>
    <name>RecoverySession</name>
    <message>
        <location filename="../models/document/recoverysession.cpp" line="+50"/>
        <source>Cannot create the recovery folder %1.</source>
        <translation>Der Wiederherstellungsordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <location filename="../models/document/schema.cpp" line="+24"/>
        <source>the ids&apos; mark cannot be written</source>
        <translation>die Marke der IDs kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+7"/>
        <source>format %1: %2</source>
        <translation>Format %1: %2</translation>
    </message>
</context>
<context>
    <name>SlideExporter</name>
    <message>
        <location filename="../models/pack/slideexporter.cpp" line="+25"/>
        <source>%1 was not written: the workshop has nothing to present yet.</source>
        <translation>%1 wurde nicht geschrieben: der Workshop hat noch nichts zu präsentieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+16"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <location filename="../models/document/sqlconnection.cpp" line="+43"/>
        <source>SQLite defensive mode is not available</source>
        <translation>der defensive Modus von SQLite ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../app/startup.cpp" line="+68"/>
        <source>an untitled document</source>
        <translation>ein unbenanntes Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+18"/>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Takt closed unexpectedly while %1 had unsaved changes (last written %2).</source>
        <translation>Takt wurde unerwartet beendet, während %1 ungespeicherte Änderungen hatte (zuletzt gesichert %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover opens the document with those changes; saving it then writes them to the file. Discard deletes them for good.</source>
        <translation>Wiederherstellen öffnet das Dokument mit diesen Änderungen; beim Speichern werden sie in die Datei geschrieben. Verwerfen löscht sie endgültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask &amp;Later</source>
        <translation>&amp;Später fragen</translation>
    </message>
    <message>
        <source>Takt</source>
        <translation type="vanished">Takt</translation>
    </message>
</context>
<context>
    <name>StepTemplates</name>
    <message>
        <location filename="../models/vsm/steptemplates.cpp" line="+38"/>
        <source>Data ingestion</source>
        <translation>Datenaufnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingest</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>batch ETL</source>
        <translation>Batch-ETL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data validation</source>
        <translation>Datenvalidierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validate</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labeling</source>
        <translation>Labeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Labeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature engineering</source>
        <translation>Feature Engineering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Features</source>
        <translation>Features</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPU hours</source>
        <translation>GPU-Stunden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation</source>
        <translation>Evaluierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval gate</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deploy</source>
        <translation>Ausrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring</source>
        <translation>Monitoring</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitor</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inference</source>
        <translation>Inferenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Infer</source>
        <translation>Inferenz</translation>
    </message>
</context>
<context>
    <name>TableStore</name>
    <message>
        <location filename="../models/document/tablestore.cpp" line="+128"/>
        <source>%1 %2 has an unknown %3 &quot;%4&quot;</source>
        <translation>%1 %2 hat den unbekannten Wert %3 „%4“</translation>
    </message>
    <message>
        <location filename="../models/document/workshoprecord.cpp" line="+27"/>
        <source>the workshop row is missing</source>
        <translation>der Workshop-Datensatz fehlt</translation>
    </message>
</context>
<context>
    <name>Takt::A3Actions</name>
    <message>
        <location filename="../views/a3/a3actions.cpp" line="+23"/>
        <source>New &amp;A3</source>
        <translation>Neuer &amp;A3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Next PDCA Stage…</source>
        <translation>&amp;Nächste PDCA-Phase…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask W&amp;hy of the A3…</source>
        <translation>&amp;Warum fragen zum A3…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save A3 as &amp;Image…</source>
        <translation>A3 als &amp;Bild speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete A&amp;3</source>
        <translation>A&amp;3 löschen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New A3 &quot;%1&quot;</source>
        <translation>Neuer A3 „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the goal&apos;s figure</source>
        <translation>die Kennzahl des Ziels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no target set)</source>
        <translation>(kein Zielwert gesetzt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What does %1 measure now? The target is %2.</source>
        <translation>Welchen Wert hat %1 jetzt? Der Zielwert ist %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This A3 is done.</source>
        <translation>Dieser A3 ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is the countermeasure the new standard, or does the problem need another turn of PDCA?</source>
        <translation>Ist die Gegenmaßnahme der neue Standard, oder braucht das Problem eine weitere PDCA-Runde?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standardised: Done</source>
        <translation>Standardisiert: Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another Turn: Plan</source>
        <translation>Weitere Runde: Plan</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The result misses the target. Reopen the analysis? The A3 goes back to Plan and the %n confirmed root cause(s) of its analysis are marked as not confirmed by the result.</source>
        <translation>
            <numerusform>Das Ergebnis verfehlt das Ziel. Die Analyse wieder öffnen? Der A3 geht zurück zu Plan, und die %n bestätigte Grundursache seiner Analyse wird als durch das Ergebnis nicht bestätigt markiert.</numerusform>
            <numerusform>Das Ergebnis verfehlt das Ziel. Die Analyse wieder öffnen? Der A3 geht zurück zu Plan, und die %n bestätigten Grundursachen seiner Analyse werden als durch das Ergebnis nicht bestätigt markiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The result misses the target. Reopen the analysis? The A3 goes back to Plan.</source>
        <translation>Das Ergebnis verfehlt das Ziel. Die Analyse wieder öffnen? Der A3 geht zurück zu Plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target missed</source>
        <translation>Ziel verfehlt</translation>
    </message>
    <message>
        <source>The result misses the target. Reopen the analysis? The A3 goes back to Plan and its root causes are marked as not confirmed by the result.</source>
        <translation type="vanished">Das Ergebnis verfehlt das Ziel. Die Analyse wieder öffnen? Der A3 geht zurück zu Plan, und seine Grundursachen werden als durch das Ergebnis nicht bestätigt markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen the Analysis</source>
        <translation>Analyse wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay in Check</source>
        <translation>In Check bleiben</translation>
    </message>
</context>
<context>
    <name>Takt::A3Editor</name>
    <message>
        <location filename="../views/a3/a3editor.cpp" line="+29"/>
        <source>A3 sheet</source>
        <translation>A3-Blatt</translation>
    </message>
</context>
<context>
    <name>Takt::A3Panel</name>
    <message>
        <location filename="../views/a3/a3panel.cpp" line="+49"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the sheet</source>
        <translation>Auf dem Blatt gezeigt</translation>
    </message>
    <message>
        <source>Current condition shows</source>
        <translation type="vanished">Ist-Zustand zeigt</translation>
    </message>
    <message>
        <source>Root-cause analysis shows</source>
        <translation type="vanished">Ursachenanalyse zeigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDCA</source>
        <translation>PDCA</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (not in this workshop)</source>
        <translation>%1 (nicht in diesem Workshop)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: Problem ▸ Next PDCA Stage (%1).</source>
        <translation>Weiter: Problem ▸ Nächste PDCA-Phase (%1).</translation>
    </message>
    <message>
        <source>Next: Problem ▸ Next PDCA Stage (Ctrl+Shift+N).</source>
        <translation type="vanished">Weiter: Problem ▸ Nächste PDCA-Phase (Strg+Umschalt+N).</translation>
    </message>
</context>
<context>
    <name>Takt::A3SectionEditor</name>
    <message>
        <location filename="../views/a3/a3sectioneditor.cpp" line="+64"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section text</source>
        <translation>Text des Abschnitts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click a box of the sheet to edit it. Its text is saved as you type.</source>
        <translation>Ein Feld des Blatts anklicken, um es zu bearbeiten. Der Text wird beim Tippen gespeichert.</translation>
    </message>
</context>
<context>
    <name>Takt::A3Store</name>
    <message>
        <location filename="../models/a3/a3store.cpp" line="+134"/>
        <source>Delete A3 &quot;%1&quot;</source>
        <translation>A3 „%1“ löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Move &quot;%1&quot; to %2</source>
        <translation>„%1“ nach %2 verschieben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reopened: the check missed the target</source>
        <translation>Wieder geöffnet: der Check hat das Ziel verfehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened: %1 measured %2 against the target %3</source>
        <translation>Wieder geöffnet: %1 gemessen %2 gegenüber dem Zielwert %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reopen the analysis of &quot;%1&quot;</source>
        <translation>Analyse von „%1“ wieder öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not confirmed by the result: the check of A3 &quot;%1&quot; on %2 missed its target.</source>
        <translation>Durch das Ergebnis nicht bestätigt: der Check des A3 „%1“ am %2 hat sein Ziel verfehlt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ask why of &quot;%1&quot;</source>
        <translation>Warum fragen zu „%1“</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1, %2 %3 → %4</source>
        <translation>%1, %2 %3 → %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, target met (%2)</source>
        <translation>%1, Ziel erreicht (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, target missed (%2)</source>
        <translation>%1, Ziel verfehlt (%2)</translation>
    </message>
    <message>
        <source>, target met (%1)</source>
        <translation type="vanished">, Ziel erreicht (%1)</translation>
    </message>
    <message>
        <source>, target missed (%1)</source>
        <translation type="vanished">, Ziel verfehlt (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: PDCA stage %2</source>
        <translation>%1: PDCA-Phase %2</translation>
    </message>
</context>
<context>
    <name>Takt::ActionImportDialog</name>
    <message>
        <location filename="../views/actions/actionimportdialog.cpp" line="+26"/>
        <source>Import Actions</source>
        <translation>Maßnahmen importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Read Again</source>
        <translation>&amp;Neu lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the file again, after fixing it</source>
        <translation>Die Datei neu lesen, nachdem sie berichtigt wurde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 holds %n action(s). Import them?</source>
        <translation>
            <numerusform>%1 enthält %n Maßnahme. Importieren?</numerusform>
            <numerusform>%1 enthält %n Maßnahmen. Importieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 cannot be imported as it is: %n problem(s). Nothing is imported until the file is right; fix it and read it again.</source>
        <translation>
            <numerusform>%1 kann so nicht importiert werden: %n Problem. Nichts wird importiert, bis die Datei stimmt; berichtigen Sie sie und lesen Sie sie neu.</numerusform>
            <numerusform>%1 kann so nicht importiert werden: %n Probleme. Nichts wird importiert, bis die Datei stimmt; berichtigen Sie sie und lesen Sie sie neu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ActionRegisterEditor</name>
    <message>
        <location filename="../views/actions/actionregistereditor.cpp" line="+35"/>
        <source>Filter: what, owner, source…</source>
        <translation>Filter: Was, Verantwortlich, Herkunft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the actions</source>
        <translation>Maßnahmen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which actions to show</source>
        <translation>Welche Maßnahmen gezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All actions</source>
        <translation>Alle Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>⚠ %1 (overdue)</source>
        <translation type="obsolete">⚠ %1 (überfällig)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>(no owner)</source>
        <translation>(niemand verantwortlich)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 open (%3 overdue)</source>
        <translation>%1: %2 offen (%3 überfällig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 open</source>
        <translation>%1: %2 offen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No open actions.</source>
        <translation>Keine offenen Maßnahmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open per owner: %1</source>
        <translation>Offen je verantwortliche Person: %1</translation>
    </message>
</context>
<context>
    <name>Takt::ActionStore</name>
    <message numerus="yes">
        <location filename="../models/actions/actionstore.cpp" line="+55"/>
        <source>Add %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme hinzufügen</numerusform>
            <numerusform>%n Maßnahmen hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change Source</source>
        <translation>Herkunft ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Action register</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%n action(s), %1 open</source>
        <translation>
            <numerusform>%n Maßnahme, %1 offen</numerusform>
            <numerusform>%n Maßnahmen, %1 offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n überfällig</numerusform>
            <numerusform>, %n überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ActionTableModel</name>
    <message>
        <source>%1 ⚠ overdue</source>
        <translation type="vanished">%1 ⚠ überfällig</translation>
    </message>
    <message>
        <location filename="../models/actions/actiontablemodel.cpp" line="+42"/>
        <source>⚠ %1 (overdue)</source>
        <translation>⚠ %1 (überfällig)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 ⚠ the owner</source>
        <translation>%1 ⚠ die verantwortliche Person</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The owner verifies their own action: ask someone else to check it.</source>
        <translation>Die verantwortliche Person prüft ihre eigene Maßnahme: Bitten Sie jemand anderen, sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (linked: double-click to open it)</source>
        <translation>%1 (verknüpft: Doppelklick öffnet es)</translation>
    </message>
</context>
<context>
    <name>Takt::ActionsMenu</name>
    <message>
        <location filename="../views/actions/actionsmenu.cpp" line="+27"/>
        <source>&amp;Actions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Action</source>
        <translation>&amp;Neue Maßnahme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Import Actions (CSV)…</source>
        <translation>Maßnahmen &amp;importieren (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export Actions (CSV)…</source>
        <translation type="vanished">Maßnahmen &amp;exportieren (CSV)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export Actions (CSV or iCalendar)…</source>
        <translation>Maßnahmen &amp;exportieren (CSV oder iCalendar)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Actions</source>
        <translation>Maßnahmen importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions (*.csv);;All files (*)</source>
        <translation>Maßnahmen (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation type="vanished">%1: %2. Nichts wurde importiert.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Bring In Open Actions of an Earlier Workshop…</source>
        <translation>Offene Maßnahmen eines früheren Workshops &amp;übernehmen…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Imported %n action(s) from %1</source>
        <translation>
            <numerusform>%n Maßnahme aus %1 importiert</numerusform>
            <numerusform>%n Maßnahmen aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Bring In Open Actions</source>
        <translation>Offene Maßnahmen übernehmen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Takt workshops (*.takt)</source>
        <translation>Takt-Workshops (*.takt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1

Nothing was brought in.</source>
        <translation>%1

Es wurde nichts übernommen.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Brought in %n open action(s) from %1</source>
        <translation>
            <numerusform>%n offene Maßnahme aus %1 übernommen</numerusform>
            <numerusform>%n offene Maßnahmen aus %1 übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n already in the register</source>
        <translation>
            <numerusform>; %n bereits im Maßnahmenplan</numerusform>
            <numerusform>; %n bereits im Maßnahmenplan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Export Actions</source>
        <translation>Maßnahmen exportieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>actions.csv</source>
        <translation>massnahmen.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv);;iCalendar to-dos (*.ics)</source>
        <translation>CSV (*.csv);;iCalendar-Aufgaben (*.ics)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="vanished">CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
</context>
<context>
    <name>Takt::AgendaEditor</name>
    <message>
        <location filename="../views/agenda/agendaeditor.cpp" line="+29"/>
        <source>Filter: item, who, about…</source>
        <translation>Filter: Punkt, wer, betrifft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the agenda</source>
        <translation>Agenda filtern</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Day of the items typed next</source>
        <translation>Tag der als Nächstes eingegebenen Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the items typed below go to</source>
        <translation>Der Tag, auf den die unten eingegebenen Punkte kommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New items on &amp;day:</source>
        <translation>Neue Punkte an &amp;Tag:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type an item: title, minutes, led by — and press Enter</source>
        <translation>Punkt eingeben: Titel, Minuten, geleitet von – und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New agenda item</source>
        <translation>Neuer Agendapunkt</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+33"/>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Start</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Start or pause the timer of the current item</source>
        <translation>Den Timer des aktuellen Punkts starten oder anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+1 min</source>
        <translation>+1 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One more minute for this item</source>
        <translation>Eine Minute mehr für diesen Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+5 min</source>
        <translation>+5 Min.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Five more minutes for this item</source>
        <translation>Fünf Minuten mehr für diesen Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Item ▸</source>
        <translation>&amp;Nächster Punkt ▸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this item&apos;s time and start the next</source>
        <translation>Die Zeit dieses Punkts festhalten und den nächsten starten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Presenter View</source>
        <translation>&amp;Präsentationsansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timer full screen on the projector</source>
        <translation>Der Timer bildschirmfüllend auf dem Projektor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>❚❚ &amp;Pause</source>
        <translation>❚❚ &amp;Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timer: no item running</source>
        <translation>Timer: kein Punkt läuft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 over time</source>
        <translation>%1: %2 über der Zeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda: %1</source>
        <translation>Agenda: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say how long it takes: “title, minutes, led by”, e.g. “Coffee break, 15”.</source>
        <translation>Geben Sie die Dauer an: „Titel, Minuten, geleitet von“, z. B. „Kaffeepause, 15“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the item&apos;s title first.</source>
        <translation>Geben Sie zuerst den Titel des Punkts ein.</translation>
    </message>
    <message>
        <source>Planned time: %1</source>
        <translation type="vanished">Geplante Zeit: %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Day %1: planned %2, actual %3</source>
        <translation>Tag %1: geplant %2, tatsächlich %3</translation>
    </message>
</context>
<context>
    <name>Takt::AgendaMenu</name>
    <message>
        <location filename="../views/agenda/agendafactory.cpp" line="+28"/>
        <source>New A&amp;genda Item</source>
        <translation>Neuer A&amp;gendapunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start or Pause the &amp;Timer</source>
        <translation>&amp;Timer starten oder anhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ne&amp;xt Agenda Item</source>
        <translation>Nä&amp;chster Agendapunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;resenter View</source>
        <translation>P&amp;räsentationsansicht</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Timer: %1, %2</source>
        <translation>Timer: %1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer: %1, %2 (paused)</source>
        <translation>Timer: %1, %2 (angehalten)</translation>
    </message>
    <message>
        <source>P&amp;resenter Timer</source>
        <translation type="vanished">P&amp;räsentations-Timer</translation>
    </message>
</context>
<context>
    <name>Takt::AgendaStore</name>
    <message numerus="yes">
        <location filename="../models/agenda/agendastore.cpp" line="+30"/>
        <source>Add %n agenda item(s)</source>
        <translation>
            <numerusform>%n Agendapunkt hinzufügen</numerusform>
            <numerusform>%n Agendapunkte hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n agenda item(s)</source>
        <translation>
            <numerusform>%n Agendapunkt löschen</numerusform>
            <numerusform>%n Agendapunkte löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change About</source>
        <translation>„Betrifft“ ändern</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>on time</source>
        <translation>im Plan</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n Min. im Verzug</numerusform>
            <numerusform>%n Min. im Verzug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n Min. voraus</numerusform>
            <numerusform>%n Min. voraus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> over %n day(s)</source>
        <translation>
            <numerusform> über %n Tag</numerusform>
            <numerusform> über %n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::AgendaTableModel</name>
    <message>
        <location filename="../models/agenda/agendatablemodel.cpp" line="+44"/>
        <source>▶ %1 (now)</source>
        <translation>▶ %1 (jetzt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2%3)</source>
        <translation>%1 (%2%3)</translation>
    </message>
</context>
<context>
    <name>Takt::AttendanceEditor</name>
    <message>
        <location filename="../views/attendance/attendanceeditor.cpp" line="+24"/>
        <source>Days of the workshop</source>
        <translation>Tage des Workshops</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many days the workshop has: one attendance column each</source>
        <translation>Wie viele Tage der Workshop hat: je eine Anwesenheitsspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop &amp;days:</source>
        <translation>Workshop&amp;tage:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter: name, role, team…</source>
        <translation>Filter: Name, Rolle, Team…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the participants</source>
        <translation>Teilnehmende filtern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a participant: name, role, team — and press Enter</source>
        <translation>Teilnehmende eingeben: Name, Rolle, Team – und Eingabetaste drücken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New participant</source>
        <translation>Neue Teilnehmerin oder neuer Teilnehmer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the participant&apos;s name first.</source>
        <translation>Geben Sie zuerst den Namen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is already in the attendance.</source>
        <translation>%1 steht bereits in der Anwesenheit.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Day %1: all %2 present</source>
        <translation>Tag %1: alle %2 anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day %1: %2 present, absent: %3</source>
        <translation>Tag %1: %2 anwesend, abwesend: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende(r)</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::AttendanceMenu</name>
    <message>
        <source>&amp;Session</source>
        <translation type="vanished">&amp;Sitzung</translation>
    </message>
    <message>
        <location filename="../views/attendance/attendancemenu.cpp" line="+25"/>
        <source>New &amp;Participant</source>
        <translation>Neue &amp;Teilnehmende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import A&amp;ttendance (CSV)…</source>
        <translation>&amp;Anwesenheit importieren (CSV)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+11"/>
        <source>Import Attendance</source>
        <translation>Anwesenheit importieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Attendance (*.csv *.txt);;All files (*)</source>
        <translation>Anwesenheit (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="vanished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n participant(s) from %1</source>
        <translation>
            <numerusform>%n Teilnehmende(r) aus %1 importiert</numerusform>
            <numerusform>%n Teilnehmende aus %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n already there</source>
        <translation>
            <numerusform>; %n bereits vorhanden</numerusform>
            <numerusform>; %n bereits vorhanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::AttendanceStore</name>
    <message numerus="yes">
        <location filename="../models/attendance/attendancestore.cpp" line="+57"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende(n) hinzufügen</numerusform>
            <numerusform>%n Teilnehmende hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende(n) löschen</numerusform>
            <numerusform>%n Teilnehmende löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Workshop of %n day(s)</source>
        <translation>
            <numerusform>Workshop von %n Tag</numerusform>
            <numerusform>Workshop von %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmende(r)</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>day %1: %2 present</source>
        <translation>Tag %1: %2 anwesend</translation>
    </message>
</context>
<context>
    <name>Takt::AttendanceTableModel</name>
    <message>
        <location filename="../models/attendance/attendancetablemodel.cpp" line="+18"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absent</source>
        <translation>abwesend</translation>
    </message>
</context>
<context>
    <name>Takt::ChartView</name>
    <message>
        <location filename="../views/editor/chartview.cpp" line="+38"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Drag a rectangle, turn the wheel or press + and − to zoom; 0 or a double-click shows it all; right-click to save it as an image</source>
        <translation>Rechteck ziehen, Mausrad drehen oder + und − drücken zum Zoomen; 0 oder ein Doppelklick zeigt alles; Rechtsklick, um es als Bild zu speichern</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Save as &amp;Image…</source>
        <translation>Als &amp;Bild speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;All</source>
        <translation>&amp;Alles zeigen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: choose a .png or an .svg file.</source>
        <translation>%1: Wählen Sie eine .png- oder .svg-Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Save Chart as Image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>Takt::DateField</name>
    <message>
        <location filename="../views/editor/datefield.cpp" line="+19"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a date, e.g. %1 or %2, or leave it empty for none.</source>
        <translation>Geben Sie ein Datum ein, z. B. %1 oder %2, oder lassen Sie das Feld leer für keines.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the date from a calendar (Alt+Down)</source>
        <translation>Das Datum aus einem Kalender wählen (Alt+Nach-unten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
</context>
<context>
    <name>Takt::DecisionLogEditor</name>
    <message>
        <location filename="../views/decisions/decisionlogeditor.cpp" line="+20"/>
        <source>Filter: decision, who, about…</source>
        <translation>Filter: Entscheidung, wer, betrifft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the decisions</source>
        <translation>Entscheidungen filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type what was decided, and press Enter</source>
        <translation>Geben Sie ein, was entschieden wurde, und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New decision</source>
        <translation>Neue Entscheidung</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source> · %n without who decided</source>
        <translation>
            <numerusform> · %n ohne Entscheider</numerusform>
            <numerusform> · %n ohne Entscheider</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::DecisionStore</name>
    <message numerus="yes">
        <location filename="../models/decisions/decisionstore.cpp" line="+21"/>
        <source>Add %n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung hinzufügen</numerusform>
            <numerusform>%n Entscheidungen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung löschen</numerusform>
            <numerusform>%n Entscheidungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change About</source>
        <translation>„Betrifft“ ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n Entscheidung</numerusform>
            <numerusform>%n Entscheidungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::DiagramView</name>
    <message>
        <location filename="../views/editor/diagramview.cpp" line="+205"/>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Save Diagram as Image</source>
        <translation>Diagramm als Bild speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Takt::Document</name>
    <message>
        <location filename="../models/document/document.cpp" line="+60"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Your latest edits could not be written to the recovery copy %1: %2. Save the document to keep them.</source>
        <translation>Ihre letzten Änderungen konnten nicht in die Wiederherstellungskopie %1 geschrieben werden: %2. Speichern Sie das Dokument, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 could not be saved: %2. The file on disk is unchanged; your work is still open.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Die Datei auf dem Datenträger ist unverändert; Ihre Arbeit ist weiterhin geöffnet.</translation>
    </message>
</context>
<context>
    <name>Takt::FacilitationTimer</name>
    <message>
        <location filename="../models/agenda/facilitationtimer.cpp" line="+129"/>
        <source>Record the Time of “%1”</source>
        <translation>Zeit von „%1“ festhalten</translation>
    </message>
</context>
<context>
    <name>Takt::FigureEdit</name>
    <message>
        <location filename="../views/vsm/figureedit.cpp" line="+16"/>
        <source>e.g. 45 min, 2 h, 1.5 d</source>
        <translation>z. B. 45 min; 2 h; 1,5 d</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 90 %</source>
        <translation>z. B. 90 %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
</context>
<context>
    <name>Takt::FishboneActions</name>
    <message>
        <location filename="../views/fishbone/fishboneactions.cpp" line="+20"/>
        <source>New &amp;Fishbone</source>
        <translation>Neues &amp;Fischgrätendiagramm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark &amp;Likely</source>
        <translation>Als &amp;wahrscheinlich markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask &amp;Why…</source>
        <translation>&amp;Warum fragen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Fishbone as &amp;Image…</source>
        <translation>Fischgrätendiagramm als &amp;Bild speichern …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete Fis&amp;hbone</source>
        <translation>Fischgrätendiagramm &amp;löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New fishbone &quot;%1&quot;</source>
        <translation>Neues Fischgrätendiagramm „%1“</translation>
    </message>
</context>
<context>
    <name>Takt::FishboneEditor</name>
    <message>
        <location filename="../views/fishbone/fishboneeditor.cpp" line="+33"/>
        <source>Fishbone diagram</source>
        <translation>Fischgrätendiagramm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter: next category or cause · Ctrl+Enter: a cause under it · Tab / Shift+Tab: nest · Alt+↑↓: move · Ctrl+L: likely</source>
        <translation>Eingabe: nächste Kategorie oder Ursache · Strg+Eingabe: eine Ursache darunter · Tab / Umschalt+Tab: einrücken · Alt+↑↓: verschieben · Strg+L: wahrscheinlich</translation>
    </message>
</context>
<context>
    <name>Takt::FishboneModel</name>
    <message>
        <location filename="../models/fishbone/fishbonemodel.h" line="+30"/>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <location filename="../models/fishbone/fishbonemodel.cpp" line="+244"/>
        <source>Category and cause</source>
        <translation>Kategorie und Ursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 Whys</source>
        <translation>5 Warum</translation>
    </message>
</context>
<context>
    <name>Takt::FishboneOutlineView</name>
    <message>
        <location filename="../views/fishbone/fishboneoutlineview.cpp" line="+15"/>
        <source>Categories and causes</source>
        <translation>Kategorien und Ursachen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>New cause</source>
        <translation>Neue Ursache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a category first: causes sit on its bone.</source>
        <translation>Zuerst eine Kategorie wählen: Ursachen sitzen auf ihrer Gräte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The first cause has no cause above to go under.</source>
        <translation>Die erste Ursache hat keine Ursache darüber, unter die sie rücken kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A cause on the bone itself cannot go higher.</source>
        <translation>Eine Ursache direkt auf der Gräte kann nicht höher rücken.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a cause to mark it likely.</source>
        <translation>Eine Ursache wählen, um sie als wahrscheinlich zu markieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a cause to ask why it happens.</source>
        <translation>Eine Ursache wählen, um nach ihrem Warum zu fragen.</translation>
    </message>
</context>
<context>
    <name>Takt::FishbonePanel</name>
    <message>
        <location filename="../views/fishbone/fishbonepanel.cpp" line="+24"/>
        <source>Fishbone</source>
        <translation>Fischgrätendiagramm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>A category: Ctrl+Enter adds a cause to its bone.</source>
        <translation>Eine Kategorie: Strg+Eingabe fügt ihrer Gräte eine Ursache hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a cause in the outline or the diagram.</source>
        <translation>Eine Ursache in der Gliederung oder im Diagramm wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked likely.</source>
        <translation>Als wahrscheinlich markiert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not marked likely (Ctrl+L).</source>
        <translation>Nicht als wahrscheinlich markiert (Strg+L).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>5 Whys: %1</source>
        <translation>5 Warum: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask why it happens: Problem ▸ Ask Why… (Ctrl+Shift+Y).</source>
        <translation>Nach dem Warum fragen: Problem ▸ Warum fragen … (Strg+Umschalt+Y).</translation>
    </message>
</context>
<context>
    <name>Takt::FishboneStore</name>
    <message>
        <location filename="../models/fishbone/fishbonestore.cpp" line="+152"/>
        <source>Delete fishbone &quot;%1&quot;</source>
        <translation>Fischgrätendiagramm „%1“ löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Add category</source>
        <translation>Kategorie hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete category &quot;%1&quot;</source>
        <translation>Kategorie „%1“ löschen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Move category &quot;%1&quot;</source>
        <translation>Kategorie „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add cause</source>
        <translation>Ursache hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete cause &quot;%1&quot;</source>
        <translation>Ursache „%1“ löschen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Mark &quot;%1&quot; as likely</source>
        <translation>„%1“ als wahrscheinlich markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmark &quot;%1&quot; as likely</source>
        <translation>Markierung „wahrscheinlich“ von „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask why “%1”</source>
        <translation>Warum „%1“?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A likely cause (%1) of: %2</source>
        <translation>Eine wahrscheinliche Ursache (%1) von: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A possible cause (%1) of: %2</source>
        <translation>Eine mögliche Ursache (%1) von: %2</translation>
    </message>
    <message>
        <source>A likely cause of: %1</source>
        <translation type="vanished">Eine wahrscheinliche Ursache von: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n Ursache</numerusform>
            <numerusform>%n Ursachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n likely</source>
        <translation>
            <numerusform>, %n wahrscheinlich</numerusform>
            <numerusform>, %n wahrscheinlich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::FiveWhysEditor</name>
    <message>
        <location filename="../views/whys/fivewhyseditor.cpp" line="+39"/>
        <source>5 Whys tree diagram</source>
        <translation>5-Warum-Baumdiagramm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guidance</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter: next cause · Ctrl+Enter: why? · Tab / Shift+Tab: nest · Alt+↑↓: move · Ctrl+R: root cause · Ctrl+K: evidence status</source>
        <translation>Eingabe: nächste Ursache · Strg+Eingabe: warum? · Tab / Umschalt+Tab: einrücken · Alt+↑↓: verschieben · Strg+R: Grundursache · Strg+K: Belegstatus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Guidance: read each chain back to the room</source>
        <translation>Hinweise: jede Kette dem Raum rückwärts vorlesen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open point: %1</source>
        <translation>Offener Punkt: %1</translation>
    </message>
    <message>
        <source>Read back</source>
        <translation type="vanished">Rückwärts gelesen</translation>
    </message>
    <message>
        <source>Open point</source>
        <translation type="vanished">Offener Punkt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask why the problem happens: press Enter in the outline.</source>
        <translation>Fragen Sie, warum das Problem auftritt: Eingabe in der Gliederung drücken.</translation>
    </message>
</context>
<context>
    <name>Takt::FiveWhysModel</name>
    <message>
        <location filename="../models/whys/fivewhysmodel.cpp" line="+128"/>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <location filename="../models/whys/fivewhysmodel.h" line="+29"/>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location filename="../models/whys/fivewhysmodel.cpp" line="+61"/>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence status</source>
        <translation>Belegstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
</context>
<context>
    <name>Takt::FiveWhysPanel</name>
    <message>
        <location filename="../views/whys/fivewhyspanel.cpp" line="+70"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Selected cause</source>
        <translation>Gewählte Ursache</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Evidence figure</source>
        <translation>Kennzahl als Beleg</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>Countermeasures</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A countermeasure to the selected cause: tested, not assumed to work</source>
        <translation>Eine Gegenmaßnahme zur gewählten Ursache: erprobt, nicht als wirksam vorausgesetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make &amp;Action</source>
        <translation>&amp;Maßnahme daraus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Track the countermeasure in the action register, linked to it</source>
        <translation>Die Gegenmaßnahme im Maßnahmenregister verfolgen, mit ihr verknüpft</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Asks why of: %1</source>
        <translation>Fragt nach dem Warum von: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status set on %1</source>
        <translation>Status gesetzt am %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New countermeasure</source>
        <translation>Neue Gegenmaßnahme</translation>
    </message>
</context>
<context>
    <name>Takt::FiveWhysStore</name>
    <message>
        <location filename="../models/whys/fivewhysstore.cpp" line="+169"/>
        <source>Delete 5 Whys &quot;%1&quot;</source>
        <translation>5 Warum „%1“ löschen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add cause</source>
        <translation>Ursache hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete cause &quot;%1&quot;</source>
        <translation>Ursache „%1“ löschen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merged: %1</source>
        <translation>Zusammengeführt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged: %1 (%2)</source>
        <translation>Zusammengeführt: %1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark &quot;%1&quot; as a root cause</source>
        <translation>„%1“ als Grundursache markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmark &quot;%1&quot; as a root cause</source>
        <translation>„%1“ nicht mehr als Grundursache markieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Set &quot;%1&quot; to %2</source>
        <translation>„%1“ auf %2 setzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add countermeasure</source>
        <translation>Gegenmaßnahme hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete countermeasure &quot;%1&quot;</source>
        <translation>Gegenmaßnahme „%1“ löschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Turn “%1” into an Action</source>
        <translation>„%1“ zur Maßnahme machen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Countermeasure to the root cause: %1</source>
        <translation>Gegenmaßnahme zur Grundursache: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected: %1 %2</source>
        <translation>Erwartet: %1 %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Link the evidence of &quot;%1&quot; to a figure</source>
        <translation>Beleg von „%1“ mit einer Kennzahl verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink the evidence of &quot;%1&quot;</source>
        <translation>Verknüpfung des Belegs von „%1“ lösen</translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n Ursache</numerusform>
            <numerusform>%n Ursachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n root cause(s)</source>
        <translation>
            <numerusform>, %n Grundursache</numerusform>
            <numerusform>, %n Grundursachen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unconfirmed</source>
        <translation>
            <numerusform>, %n unbestätigt</numerusform>
            <numerusform>, %n unbestätigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::IdeaBoardEditor</name>
    <message>
        <location filename="../views/ideas/ideaboardeditor.cpp" line="+29"/>
        <source>Filter: idea, tag, figure…</source>
        <translation>Filter: Idee, Schlagwort, Kennzahl…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the ideas</source>
        <translation>Ideen filtern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>→ &amp;Action</source>
        <translation>→ &amp;Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turn the selected ideas into actions, linked to them</source>
        <translation>Die gewählten Ideen zu Maßnahmen machen, mit ihnen verknüpft</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Type an idea, and press Enter</source>
        <translation>Geben Sie eine Idee ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New kaizen idea</source>
        <translation>Neue Kaizen-Idee</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Dots for each participant</source>
        <translation>Punkte je Teilnehmende(n)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ots each:</source>
        <translation>P&amp;unkte je Person:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Who is voting</source>
        <translation>Wer abstimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Voter:</source>
        <translation>&amp;Abstimmend:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Idea no., Enter</source>
        <translation>Ideen-Nr., Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the idea the dot goes to</source>
        <translation>Die Nummer der Idee, die den Punkt erhält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type an idea&apos;s number and press Enter: one dot from the voter</source>
        <translation>Nummer einer Idee eingeben und Eingabetaste drücken: ein Punkt der abstimmenden Person</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Start a &amp;Round</source>
        <translation>&amp;Runde beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reveal the Votes</source>
        <translation>&amp;Stimmen aufdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close the Round</source>
        <translation>Runde a&amp;bschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A round of dot voting: each participant has the dots set beside</source>
        <translation>Eine Runde Punktabfrage: jede Person hat die daneben eingestellten Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the tally to the room</source>
        <translation>Das Ergebnis dem Raum zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the round with its tally</source>
        <translation>Die Runde mit ihrem Ergebnis festhalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 closed; start a round to vote again.</source>
        <translation>%1 abgeschlossen; beginnen Sie eine Runde, um erneut abzustimmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No round open.</source>
        <translation>Keine Runde offen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 · %3 of %4 dots given · tally hidden until revealed</source>
        <translation>%1: %2 · %3 von %4 Punkten vergeben · Ergebnis verdeckt bis zum Aufdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>choose a voter</source>
        <translation>Person wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: revealed</source>
        <translation>%1: aufgedeckt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not the number of an idea (1 to %2).</source>
        <translation>„%1“ ist keine Ideennummer (1 bis %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has given all %2 dots; next: %3</source>
        <translation>%1 hat alle %2 Punkte vergeben; als Nächstes: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n idea(s) turned into actions</source>
        <translation>
            <numerusform>%n Idee zur Maßnahme gemacht</numerusform>
            <numerusform>%n Ideen zu Maßnahmen gemacht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::IdeaMatrixView</name>
    <message>
        <location filename="../views/ideas/ideamatrixview.cpp" line="+20"/>
        <source>Impact and effort of the ideas</source>
        <translation>Wirkung und Aufwand der Ideen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag an idea&apos;s disc to re-score it: up for more impact, right for more effort</source>
        <translation>Ziehen Sie die Scheibe einer Idee, um sie neu zu bewerten: nach oben mehr Wirkung, nach rechts mehr Aufwand</translation>
    </message>
</context>
<context>
    <name>Takt::IdeaStore</name>
    <message numerus="yes">
        <location filename="../models/ideas/ideastore.cpp" line="+52"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>%n Idee hinzufügen</numerusform>
            <numerusform>%n Ideen hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>%n Idee löschen</numerusform>
            <numerusform>%n Ideen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Change About</source>
        <translation>„Betrifft“ ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Re-score “%1”</source>
        <translation>„%1“ neu bewerten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Turn “%1” into an Action</source>
        <translation>„%1“ zur Maßnahme machen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expected: %1 %2</source>
        <translation>Erwartet: %1 %2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Start the Round “%1”</source>
        <translation>Runde „%1“ beginnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no such idea.</source>
        <translation>Diese Idee gibt es nicht.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+28"/>
        <source>No round is open for voting.</source>
        <translation>Keine Runde ist zur Abstimmung offen.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Choose who is voting first.</source>
        <translation>Wählen Sie zuerst, wer abstimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has given all %2 dots.</source>
        <translation>%1 hat alle %2 Punkte vergeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a Dot in %1</source>
        <translation>Einen Punkt in %1 vergeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the Dots of Idea %1</source>
        <translation>Punkte von Idee %1 eingeben</translation>
    </message>
    <message>
        <source>A Dot from %1 for %2</source>
        <translation type="vanished">Ein Punkt von %1 für %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 dots are already given by name; the total cannot be less.</source>
        <translation>%1 Punkte sind bereits namentlich vergeben; die Summe kann nicht kleiner sein.</translation>
    </message>
    <message numerus="yes">
        <source>%n Dot(s) for %1</source>
        <translation type="vanished">
            <numerusform>%n Punkt für %1</numerusform>
            <numerusform>%n Punkte für %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reveal the Votes</source>
        <translation>Stimmen aufdecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the Round</source>
        <translation>Runde abschließen</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n idea(s), %1 quick wins</source>
        <translation>
            <numerusform>%n Idee, %1 schnelle Erfolge</numerusform>
            <numerusform>%n Ideen, %1 schnelle Erfolge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; voting in %1</source>
        <translation>; Abstimmung in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; %1 revealed</source>
        <translation>; %1 aufgedeckt</translation>
    </message>
</context>
<context>
    <name>Takt::IdeaTableModel</name>
    <message>
        <source>Dots: %1</source>
        <translation type="vanished">Punkte: %1</translation>
    </message>
    <message>
        <location filename="../models/ideas/ideatablemodel.cpp" line="+43"/>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dots of %1</source>
        <translation>Die Punkte von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No round of dot voting yet</source>
        <translation>Noch keine Runde Punktabfrage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Start a round of dot voting first.</source>
        <translation>Beginnen Sie zuerst eine Runde Punktabfrage.</translation>
    </message>
</context>
<context>
    <name>Takt::KindActions</name>
    <message>
        <location filename="../views/editor/kindactions.h" line="+30"/>
        <source>&amp;Problem</source>
        <translation>&amp;Problem</translation>
    </message>
</context>
<context>
    <name>Takt::KpiActions</name>
    <message>
        <location filename="../views/kpi/kpiactions.cpp" line="+24"/>
        <source>&amp;KPI</source>
        <translation>&amp;KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New KPI</source>
        <translation>&amp;Neue KPI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import Measurements (CSV)…</source>
        <translation>Messwerte &amp;importieren (CSV)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;Chart as Image…</source>
        <translation>&amp;Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>De&amp;lete KPI</source>
        <translation>KPI &amp;löschen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>KPI %1</source>
        <translation>KPI %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Import Measurements</source>
        <translation>Messwerte importieren</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Measurements (*.csv);;All files (*)</source>
        <translation>Messwerte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Nichts wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Imported %n measurement(s) from %1</source>
        <translation>
            <numerusform>%n Messwert aus %1 importiert</numerusform>
            <numerusform>%n Messwerte aus %1 importiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::KpiEditor</name>
    <message>
        <location filename="../views/kpi/kpieditor.cpp" line="+36"/>
        <source>Type a value, or paste a column (or date and value) from a spreadsheet with Ctrl+V</source>
        <translation>Geben Sie einen Wert ein oder fügen Sie mit Strg+V eine Spalte (oder Datum und Wert) aus einer Tabellenkalkulation ein</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Nothing pasted: %1.</source>
        <translation>Nichts eingefügt: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Pasted %n measurement(s).</source>
        <translation>
            <numerusform>%n Messwert eingefügt.</numerusform>
            <numerusform>%n Messwerte eingefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert löschen</numerusform>
            <numerusform>%n Messwerte löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::KpiPropertiesPanel</name>
    <message>
        <location filename="../views/kpi/kpipropertiespanel.cpp" line="+64"/>
        <source>all points</source>
        <translation>alle Punkte</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>A step&apos;s cycle time, a queue&apos;s wait or a map&apos;s lead time that this KPI measures: the map shows the measured spread beside its figure</source>
        <translation>Die Zykluszeit eines Schritts, die Wartezeit eines Bestands oder die Durchlaufzeit einer Karte, die diese KPI misst: Die Karte zeigt die gemessene Streuung neben ihrer Kennzahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no figure on a map)</source>
        <translation>(keine Kennzahl einer Karte)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Measures:</source>
        <translation>Misst:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The map&apos;s figure is a time; this KPI&apos;s unit &quot;%1&quot; is not one the map knows (s, min, h, d, wk): the map cannot show what it measured.</source>
        <translation>Die Kennzahl der Karte ist eine Zeit; die Einheit „%1“ dieser KPI kennt die Karte nicht (s, min, h, d, wk): Die Karte kann nicht zeigen, was sie gemessen hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The map says %1; nothing measured yet.</source>
        <translation>Die Karte sagt %1; noch nichts gemessen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The map says %1; measured: mean %2, median %3, from %4 to %5 (n = %6).</source>
        <translation>Die Karte sagt %1; gemessen: Mittelwert %2, Median %3, von %4 bis %5 (n = %6).</translation>
    </message>
</context>
<context>
    <name>Takt::KpiStore</name>
    <message>
        <location filename="../models/kpi/kpistore.cpp" line="+117"/>
        <source>Add KPI &quot;%1&quot;</source>
        <translation>Kennzahl „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete KPI &quot;%1&quot;</source>
        <translation>KPI „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>%n Messwert hinzufügen</numerusform>
            <numerusform>%n Messwerte hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n point(s), %1</source>
        <translation>
            <numerusform>%n Punkt, %1</numerusform>
            <numerusform>%n Punkte, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n Signal</numerusform>
            <numerusform>%n Signale</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+57"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Undo History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="vanished">&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>The recovery copy is written again.</source>
        <translation>Die Wiederherstellungskopie wird wieder geschrieben.</translation>
    </message>
    <message>
        <source>This workshop opened read-only: %1. Your edits are kept; Save asks for another file.</source>
        <translation type="vanished">Dieser Workshop wurde schreibgeschützt geöffnet: %1. Ihre Änderungen bleiben erhalten; Speichern fragt nach einer anderen Datei.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Open a part of the workshop from the navigator to see the properties of what is selected in it.</source>
        <translation>Öffnen Sie einen Teil des Workshops im Navigator, um die Eigenschaften des darin Ausgewählten zu sehen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+209"/>
        <source>Close %1</source>
        <translation>%1 schließen</translation>
    </message>
    <message>
        <location line="-208"/>
        <source>Float %1 as a window of its own</source>
        <translation>%1 als eigenes Fenster lösen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Workshop &amp;Properties…</source>
        <translation>Workshop-&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export Session Pack (PDF)…</source>
        <translation>Workshop-Dokumentation e&amp;xportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Session Pac&amp;k…</source>
        <translation>Dokumentation &amp;drucken…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>Sch&amp;ließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;h3&gt;Takt %1&lt;/h3&gt;&lt;p&gt;Lean workshop facilitation for AI and MLOps operations: value stream maps with a live timeline and figures, and the workshop&apos;s session pack, in one local file.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Takt %1&lt;/h3&gt;&lt;p&gt;Moderation von Lean-Workshops für KI- und MLOps-Betrieb: Wertstromkarten mit live berechneter Zeitlinie und Kennzahlen und die Sitzungsmappe des Workshops, in einer lokalen Datei.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cu&amp;t</source>
        <translation>Aus&amp;schneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Fit to Window</source>
        <translation>In Fenster &amp;einpassen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Opened read-only: %1. Your edits are kept; Save asks for another file.</source>
        <translation type="vanished">Schreibgeschützt geöffnet: %1. Ihre Änderungen bleiben erhalten; Speichern fragt nach einer anderen Datei.</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>⚠ Recovery copy not written: retrying every %n s. Save keeps your work.</source>
        <translation>
            <numerusform>⚠ Wiederherstellungskopie nicht geschrieben: neuer Versuch alle %n s. Speichern sichert Ihre Arbeit.</numerusform>
            <numerusform>⚠ Wiederherstellungskopie nicht geschrieben: neuer Versuch alle %n s. Speichern sichert Ihre Arbeit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-271"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Originalgröße (100 %)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Example Workshop</source>
        <translation>Beispiel-&amp;Workshop öffnen</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Save asks for another file (%1); your edits are kept.</source>
        <translation>Speichern fragt nach einer anderen Datei (%1); Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Example Workshop</source>
        <translation>Beispiel-Workshop</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>&amp;About Takt</source>
        <translation>Ü&amp;ber Takt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About Takt</source>
        <translation>Über Takt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Recovery Copy</source>
        <translation type="vanished">Wiederherstellungskopie</translation>
    </message>
</context>
<context>
    <name>Takt::MapActions</name>
    <message>
        <location filename="../views/vsm/mapactions.cpp" line="+70"/>
        <source>A&amp;lign</source>
        <translation>Ausri&amp;chten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Left Edges</source>
        <translation>&amp;Linke Kanten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Centres</source>
        <translation>Horizontale &amp;Mitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Right Edges</source>
        <translation>&amp;Rechte Kanten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Top Edges</source>
        <translation>&amp;Obere Kanten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Middles</source>
        <translation>&amp;Vertikale Mitten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Bottom Edges</source>
        <translation>&amp;Untere Kanten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dis&amp;tribute</source>
        <translation>&amp;Verteilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Horizontally</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Vertically</source>
        <translation>&amp;Vertikal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Snap to Grid</source>
        <translation>Am &amp;Raster ausrichten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Map</source>
        <translation>&amp;Neue Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Map (JSON)…</source>
        <translation>Karte &amp;importieren (JSON)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;Process Step</source>
        <translation>&amp;Prozessschritt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert &amp;Queue</source>
        <translation>&amp;Warteschlange einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value Stream &amp;Charts…</source>
        <translation>Wertstrom&amp;diagramme…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create &amp;Future State</source>
        <translation>&amp;Soll-Zustand erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask &amp;Why…</source>
        <translation>&amp;Warum fragen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Map as &amp;JSON…</source>
        <translation>Karte als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Map as &amp;Image or PDF…</source>
        <translation>Karte als &amp;Bild oder PDF exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;rint Map…</source>
        <translation>Karte &amp;drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete Map</source>
        <translation>Karte &amp;löschen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Map %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+7"/>
        <source>Import Map</source>
        <translation>Karte importieren</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+18"/>
        <source>Takt value stream maps (*.json)</source>
        <translation>Takt-Wertstromkarten (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+8"/>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>Export Map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>The map was exported. The takt-vsm format has no place for %n element(s), which were left out: %1.</source>
        <translation>
            <numerusform>Die Karte wurde exportiert. Das takt-vsm-Format kann %n Element nicht abbilden; es wurde ausgelassen: %1.</numerusform>
            <numerusform>Die Karte wurde exportiert. Das takt-vsm-Format kann %n Elemente nicht abbilden; sie wurden ausgelassen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Select one kaizen burst, quality problem or step over takt to ask why of it.</source>
        <translation>Einen Kaizen-Blitz, ein Qualitätsproblem oder einen Schritt über Takt wählen, um nach dem Warum zu fragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask why “%1”</source>
        <translation>Warum „%1“?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Map &quot;%1&quot; deleted. Undo (%2) brings it back.</source>
        <translation>Karte „%1“ gelöscht. Rückgängig (%2) holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>Takt::MapEditor</name>
    <message>
        <location filename="../views/vsm/mapeditor.cpp" line="+62"/>
        <source>Step templates</source>
        <translation>Schrittvorlagen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Drag from one element to another to connect them (Esc cancels).</source>
        <translation>Ziehen Sie von einem Element zu einem anderen, um beide zu verbinden (Esc bricht ab).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click on the map to place it (Esc cancels).</source>
        <translation>Klicken Sie auf die Karte, um das Element zu platzieren (Esc bricht ab).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>New step</source>
        <translation>Neuer Schritt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the one step the queue follows, then insert it.</source>
        <translation>Wählen Sie den einen Schritt, dem die Warteschlange folgt, und fügen Sie sie dann ein.</translation>
    </message>
    <message>
        <source>Select the step the queue follows, then insert it.</source>
        <translation type="vanished">Wählen Sie den Schritt, auf den die Warteschlange folgt, und fügen Sie sie dann ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Align</source>
        <translation>Ausrichten</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Distribute</source>
        <translation>Verteilen</translation>
    </message>
</context>
<context>
    <name>Takt::MapPropertiesPanel</name>
    <message numerus="yes">
        <location filename="../views/vsm/mappropertiespanel.cpp" line="+202"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n Element ausgewählt</numerusform>
            <numerusform>%n Elemente ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location line="-41"/>
        <source>e.g. GPU hours: 20; tool: Airflow</source>
        <translation>z. B. GPU-Stunden: 20; Tool: Airflow</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+141"/>
        <source>Map: %1</source>
        <translation>Karte: %1</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1: &lt;a href=&apos;takt:%2&apos;&gt;%3&lt;/a&gt;</source>
        <translation>%1: &lt;a href=&apos;takt:%2&apos;&gt;%3&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Linked here&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Hiermit verknüpft&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cycle Time from the Median of &quot;%1&quot;</source>
        <translation>Zykluszeit aus dem Median von „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle Time from the Mean of &quot;%1&quot;</source>
        <translation>Zykluszeit aus dem Mittelwert von „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use Median</source>
        <translation>Median übernehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Use Mean</source>
        <translation>Mittelwert übernehmen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measured by &quot;%1&quot;: mean %2, median %3 (%4).</source>
        <translation>Gemessen von „%1“: Mittelwert %2, Median %3 (%4).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From monthly demand…</source>
        <translation>Aus Monatsbedarf…</translation>
    </message>
    <message>
        <source>Demand per day</source>
        <translation type="vanished">Bedarf pro Tag</translation>
    </message>
    <message>
        <source>Demand per month:</source>
        <translation type="vanished">Bedarf pro Monat:</translation>
    </message>
    <message>
        <source>Working days per month:</source>
        <translation type="vanished">Arbeitstage pro Monat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From shifts…</source>
        <translation>Aus Schichtmodell…</translation>
    </message>
    <message>
        <source>Available time per day</source>
        <translation type="vanished">Verfügbare Zeit pro Tag</translation>
    </message>
    <message>
        <source>Shifts per day (3 for 24/7):</source>
        <translation type="vanished">Schichten pro Tag (3 für 24/7):</translation>
    </message>
    <message>
        <source>Hours per shift:</source>
        <translation type="vanished">Stunden pro Schicht:</translation>
    </message>
    <message>
        <source>Breaks per shift, in minutes:</source>
        <translation type="vanished">Pausen pro Schicht in Minuten:</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Most readable unit for each figure</source>
        <translation>Für jede Zahl die lesbarste Einheit</translation>
    </message>
</context>
<context>
    <name>Takt::MapStore</name>
    <message numerus="yes">
        <location filename="../models/vsm/mapstore.cpp" line="+242"/>
        <source>%n element(s), lead time %1</source>
        <translation>
            <numerusform>%n Element, Durchlaufzeit %1</numerusform>
            <numerusform>%n Elemente, Durchlaufzeit %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 ▸ lead time</source>
        <translation>%1 ▸ Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 ▸ %2: cycle time</source>
        <translation>%1 ▸ %2: Zykluszeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 ▸ %2: wait</source>
        <translation>%1 ▸ %2: Wartezeit</translation>
    </message>
</context>
<context>
    <name>Takt::MeasurementTableModel</name>
    <message>
        <location filename="../models/kpi/measurementtablemodel.cpp" line="+58"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Timestamp</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process change</source>
        <translation>Prozessänderung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a date and time; write 2026-03-12 or 2026-03-12 14:30.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit; schreiben Sie 2026-03-12 oder 2026-03-12 14:30.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>Takt::MetricsPanel</name>
    <message>
        <location filename="../views/vsm/metricspanel.cpp" line="+54"/>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures, against %1</source>
        <translation>Kennzahlen, gegenüber %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
</context>
<context>
    <name>Takt::PackExportDialog</name>
    <message>
        <location filename="../views/pack/packexportdialog.cpp" line="+36"/>
        <source>Export Session Pack</source>
        <translation>Workshop-Dokumentation exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing in this workshop for this section yet.</source>
        <translation>Dieser Workshop enthält noch nichts für diesen Abschnitt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session-pack.pdf</source>
        <translation>workshop-dokumentation.pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>-session-pack.pdf</source>
        <translation>-dokumentation.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose where to save the pack.</source>
        <translation>Wählen Sie aus, wo die Dokumentation gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Writing the session pack…</source>
        <translation>Workshop-Dokumentation wird geschrieben…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The session pack was written to %1.</source>
        <translation>Die Workshop-Dokumentation wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open It</source>
        <translation>&amp;Öffnen</translation>
    </message>
</context>
<context>
    <name>Takt::PaletteWidget</name>
    <message>
        <location filename="../views/vsm/palettewidget.cpp" line="+76"/>
        <source>Click, then drag from one element to another</source>
        <translation>Klicken, dann von einem Element zu einem anderen ziehen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>AI/ML step template: a process step with typical figures</source>
        <translation>KI/ML-Schrittvorlage: ein Prozessschritt mit typischen Kennzahlen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Drag onto the map, or click and then click on the map</source>
        <translation>Auf die Karte ziehen oder anklicken und dann auf die Karte klicken</translation>
    </message>
</context>
<context>
    <name>Takt::ParkingLotEditor</name>
    <message>
        <location filename="../views/parkinglot/parkingloteditor.cpp" line="+30"/>
        <source>→ &amp;Action</source>
        <translation>→ &amp;Maßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ A&amp;genda</source>
        <translation>→ A&amp;genda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: topic, who, outcome…</source>
        <translation>Filter: Thema, wer, Ergebnis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the parked topics</source>
        <translation>Geparkte Themen filtern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Turn the selected topics into actions, linked to them</source>
        <translation>Die gewählten Themen zu Maßnahmen machen, mit ihnen verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry the selected topics to the next day&apos;s agenda</source>
        <translation>Die gewählten Themen auf die Agenda des nächsten Tages übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a topic to park, and press Enter</source>
        <translation>Geben Sie ein Thema zum Parken ein und drücken Sie die Eingabetaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New parked topic</source>
        <translation>Neues geparktes Thema</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n topic(s) turned into actions</source>
        <translation>
            <numerusform>%n Thema zur Maßnahme gemacht</numerusform>
            <numerusform>%n Themen zu Maßnahmen gemacht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n topic(s) carried to the agenda</source>
        <translation>
            <numerusform>%n Thema auf die Agenda übernommen</numerusform>
            <numerusform>%n Themen auf die Agenda übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n topic(s): %1 open, %2 resolved, %3 turned into actions, %4 carried</source>
        <translation>
            <numerusform>%n Thema: %1 offen, %2 geklärt, %3 zu Maßnahmen gemacht, %4 übernommen</numerusform>
            <numerusform>%n Themen: %1 offen, %2 geklärt, %3 zu Maßnahmen gemacht, %4 übernommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ParkingLotStore</name>
    <message numerus="yes">
        <location filename="../models/parkinglot/parkinglotstore.cpp" line="+22"/>
        <source>Park %n topic(s)</source>
        <translation>
            <numerusform>%n Thema parken</numerusform>
            <numerusform>%n Themen parken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n topic(s)</source>
        <translation>
            <numerusform>%n Thema löschen</numerusform>
            <numerusform>%n Themen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Turn “%1” into an Action</source>
        <translation>„%1“ zur Maßnahme machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry “%1” to the Agenda</source>
        <translation>„%1“ auf die Agenda übernehmen</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n topic(s), %1 open</source>
        <translation>
            <numerusform>%n Thema, %1 offen</numerusform>
            <numerusform>%n Themen, %1 offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::PresentationActions</name>
    <message>
        <location filename="../app/presentationactions.cpp" line="+39"/>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presentation &amp;Text Size</source>
        <translation>&amp;Textgröße der Präsentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room (text 2.5 % of the screen)</source>
        <translation>&amp;Raum (Text 2,5 % der Bildschirmhöhe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Large room (3.5 %)</source>
        <translation>&amp;Großer Raum (3,5 %)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hall (5 %)</source>
        <translation>&amp;Saal (5 %)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The projector palette for the window: every text at least 4.5:1 against its background</source>
        <translation>Die Beamer-Farben für das Fenster: jeder Text mit mindestens 4,5:1 Kontrast zu seinem Hintergrund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export S&amp;lides (PDF, 16:9)…</source>
        <translation>&amp;Folien exportieren (PDF, 16:9)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>slides.pdf</source>
        <translation>folien.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-slides.pdf</source>
        <translation>-folien.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Export Slides</source>
        <translation>Folien exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n slide(s) written to %1</source>
        <translation>
            <numerusform>%n Folie nach %1 geschrieben</numerusform>
            <numerusform>%n Folien nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::PresentationWindow</name>
    <message>
        <location filename="../views/editor/presentationwindow.cpp" line="+48"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Nothing to present yet. Esc returns to the workshop.</source>
        <translation>Noch nichts zu präsentieren. Esc führt zurück zum Workshop.</translation>
    </message>
</context>
<context>
    <name>Takt::PresenterWindow</name>
    <message>
        <source>Takt — Timer</source>
        <translation type="vanished">Takt – Timer</translation>
    </message>
    <message>
        <location filename="../views/agenda/presenterwindow.cpp" line="+34"/>
        <source>Facilitation timer</source>
        <translation>Moderations-Timer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitation timer for the room</source>
        <translation>Moderations-Timer für den Raum</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 min left</source>
        <translation>noch %1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No agenda item is being timed</source>
        <translation>Kein Agendapunkt läuft</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Agenda: %1</source>
        <translation>Agenda: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next: %1 · %2</source>
        <translation>Als Nächstes: %1 · %2</translation>
    </message>
</context>
<context>
    <name>Takt::RecordTableEditor</name>
    <message>
        <location filename="../views/editor/recordtableeditor.cpp" line="+42"/>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <location filename="../views/editor/recordtableeditor.h" line="+56"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
</context>
<context>
    <name>Takt::StartPage</name>
    <message>
        <location filename="../app/startpage.cpp" line="+35"/>
        <source>Takt</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to Takt</source>
        <translation>Willkommen bei Takt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Map the value stream of an AI or MLOps operation with the room, find where the flow hurts, and take the session pack home.</source>
        <translation>Bilden Sie mit dem Team den Wertstrom eines KI- oder MLOps-Betriebs ab, finden Sie, wo der Fluss stockt, und nehmen Sie die Dokumentation mit nach Hause.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Workshop</source>
        <translation>&amp;Neuer Workshop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Workshop…</source>
        <translation>Workshop ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Example Workshop</source>
        <translation>&amp;Beispiel-Workshop öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model-retraining pipeline, mapped: every part of Takt in use</source>
        <translation>Eine Pipeline für das Nachtrainieren eines Modells, abgebildet: jeder Teil von Takt im Einsatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recent workshops:</source>
        <translation>&amp;Zuletzt geöffnete Workshops:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None yet: a workshop you save appears here.</source>
        <translation>Noch keine: Ein gespeicherter Workshop erscheint hier.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>New Workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
</context>
<context>
    <name>Takt::UndoHistoryView</name>
    <message>
        <location filename="../views/editor/undohistoryview.cpp" line="+11"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
</context>
<context>
    <name>Takt::ValueStreamChartsDialog</name>
    <message>
        <location filename="../views/vsm/valuestreamchartsdialog.cpp" line="+44"/>
        <source>Value Stream Charts – %1</source>
        <translation>Wertstromdiagramme – %1</translation>
    </message>
</context>
<context>
    <name>Takt::ValueStreamMap</name>
    <message>
        <location filename="../models/vsm/valuestreammap.cpp" line="+31"/>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Takt::WhysActions</name>
    <message>
        <location filename="../views/whys/whysactions.cpp" line="+22"/>
        <source>New &amp;5 Whys</source>
        <translation>Neue &amp;5 Warum</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mark &amp;Root Cause</source>
        <translation>Als &amp;Grundursache markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cycle &amp;Evidence Status</source>
        <translation>&amp;Belegstatus weiterschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Merge into Cause Above</source>
        <translation>Mit Ursache darüber &amp;zusammenführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;Diagram as Image…</source>
        <translation>&amp;Diagramm als Bild speichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete 5 &amp;Whys</source>
        <translation>5 &amp;Warum löschen</translation>
    </message>
    <message>
        <source>&amp;Problem</source>
        <translation type="vanished">&amp;Problem</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New 5 Whys &quot;%1&quot;</source>
        <translation>Neue 5 Warum „%1“</translation>
    </message>
    <message>
        <source>Save Diagram as Image</source>
        <translation type="vanished">Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation type="vanished">PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="vanished">%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>Takt::WhysDiagramView</name>
    <message>
        <source>5 Whys tree diagram</source>
        <translation type="vanished">5-Warum-Baumdiagramm</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation type="vanished">%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Takt::WhysOutlineView</name>
    <message>
        <location filename="../views/whys/whysoutlineview.cpp" line="+18"/>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The first cause has no cause above to go under.</source>
        <translation>Die erste Ursache hat keine Ursache darüber, unter die sie rücken könnte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A cause of the problem itself cannot go higher.</source>
        <translation>Eine Ursache des Problems selbst kann nicht höher rücken.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Merging takes the cause above on the same level; there is none.</source>
        <translation>Zusammenführen nimmt die Ursache darüber auf derselben Ebene; es gibt keine.</translation>
    </message>
</context>
<context>
    <name>Takt::WindowFiles</name>
    <message>
        <location filename="../app/windowfiles.cpp" line="+22"/>
        <source>Takt workshops (*.takt)</source>
        <translation>Takt-Workshops (*.takt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Takt workshops (*.takt);;Takt JSON files to import (*.json)</source>
        <translation>Takt-Workshops (*.takt);;Takt-JSON-Dateien zum Importieren (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New Workshop</source>
        <translation>Neuer Workshop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+27"/>
        <location line="+16"/>
        <location line="+16"/>
        <location line="+22"/>
        <source>Open Workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 is a Takt JSON file, not a workshop.</source>
        <translation>%1 ist eine Takt-JSON-Datei, kein Workshop.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import it into this workshop? It is added as one step you can undo.</source>
        <translation>In diesen Workshop importieren? Das geschieht in einem Schritt, den Sie rückgängig machen können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import it into a new workshop?</source>
        <translation>In einen neuen Workshop importieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open a copy to work on it beside the other Takt and save it under another name. Open it anyway only if that Takt has stopped: two Takts saving one file overwrite each other&apos;s work.</source>
        <translation>Öffnen Sie eine Kopie, um neben der anderen Takt-Instanz daran zu arbeiten, und speichern Sie sie unter einem anderen Namen. Öffnen Sie die Datei trotzdem nur, wenn jene Takt-Instanz beendet ist: Zwei Instanzen, die eine Datei speichern, überschreiben gegenseitig ihre Arbeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a &amp;Copy</source>
        <translation>&amp;Kopie öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Anyway</source>
        <translation>&amp;Trotzdem öffnen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+7"/>
        <location line="+8"/>
        <location line="+26"/>
        <source>Save Workshop</source>
        <translation>Workshop speichern</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 is no longer there: it was moved, renamed or deleted. All your work is still here: choose where to save it.</source>
        <translation>%1 ist nicht mehr da: Die Datei wurde verschoben, umbenannt oder gelöscht. Ihre ganze Arbeit ist noch da: Wählen Sie, wo sie gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 was moved, renamed or deleted while it was open. All your work is still here: choose where to save it.</source>
        <translation type="vanished">%1 wurde verschoben, umbenannt oder gelöscht, während sie geöffnet war. Ihre ganze Arbeit ist noch da: Wählen Sie, wo sie gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 cannot be saved over: %2. All your work is still here: choose another file to save it in.</source>
        <translation>%1 kann nicht überschrieben werden: %2. Ihre ganze Arbeit ist noch da: Wählen Sie eine andere Datei, um sie zu speichern.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save Workshop As</source>
        <translation>Workshop speichern unter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to &quot;%1&quot; before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>Takt::WorkingTimeDialog</name>
    <message>
        <location filename="../views/vsm/workingtimedialog.cpp" line="+34"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Demand per Day</source>
        <translation>Bedarf pro Tag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demand per &amp;month:</source>
        <translation>Bedarf pro &amp;Monat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working days per month:</source>
        <translation>&amp;Arbeitstage pro Monat:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Available Time per Day</source>
        <translation>Verfügbare Zeit pro Tag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Shifts per day (3 for 24/7):</source>
        <translation>&amp;Schichten pro Tag (3 für 24/7):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours per shift:</source>
        <translation>Stu&amp;nden pro Schicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Breaks per shift:</source>
        <translation>&amp;Pausen pro Schicht:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Demand per day: %1</source>
        <translation>Bedarf pro Tag: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Available time per day: %1</source>
        <translation>Verfügbare Zeit pro Tag: %1</translation>
    </message>
</context>
<context>
    <name>Takt::WorkshopOverview</name>
    <message>
        <location filename="../views/document/workshopoverview.cpp" line="+31"/>
        <source>Edit Workshop Properties…</source>
        <translation>Workshop-Eigenschaften bearbeiten…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Untitled workshop</source>
        <translation>Unbenannter Workshop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Takt::WorkshopPropertiesDialog</name>
    <message>
        <source>not set</source>
        <translation type="vanished">nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../views/document/workshoppropertiesdialog.cpp" line="+53"/>
        <source>Workshop Properties</source>
        <translation>Workshop-Eigenschaften</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Model retraining kaizen</source>
        <translation>z. B. Kaizen Modell-Retraining</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One per line</source>
        <translation>Eine Person pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;am:</source>
        <translation>Te&amp;am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start date:</source>
        <translation>&amp;Startdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>&amp;Enddatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Moderation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The end date (%1) is before the start date (%2).</source>
        <translation>Das Enddatum (%1) liegt vor dem Startdatum (%2).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit workshop properties</source>
        <translation>Workshop-Eigenschaften bearbeiten</translation>
    </message>
</context>
<context>
    <name>Takt::XmrChartView</name>
    <message>
        <location filename="../views/kpi/xmrchartview.cpp" line="+49"/>
        <source>Point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (point %2): moving range %3</source>
        <translation>%1 (Punkt %2): gleitende Spannweite %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (point %2): %3</source>
        <translation>%1 (Punkt %2): %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: individuals</source>
        <translation>%1: Einzelwerte</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+95"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Centre line</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Natural process limits</source>
        <translation>Natürliche Prozessgrenzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="-108"/>
        <location line="+110"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: moving ranges</source>
        <translation>%1: gleitende Spannweiten</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+125"/>
        <location line="+8"/>
        <source>Moving range</source>
        <translation>Gleitende Spannweite</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Average moving range</source>
        <translation>Mittlere gleitende Spannweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper range limit</source>
        <translation>Obere Spannweitengrenze</translation>
    </message>
    <message>
        <location line="-150"/>
        <location line="+154"/>
        <source>Jump above the limit</source>
        <translation>Sprung über der Grenze</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../models/core/changefield.cpp" line="+20"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
    <message>
        <location filename="../models/vsm/addremovemap.cpp" line="+45"/>
        <source>Add map &quot;%1&quot;</source>
        <translation>Karte „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Delete map &quot;%1&quot;</source>
        <translation>Karte „%1“ löschen</translation>
    </message>
    <message>
        <location filename="../models/vsm/addremovemapitems.cpp" line="+25"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/core/addremoveentities.h" line="+58"/>
        <location filename="../models/vsm/addremovemapitems.cpp" line="+2"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>%n Element hinzufügen</numerusform>
            <numerusform>%n Elemente hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../models/vsm/addremovemapitems.cpp" line="+27"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n Element löschen</numerusform>
            <numerusform>%n Elemente löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/vsm/moveelements.cpp" line="+26"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>%n Element verschieben</numerusform>
            <numerusform>%n Elemente verschieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/document/linkcommands.cpp" line="+15"/>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <location filename="../models/vsm/insertprocessstep.cpp" line="+36"/>
        <source>Add process step</source>
        <translation>Prozessschritt hinzufügen</translation>
    </message>
    <message>
        <location filename="../models/vsm/insertqueue.cpp" line="+53"/>
        <location line="+43"/>
        <source>Insert queue</source>
        <translation>Warteschlange einfügen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add %1 into the flow</source>
        <translation>%1 in den Fluss einfügen</translation>
    </message>
    <message>
        <location filename="../models/document/measuredfigure.cpp" line="+125"/>
        <source>Link Measured Figure</source>
        <translation>Gemessene Kennzahl verknüpfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlink Measured Figure</source>
        <translation>Verknüpfung der gemessenen Kennzahl lösen</translation>
    </message>
</context>
<context>
    <name>ValueStreamCharts</name>
    <message>
        <location filename="../views/vsm/valuestreamcharts.cpp" line="+68"/>
        <source>%1: operator balance (▲ over takt)</source>
        <translation>%1: Austaktungsdiagramm (▲ über Taktzeit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value-added</source>
        <translation>Wertschöpfend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not value-added</source>
        <translation>Nicht wertschöpfend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Takt time %1</source>
        <translation>Taktzeit %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: timeline to the lead time</source>
        <translation>%1: Zeitlinie bis zur Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process time</source>
        <translation>Prozesszeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lead time %1</source>
        <translation>Durchlaufzeit %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 against the current state</source>
        <translation>%1 gegenüber dem Ist-Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current state = 100</source>
        <translation>Ist-Zustand = 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&lt;br&gt;%2</source>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value-added time</source>
        <translation>Wertschöpfungszeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flow efficiency</source>
        <translation>Flusseffizienz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled %C&amp;A</source>
        <translation>%C&amp;A kumuliert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% of the current state</source>
        <translation>% des Ist-Zustands</translation>
    </message>
</context>
<context>
    <name>ValueStreamMap</name>
    <message>
        <location filename="../models/vsm/valuestreammap.cpp" line="+27"/>
        <source>Current state</source>
        <translation>Ist-Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Future state</source>
        <translation>Soll-Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideal state</source>
        <translation>Idealzustand</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>map &quot;%1&quot;</source>
        <translation>Karte „%1“</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Customer demand per day</source>
        <translation>Kundenbedarf pro Tag</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Available time per day</source>
        <translation>Verfügbare Zeit pro Tag</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Show times in</source>
        <translation>Zeiten anzeigen in</translation>
    </message>
</context>
<context>
    <name>VotingRound</name>
    <message>
        <location filename="../models/ideas/dotvoting.cpp" line="-34"/>
        <source>Dots each</source>
        <translation>Punkte je Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revealed</source>
        <translation>aufgedeckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
</context>
<context>
    <name>VsmJson</name>
    <message>
        <location filename="../models/vsm/vsmjson.cpp" line="+35"/>
        <source>field &quot;%1&quot;</source>
        <translation>Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, field &quot;%2&quot;</source>
        <translation>%1, Feld &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a duration is a string with a unit, e.g. &quot;45 min&quot;</source>
        <translation>eine Dauer ist ein Text mit Einheit, z. B. &quot;45 min&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is outside 0 to %2</source>
        <translation>%1 liegt außerhalb von 0 bis %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>must be text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is less than %2; leave the field out for none</source>
        <translation>%1 ist weniger als %2; lassen Sie das Feld weg für keinen Wert</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>field &quot;format&quot;: must be &quot;takt-vsm&quot;</source>
        <translation>Feld &quot;format&quot;: muss &quot;takt-vsm&quot; sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>field &quot;version&quot;: version %1 is newer than this Takt reads (%2)</source>
        <translation>Feld &quot;version&quot;: Version %1 ist neuer als die höchste, die diese Takt-Version lesen kann (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &quot;version&quot;: must be %1</source>
        <translation>Feld &quot;version&quot;: muss %1 sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported map</source>
        <translation>Importierte Karte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be &quot;current&quot;, &quot;future&quot; or &quot;ideal&quot;</source>
        <translation>muss &quot;current&quot;, &quot;future&quot; oder &quot;ideal&quot; sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is more than a day of 24 h</source>
        <translation>%1 ist länger als ein Tag mit 24 h</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be s, min, h, d or wk</source>
        <translation>muss s, min, h, d oder wk sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be a list of steps</source>
        <translation>muss eine Liste von Schritten sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a step is a JSON object</source>
        <translation>ein Schritt ist ein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step %1 &quot;%2&quot;</source>
        <translation>Schritt %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>must be an object of names and values</source>
        <translation>muss ein Objekt aus Namen und Werten sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value of &quot;%1&quot; must be text or a number</source>
        <translation>der Wert von &quot;%1&quot; muss ein Text oder eine Zahl sein</translation>
    </message>
    <message>
        <location line="+148"/>
        <location line="+58"/>
        <source>must be more than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a count needs a demand per day, on the step or on the map, to become a wait</source>
        <translation>eine Menge braucht einen Bedarf pro Tag (am Schritt oder an der Karte), um in eine Wartezeit umgerechnet zu werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing; write &quot;process&quot; or &quot;inventory&quot;</source>
        <translation>fehlt; geben Sie &quot;process&quot; oder &quot;inventory&quot; an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown type &quot;%1&quot;; write &quot;process&quot; or &quot;inventory&quot;</source>
        <translation>unbekannter Typ &quot;%1&quot;; geben Sie &quot;process&quot; oder &quot;inventory&quot; an</translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <location filename="../models/common/wholefile.cpp" line="+13"/>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>WhyCause</name>
    <message>
        <location filename="../models/whys/fivewhystree.cpp" line="+9"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence status</source>
        <translation>Stand der Belege</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ruled out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status set by</source>
        <translation>Stand gesetzt von</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status set on</source>
        <translation>Stand gesetzt am</translation>
    </message>
</context>
<context>
    <name>WhysDiagram</name>
    <message>
        <location filename="../models/whys/whysdiagram.cpp" line="+120"/>
        <source>✓ confirmed</source>
        <translation>✓ bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ ruled out</source>
        <translation>✗ ausgeschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>? hypothesis</source>
        <translation>? Hypothese</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>PROBLEM</source>
        <translation>PROBLEM</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>ROOT CAUSE</source>
        <translation>GRUNDURSACHE</translation>
    </message>
</context>
<context>
    <name>WhysGuidance</name>
    <message>
        <location filename="../models/whys/whysguidance.cpp" line="+49"/>
        <source>, therefore </source>
        <translation>, deshalb </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Read it back: %1. Would the problem recur if “%2” were fixed?</source>
        <translation>Rückwärts gelesen: %1. Käme das Problem wieder, wenn „%2“ behoben wäre?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The root cause “%1” rests on “%2”, which is ruled out.</source>
        <translation>Die Grundursache „%1“ stützt sich auf „%2“, das ausgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The root cause “%1” rests on “%2”, which is not confirmed yet.</source>
        <translation>Die Grundursache „%1“ stützt sich auf „%2“, das noch nicht bestätigt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” ends its branch without a root cause: ask why once more, or mark it as the root cause.</source>
        <translation>„%1“ beendet seinen Zweig ohne Grundursache: fragen Sie noch einmal warum, oder markieren Sie es als Grundursache.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is %2 whys deep: past seven, the question has often drifted from the problem.</source>
        <translation>„%1“ liegt %2 Warums tief: nach sieben hat sich die Frage oft vom Problem entfernt.</translation>
    </message>
</context>
<context>
    <name>WhysTemplates</name>
    <message>
        <source>Accuracy dropped after a deployment</source>
        <translation type="vanished">Genauigkeit nach einem Deployment gesunken</translation>
    </message>
    <message>
        <source>Retraining takes weeks</source>
        <translation type="vanished">Nachtrainieren dauert Wochen</translation>
    </message>
    <message>
        <source>The labeling backlog grows</source>
        <translation type="vanished">Der Labeling-Rückstau wächst</translation>
    </message>
    <message>
        <source>Inference latency over its SLO</source>
        <translation type="vanished">Inferenzlatenz über ihrem SLO</translation>
    </message>
    <message>
        <location filename="../models/whys/whystemplates.cpp" line="+37"/>
        <source>Empty</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>5 Whys</source>
        <translation>5 Warum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accuracy of [model] fell from [__] % to [__] % after the deployment of [version] on [date]</source>
        <translation>Die Genauigkeit von [Modell] fiel von [__] % auf [__] % nach dem Deployment von [Version] am [Datum]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production data no longer looks like the training data</source>
        <translation>Produktionsdaten sehen nicht mehr wie die Trainingsdaten aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody compares production inputs with the training set</source>
        <translation>Niemand vergleicht Produktionseingaben mit dem Trainingsdatensatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The deployed model is not the one that was validated</source>
        <translation>Das ausgerollte Modell ist nicht das validierte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models are promoted by copying files by hand</source>
        <translation>Modelle werden durch Kopieren von Dateien von Hand freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The evaluation set misses the segment that changed</source>
        <translation>Dem Evaluationsdatensatz fehlt das Segment, das sich geändert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A retraining request takes [__] days from request to deployment; the target is [__] days</source>
        <translation>Eine Nachtrainingsanfrage dauert [__] Tage von der Anfrage bis zum Deployment; das Ziel sind [__] Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New data waits for labeling</source>
        <translation>Neue Daten warten auf das Labeling</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labeling starts only on a full batch</source>
        <translation>Das Labeling beginnt erst bei einem vollen Batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The release waits for sign-off</source>
        <translation>Die Freigabe wartet auf die Abnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nobody owns the sign-off</source>
        <translation>Niemand ist für die Abnahme verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training jobs queue for GPUs</source>
        <translation>Trainingsjobs warten auf GPUs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The labeling backlog grew from [__] to [__] items in [__] weeks</source>
        <translation>Der Labeling-Rückstau wuchs in [__] Wochen von [__] auf [__] Elemente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More items arrive than labelers finish</source>
        <translation>Es kommen mehr Elemente an, als die Labeler fertigstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items arrive in large batches, not a steady flow</source>
        <translation>Elemente kommen in großen Batches statt in stetigem Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels are reworked after review</source>
        <translation>Labels werden nach der Prüfung nachgearbeitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labeling guidelines are ambiguous</source>
        <translation>Die Labeling-Richtlinien sind mehrdeutig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>p95 inference latency is [__] ms against a service-level objective of [__] ms since [date]</source>
        <translation>Die p95-Inferenzlatenz liegt seit [Datum] bei [__] ms gegenüber einem Service-Level-Ziel von [__] ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests queue at peak load</source>
        <translation>Anfragen stauen sich bei Spitzenlast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoscaling reacts slower than the load rises</source>
        <translation>Das Autoscaling reagiert langsamer, als die Last steigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new model needs more compute per request</source>
        <translation>Das neue Modell braucht mehr Rechenleistung pro Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feature lookups are slow</source>
        <translation>Feature-Abfragen sind langsam</translation>
    </message>
</context>
<context>
    <name>WorkingTime</name>
    <message>
        <location filename="../models/vsm/workingtime.cpp" line="+12"/>
        <source>a month needs at least one working day and a demand of 0 or more</source>
        <translation>ein Monat braucht mindestens einen Arbeitstag und einen Bedarf von 0 oder mehr</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the breaks take the whole shift: no working time is left</source>
        <translation>die Pausen füllen die ganze Schicht: es bleibt keine Arbeitszeit</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n shift(s) of %1 are more than a day</source>
        <translation>
            <numerusform>%n Schicht von %1 ist mehr als ein Tag</numerusform>
            <numerusform>%n Schichten von %1 sind mehr als ein Tag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopMetadata</name>
    <message>
        <location filename="../models/document/workshopmetadata.cpp" line="+19"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Facilitators</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>XmrChart</name>
    <message>
        <location filename="../models/kpi/xmrchart.cpp" line="+135"/>
        <source>beyond the limits (3σ)</source>
        <translation>außerhalb der Grenzen (3σ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 of 3 beyond 2σ on one side</source>
        <translation>2 von 3 jenseits 2σ auf einer Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4 of 5 beyond 1σ on one side</source>
        <translation>4 von 5 jenseits 1σ auf einer Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>8 in a row on one side of the centre</source>
        <translation>8 in Folge auf einer Seite der Mittellinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a jump above the range limit</source>
        <translation>ein Sprung über der Spannweitengrenze</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+62"/>
        <source>Lean workshop facilitation: value stream maps, problem solving and the session record.

Commands: %1 (run &quot;takt COMMAND --help&quot;)</source>
        <translation>Moderation von Lean-Workshops: Wertstromkarten, Problemlösung und Sitzungsprotokoll.

Befehle: %1 (Hilfe mit &quot;takt BEFEHL --help&quot;)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A .takt document to open.</source>
        <translation>Ein zu öffnendes .takt-Dokument.</translation>
    </message>
</context>
</TS>
