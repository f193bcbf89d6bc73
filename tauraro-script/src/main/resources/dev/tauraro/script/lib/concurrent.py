'''The concurrent package: its only module is concurrent.futures (imported as an attribute of it).'''
