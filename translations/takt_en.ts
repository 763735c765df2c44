<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../app/commandline.cpp" line="+156"/>
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>takt: note: takt-vsm version 1 has no place for %n element(s) of &quot;%1&quot;, left out: %2</source>
        <translation>
            <numerusform>takt: note: takt-vsm version 1 has no place for %n element of &quot;%1&quot;, left out: %2</numerusform>
            <numerusform>takt: note: takt-vsm version 1 has no place for %n elements of &quot;%1&quot;, left out: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCommands</name>
    <message numerus="yes">
        <location filename="../app/mapcommands.cpp" line="+83"/>
        <source>The map was exported. The takt-vsm format has no place for %n element(s), which were left out: %1.</source>
        <translation>
            <numerusform>The map was exported. The takt-vsm format has no place for %n element, which was left out: %1.</numerusform>
            <numerusform>The map was exported. The takt-vsm format has no place for %n elements, which were left out: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapMetrics</name>
    <message numerus="yes">
        <location filename="../models/vsm/mapmetrics.cpp" line="+204"/>
        <source>Rolled %C&amp;A counts %n step(s) without a %C&amp;A as 100 %.</source>
        <translation>
            <numerusform>Rolled %C&amp;A counts %n step without a %C&amp;A as 100 %.</numerusform>
            <numerusform>Rolled %C&amp;A counts %n steps without a %C&amp;A as 100 %.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
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
        <location filename="../models/pack/mapssection.cpp" line="+131"/>
        <source>This map is too large to print readably in parts (%n pages); its steps follow in the table.</source>
        <translation>
            <numerusform>This map is too large to print readably in parts (%n page); its steps follow in the table.</numerusform>
            <numerusform>This map is too large to print readably in parts (%n pages); its steps follow in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::MapPropertiesPanel</name>
    <message numerus="yes">
        <location filename="../views/vsm/mappropertiespanel.cpp" line="+102"/>
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message numerus="yes">
        <location filename="../models/vsm/addremovemapitems.cpp" line="+60"/>
        <source>Add %n item(s)</source>
        <translation>
            <numerusform>Add %n item</numerusform>
            <numerusform>Add %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/vsm/moveelements.cpp" line="+25"/>
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
