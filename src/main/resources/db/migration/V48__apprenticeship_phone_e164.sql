-- Apprentices' phone numbers are written in E.164 from now on, the platform's one phone rule (PhoneNumber,
-- ADR 0030). Those recorded before in the national form 0XXXXXXXXX take the same form, so that every stored
-- number reads alike; anything else stays as it was typed.
update app_contract
   set apprentice_phone = '+212' || substring(apprentice_phone from 2)
 where apprentice_phone like '0_________'
   and apprentice_phone not like '00%';
