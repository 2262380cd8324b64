-- Version 19: the contacts view sorts by phone and by time zone too, keyset-paged like the other
-- columns (each order has its index, so a page at a million contacts reads only that page).
create index contacts_by_phone on contacts (coalesce(phone, ''), id);
create index contacts_by_time_zone on contacts (time_zone, id);
