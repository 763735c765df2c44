<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionSection</name>
    <message numerus="yes">
        <location filename="../models/actions/actionsection.cpp" line="+32"/>
        <source>%1 (%n action(s))</source>
        <translation>
            <numerusform>%1 (%n action)</numerusform>
            <numerusform>%1 (%n actions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionsCommandLine</name>
    <message numerus="yes">
        <location filename="../app/actionscommandline.cpp" line="+81"/>
        <source>%n action(s)
</source>
        <translation>
            <numerusform>%n action
</numerusform>
            <numerusform>%n actions
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>%n action(s) added</source>
        <translation>
            <numerusform>%n action added</numerusform>
            <numerusform>%n actions added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n already in the register</source>
        <translation>
            <numerusform>; %n already in the register</numerusform>
            <numerusform>; %n already in the register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceCommandLine</name>
    <message numerus="yes">
        <location filename="../app/attendancecommandline.cpp" line="+99"/>
        <source>%n participant(s) added</source>
        <translation>
            <numerusform>%n participant added</numerusform>
            <numerusform>%n participants added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n already there</source>
        <translation>
            <numerusform>; %n already there</numerusform>
            <numerusform>; %n already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="+310"/>
        <source>takt: note: the format of &quot;%1&quot; has no place for %n part(s), left out: %2</source>
        <translation>
            <numerusform>takt: note: the format of &quot;%1&quot; has no place for %n part, left out: %2</numerusform>
            <numerusform>takt: note: the format of &quot;%1&quot; has no place for %n parts, left out: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeaSection</name>
    <message numerus="yes">
        <location filename="../models/ideas/ideasection.cpp" line="+37"/>
        <source>Ranked by the dots of %1 (%n dot(s) each).</source>
        <translation>
            <numerusform>Ranked by the dots of %1 (%n dot each).</numerusform>
            <numerusform>Ranked by the dots of %1 (%n dots each).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasCommandLine</name>
    <message numerus="yes">
        <location filename="../app/ideascommandline.cpp" line="+50"/>
        <source>%n dot(s)</source>
        <translation>
            <numerusform>%n dot</numerusform>
            <numerusform>%n dots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiCommandLine</name>
    <message numerus="yes">
        <location filename="../app/kpicommandline.cpp" line="+89"/>
        <source>%1: %n measurement(s) added</source>
        <translation>
            <numerusform>%1: %n measurement added</numerusform>
            <numerusform>%1: %n measurements added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiReading</name>
    <message numerus="yes">
        <location filename="../models/kpi/kpireading.cpp" line="+64"/>
        <source>Shifted upward since %1: %n point(s) above the centre line.</source>
        <translation>
            <numerusform>Shifted upward since %1: %n point above the centre line.</numerusform>
            <numerusform>Shifted upward since %1: %n points above the centre line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Shifted downward since %1: %n point(s) below the centre line.</source>
        <translation>
            <numerusform>Shifted downward since %1: %n point below the centre line.</numerusform>
            <numerusform>Shifted downward since %1: %n points below the centre line.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n point(s) beyond the limits (%1 to %2), the last on %3.</source>
        <translation>
            <numerusform>%n point beyond the limits (%1 to %2), the last on %3.</numerusform>
            <numerusform>%n points beyond the limits (%1 to %2), the last on %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Not predictable: %n signal(s) of a special cause.</source>
        <translation>
            <numerusform>Not predictable: %n signal of a special cause.</numerusform>
            <numerusform>Not predictable: %n signals of a special cause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The limits are provisional: they rest on %n point(s), fewer than 10.</source>
        <translation>
            <numerusform>The limits are provisional: they rest on %n point, fewer than 10.</numerusform>
            <numerusform>The limits are provisional: they rest on %n points, fewer than 10.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCommandLine</name>
    <message numerus="yes">
        <location filename="../app/mapcommandline.cpp" line="+93"/>
        <source>takt: note: takt-vsm version 1 has no place for %n element(s) of &quot;%1&quot;, left out: %2</source>
        <translation>
            <numerusform>takt: note: takt-vsm version 1 has no place for %n element of &quot;%1&quot;, left out: %2</numerusform>
            <numerusform>takt: note: takt-vsm version 1 has no place for %n elements of &quot;%1&quot;, left out: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapMetrics</name>
    <message numerus="yes">
        <location filename="../models/vsm/mapmetrics.cpp" line="+209"/>
        <source>Rolled %C&amp;A counts %n step(s) without a %C&amp;A as 100 %.</source>
        <translation>
            <numerusform>Rolled %C&amp;A counts %n step without a %C&amp;A as 100 %.</numerusform>
            <numerusform>Rolled %C&amp;A counts %n steps without a %C&amp;A as 100 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n step(s) with a cycle time are not on the flow path and are left out of the timeline.</source>
        <translation>
            <numerusform>%n step with a cycle time is not on the flow path and is left out of the timeline.</numerusform>
            <numerusform>%n steps with a cycle time are not on the flow path and are left out of the timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapsSection</name>
    <message numerus="yes">
        <location filename="../models/vsm/mapssection.cpp" line="+104"/>
        <source>This map is too large to print readably in parts (%n pages); its steps follow in the table.</source>
        <translation>
            <numerusform>This map is too large to print readably in parts (%n page); its steps follow in the table.</numerusform>
            <numerusform>This map is too large to print readably in parts (%n pages); its steps follow in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::A3Actions</name>
    <message numerus="yes">
        <location filename="../views/a3/a3actions.cpp" line="+144"/>
        <source>The result misses the target. Reopen the analysis? The A3 goes back to Plan and the %n confirmed root cause(s) of its analysis are marked as not confirmed by the result.</source>
        <translation>
            <numerusform>The result misses the target. Reopen the analysis? The A3 goes back to Plan and the %n confirmed root cause of its analysis is marked as not confirmed by the result.</numerusform>
            <numerusform>The result misses the target. Reopen the analysis? The A3 goes back to Plan and the %n confirmed root causes of its analysis are marked as not confirmed by the result.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ActionImportDialog</name>
    <message numerus="yes">
        <location filename="../views/actions/actionimportdialog.cpp" line="+61"/>
        <source>%1 holds %n action(s). Import them?</source>
        <translation>
            <numerusform>%1 holds %n action. Import it?</numerusform>
            <numerusform>%1 holds %n actions. Import them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 cannot be imported as it is: %n problem(s). Nothing is imported until the file is right; fix it and read it again.</source>
        <translation>
            <numerusform>%1 cannot be imported as it is: %n problem. Nothing is imported until the file is right; fix it and read it again.</numerusform>
            <numerusform>%1 cannot be imported as it is: %n problems. Nothing is imported until the file is right; fix it and read it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ActionStore</name>
    <message numerus="yes">
        <location filename="../models/actions/actionstore.cpp" line="+55"/>
        <source>Add %n action(s)</source>
        <translation>
            <numerusform>Add %n action</numerusform>
            <numerusform>Add %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Delete %n action</numerusform>
            <numerusform>Delete %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n action(s), %1 open</source>
        <translation>
            <numerusform>%n action, %1 open</numerusform>
            <numerusform>%n actions, %1 open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n overdue</source>
        <translation>
            <numerusform>, %n overdue</numerusform>
            <numerusform>, %n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ActionsMenu</name>
    <message numerus="yes">
        <location filename="../views/actions/actionsmenu.cpp" line="+69"/>
        <source>Imported %n action(s) from %1</source>
        <translation>
            <numerusform>Imported %n action from %1</numerusform>
            <numerusform>Imported %n actions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>Brought in %n open action(s) from %1</source>
        <translation>
            <numerusform>Brought in %n open action from %1</numerusform>
            <numerusform>Brought in %n open actions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>; %n already in the register</source>
        <translation>
            <numerusform>; %n already in the register</numerusform>
            <numerusform>; %n already in the register</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::AgendaStore</name>
    <message numerus="yes">
        <location filename="../models/agenda/agendastore.cpp" line="+30"/>
        <source>Add %n agenda item(s)</source>
        <translation>
            <numerusform>Add %n agenda item</numerusform>
            <numerusform>Add %n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n agenda item(s)</source>
        <translation>
            <numerusform>Delete %n agenda item</numerusform>
            <numerusform>Delete %n agenda items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n min behind</source>
        <translation>
            <numerusform>%n min behind</numerusform>
            <numerusform>%n min behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min ahead</source>
        <translation>
            <numerusform>%n min ahead</numerusform>
            <numerusform>%n min ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> over %n day(s)</source>
        <translation>
            <numerusform> over %n day</numerusform>
            <numerusform> over %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::AttendanceEditor</name>
    <message numerus="yes">
        <location filename="../views/attendance/attendanceeditor.cpp" line="+101"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::AttendanceMenu</name>
    <message numerus="yes">
        <location filename="../views/attendance/attendancemenu.cpp" line="+65"/>
        <source>Imported %n participant(s) from %1</source>
        <translation>
            <numerusform>Imported %n participant from %1</numerusform>
            <numerusform>Imported %n participants from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>; %n already there</source>
        <translation>
            <numerusform>; %n already there</numerusform>
            <numerusform>; %n already there</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::AttendanceStore</name>
    <message numerus="yes">
        <location filename="../models/attendance/attendancestore.cpp" line="+57"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform>
            <numerusform>Add %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>Delete %n participant</numerusform>
            <numerusform>Delete %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Workshop of %n day(s)</source>
        <translation>
            <numerusform>Workshop of %n day</numerusform>
            <numerusform>Workshop of %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::DecisionLogEditor</name>
    <message numerus="yes">
        <location filename="../views/decisions/decisionlogeditor.cpp" line="+69"/>
        <source> · %n without who decided</source>
        <translation>
            <numerusform> · %n without who decided</numerusform>
            <numerusform> · %n without who decided</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::DecisionStore</name>
    <message numerus="yes">
        <location filename="../models/decisions/decisionstore.cpp" line="+21"/>
        <source>Add %n decision(s)</source>
        <translation>
            <numerusform>Add %n decision</numerusform>
            <numerusform>Add %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n decision(s)</source>
        <translation>
            <numerusform>Delete %n decision</numerusform>
            <numerusform>Delete %n decisions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n decision(s)</source>
        <translation>
            <numerusform>%n decision</numerusform>
            <numerusform>%n decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::FishboneStore</name>
    <message numerus="yes">
        <location filename="../models/fishbone/fishbonestore.cpp" line="+355"/>
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n likely</source>
        <translation>
            <numerusform>, %n likely</numerusform>
            <numerusform>, %n likely</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::FiveWhysStore</name>
    <message numerus="yes">
        <location filename="../models/whys/fivewhysstore.cpp" line="+514"/>
        <source>%n cause(s)</source>
        <translation>
            <numerusform>%n cause</numerusform>
            <numerusform>%n causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n root cause(s)</source>
        <translation>
            <numerusform>, %n root cause</numerusform>
            <numerusform>, %n root causes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n unconfirmed</source>
        <translation>
            <numerusform>, %n unconfirmed</numerusform>
            <numerusform>, %n unconfirmed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::IdeaBoardEditor</name>
    <message numerus="yes">
        <location filename="../views/ideas/ideaboardeditor.cpp" line="+223"/>
        <source>%n idea(s) turned into actions</source>
        <translation>
            <numerusform>%n idea turned into an action</numerusform>
            <numerusform>%n ideas turned into actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::IdeaStore</name>
    <message numerus="yes">
        <location filename="../models/ideas/ideastore.cpp" line="+52"/>
        <source>Add %n idea(s)</source>
        <translation>
            <numerusform>Add %n idea</numerusform>
            <numerusform>Add %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Delete %n idea(s)</source>
        <translation>
            <numerusform>Delete %n idea</numerusform>
            <numerusform>Delete %n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+195"/>
        <source>%n idea(s), %1 quick wins</source>
        <translation>
            <numerusform>%n idea, %1 quick wins</numerusform>
            <numerusform>%n ideas, %1 quick wins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::KpiActions</name>
    <message numerus="yes">
        <location filename="../views/kpi/kpiactions.cpp" line="+111"/>
        <source>Imported %n measurement(s) from %1</source>
        <translation>
            <numerusform>Imported %n measurement from %1</numerusform>
            <numerusform>Imported %n measurements from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::KpiEditor</name>
    <message numerus="yes">
        <location filename="../views/kpi/kpieditor.cpp" line="+115"/>
        <source>Pasted %n measurement(s).</source>
        <translation>
            <numerusform>Pasted %n measurement.</numerusform>
            <numerusform>Pasted %n measurements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Delete %n measurement(s)</source>
        <translation>
            <numerusform>Delete %n measurement</numerusform>
            <numerusform>Delete %n measurements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::KpiStore</name>
    <message numerus="yes">
        <location filename="../models/kpi/kpistore.cpp" line="+164"/>
        <source>Add %n measurement(s)</source>
        <translation>
            <numerusform>Add %n measurement</numerusform>
            <numerusform>Add %n measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n point(s), %1</source>
        <translation>
            <numerusform>%n point, %1</numerusform>
            <numerusform>%n points, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n signal(s)</source>
        <translation>
            <numerusform>%n signal</numerusform>
            <numerusform>%n signals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+489"/>
        <source>⚠ Recovery copy not written: retrying every %n s. Save keeps your work.</source>
        <translation>
            <numerusform>⚠ Recovery copy not written: retrying every %n s. Save keeps your work.</numerusform>
            <numerusform>⚠ Recovery copy not written: retrying every %n s. Save keeps your work.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::MapActions</name>
    <message numerus="yes">
        <location filename="../views/vsm/mapactions.cpp" line="+171"/>
        <source>The map was exported. The takt-vsm format has no place for %n element(s), which were left out: %1.</source>
        <translation>
            <numerusform>The map was exported. The takt-vsm format has no place for %n element, which was left out: %1.</numerusform>
            <numerusform>The map was exported. The takt-vsm format has no place for %n elements, which were left out: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::MapPropertiesPanel</name>
    <message numerus="yes">
        <location filename="../views/vsm/mappropertiespanel.cpp" line="+202"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::MapStore</name>
    <message numerus="yes">
        <location filename="../models/vsm/mapstore.cpp" line="+242"/>
        <source>%n element(s), lead time %1</source>
        <translation>
            <numerusform>%n element, lead time %1</numerusform>
            <numerusform>%n elements, lead time %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ParkingLotEditor</name>
    <message numerus="yes">
        <location filename="../views/parkinglot/parkingloteditor.cpp" line="+101"/>
        <source>%n topic(s) turned into actions</source>
        <translation>
            <numerusform>%n topic turned into an action</numerusform>
            <numerusform>%n topics turned into actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n topic(s) carried to the agenda</source>
        <translation>
            <numerusform>%n topic carried to the agenda</numerusform>
            <numerusform>%n topics carried to the agenda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n topic(s): %1 open, %2 resolved, %3 turned into actions, %4 carried</source>
        <translation>
            <numerusform>%n topic: %1 open, %2 resolved, %3 turned into actions, %4 carried</numerusform>
            <numerusform>%n topics: %1 open, %2 resolved, %3 turned into actions, %4 carried</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::ParkingLotStore</name>
    <message numerus="yes">
        <location filename="../models/parkinglot/parkinglotstore.cpp" line="+22"/>
        <source>Park %n topic(s)</source>
        <translation>
            <numerusform>Park %n topic</numerusform>
            <numerusform>Park %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Delete %n topic(s)</source>
        <translation>
            <numerusform>Delete %n topic</numerusform>
            <numerusform>Delete %n topics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n topic(s), %1 open</source>
        <translation>
            <numerusform>%n topic, %1 open</numerusform>
            <numerusform>%n topics, %1 open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::PresentationActions</name>
    <message numerus="yes">
        <location filename="../app/presentationactions.cpp" line="+108"/>
        <source>%n slide(s) written to %1</source>
        <translation>
            <numerusform>%n slide written to %1</numerusform>
            <numerusform>%n slides written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <location filename="../models/core/addremoveentities.h" line="+58"/>
        <location filename="../models/vsm/addremovemapitems.cpp" line="+27"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <location filename="../models/vsm/addremovemapitems.cpp" line="+27"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/vsm/moveelements.cpp" line="+26"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingTime</name>
    <message numerus="yes">
        <location filename="../models/vsm/workingtime.cpp" line="+32"/>
        <source>%n shift(s) of %1 are more than a day</source>
        <translation>
            <numerusform>%n shift of %1 is more than a day</numerusform>
            <numerusform>%n shifts of %1 are more than a day</numerusform>
        </translation>
    </message>
</context>
</TS>
