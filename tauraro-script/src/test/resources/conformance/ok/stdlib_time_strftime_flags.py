import time, datetime
t = time.struct_time((2024,3,5,7,8,9,1,65,0))
fl = ['%-d','%-m','%-H','%-I','%-j','%-y','%-Y','%_d','%_m','%_j','%0e','%-e','%^a','%^B','%#a','%#p','%^p','%10Y','%3d','%10a','%010a','%-10a','%_10Y','%5j','%1d','%02Y','%^10b','%-5d','%5p','%#b','%#B','%#A','%^c','%-c','%5c','%-x','%^x','%5%','%-%','%5n','%_5d','%04e','%-U','%-G','%5G','%-V','%-u','%3u','%-w','%_H','%_y','%_C','%-C','%5C','%Ey','%_Ey','%-Od','%E-d','%-Ed','%5Ed','%-k','%-l','%_l','%0l','%3k','%-q','%5q','%^q','%^r','%-R','%-T','%-D','%-F','%12F','%_F','%-P','%^P','%#P','%5','%-','%_10','%E%d','%O%','%Eq','%E','%O','%5E','%5Ex','%Ox','%-1d','%-0d','%0-d','%_-d','%-_5d','%^#a','%#^p','%010p','%-Y','%_Y','%05Y','%^h','%#h','%_5a','%3%','%_3%','%03%','%^10c','%#c','%#x','%^b', '%', 'a%']
for f in fl:
    print(repr(f), repr(time.strftime(f, t)), repr(time.strftime(f, (2024,11,25,17,0,0,0,330,0))))
for y in [5, 123, 12345]:
    print(time.strftime('%Y|%G|%C|%y|%_C|%-C|%3Y|%_3Y|%F|%010Y|%_10Y|%-10Y', (y,1,1,0,0,0,0,1,0)))
print(repr(time.strftime('%Z|%z', datetime.datetime(2024,3,5).timetuple())))
print(repr(time.strftime('%Z|%z', time.gmtime(0))), time.gmtime(0).tm_zone, time.gmtime(0).tm_gmtoff)
print(repr(time.strftime('%z|%#Z|%^Z', time.struct_time((2024,3,5,0,0,0,0,1,0,'ABC',3600)))))
print(repr(time.strftime('%Z|%z', time.struct_time((2024,3,5,0,0,0,0,1,-1,'ABC',3600)))))
print(repr(datetime.datetime(2024,3,5).strftime('%Z|%z|%-z|%5Z|%^Z')))
print(repr(datetime.datetime(2024,3,5,tzinfo=datetime.timezone(datetime.timedelta(hours=-5), 'EST')).strftime('%Z|%z|%-z|%5Z|%^Z')))
print(repr(datetime.datetime(2024,3,5,4,tzinfo=datetime.timezone.utc).strftime('%-d %_m %^a %5Z %#Z %^Z %-f %5f %_f %-H %-I%p %%f %%%f')))
print(repr(datetime.date(2024,3,5).strftime('%-d/%-m/%Y %^A %#b %_j')))
print(repr(datetime.time(4,5,6).strftime('%-H:%M %-I %p %^p %-j')))
