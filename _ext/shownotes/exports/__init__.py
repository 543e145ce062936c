"""Files written next to the HTML pages from the domain's records: iCalendar, frab/c3voc JSON
and XML, ``shownotes.json``; and the schema.org data of each talk's and speaker's page.

:mod:`.setup` registers them; :mod:`.writer` writes the files after an HTML build.
"""
