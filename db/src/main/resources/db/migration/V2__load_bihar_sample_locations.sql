-- Bihar and its 38 districts; Kaimur's four assembly constituencies with synthetic booths.
insert into location (code, level, parent_code, state_code, name_en, name_hi) values ('BR', 'STATE', null, 'BR', 'Bihar', 'बिहार');
insert into location (code, level, parent_code, state_code, district_code, name_en, name_hi) values
    ('BR-ARA', 'DISTRICT', 'BR', 'BR', 'BR-ARA', 'Araria', 'अररिया'),
    ('BR-ARW', 'DISTRICT', 'BR', 'BR', 'BR-ARW', 'Arwal', 'अरवल'),
    ('BR-AUR', 'DISTRICT', 'BR', 'BR', 'BR-AUR', 'Aurangabad', 'औरंगाबाद'),
    ('BR-BAN', 'DISTRICT', 'BR', 'BR', 'BR-BAN', 'Banka', 'बांका'),
    ('BR-BEG', 'DISTRICT', 'BR', 'BR', 'BR-BEG', 'Begusarai', 'बेगूसराय'),
    ('BR-BHA', 'DISTRICT', 'BR', 'BR', 'BR-BHA', 'Bhagalpur', 'भागलपुर'),
    ('BR-BHO', 'DISTRICT', 'BR', 'BR', 'BR-BHO', 'Bhojpur', 'भोजपुर'),
    ('BR-BUX', 'DISTRICT', 'BR', 'BR', 'BR-BUX', 'Buxar', 'बक्सर'),
    ('BR-DAR', 'DISTRICT', 'BR', 'BR', 'BR-DAR', 'Darbhanga', 'दरभंगा'),
    ('BR-PUC', 'DISTRICT', 'BR', 'BR', 'BR-PUC', 'East Champaran', 'पूर्वी चंपारण'),
    ('BR-GAY', 'DISTRICT', 'BR', 'BR', 'BR-GAY', 'Gaya', 'गया'),
    ('BR-GOP', 'DISTRICT', 'BR', 'BR', 'BR-GOP', 'Gopalganj', 'गोपालगंज'),
    ('BR-JAM', 'DISTRICT', 'BR', 'BR', 'BR-JAM', 'Jamui', 'जमुई'),
    ('BR-JEH', 'DISTRICT', 'BR', 'BR', 'BR-JEH', 'Jehanabad', 'जहानाबाद'),
    ('BR-KAI', 'DISTRICT', 'BR', 'BR', 'BR-KAI', 'Kaimur', 'कैमूर'),
    ('BR-KAT', 'DISTRICT', 'BR', 'BR', 'BR-KAT', 'Katihar', 'कटिहार'),
    ('BR-KHA', 'DISTRICT', 'BR', 'BR', 'BR-KHA', 'Khagaria', 'खगड़िया'),
    ('BR-KIS', 'DISTRICT', 'BR', 'BR', 'BR-KIS', 'Kishanganj', 'किशनगंज'),
    ('BR-LAK', 'DISTRICT', 'BR', 'BR', 'BR-LAK', 'Lakhisarai', 'लखीसराय'),
    ('BR-MDP', 'DISTRICT', 'BR', 'BR', 'BR-MDP', 'Madhepura', 'मधेपुरा'),
    ('BR-MDB', 'DISTRICT', 'BR', 'BR', 'BR-MDB', 'Madhubani', 'मधुबनी'),
    ('BR-MUN', 'DISTRICT', 'BR', 'BR', 'BR-MUN', 'Munger', 'मुंगेर'),
    ('BR-MUZ', 'DISTRICT', 'BR', 'BR', 'BR-MUZ', 'Muzaffarpur', 'मुजफ्फरपुर'),
    ('BR-NAL', 'DISTRICT', 'BR', 'BR', 'BR-NAL', 'Nalanda', 'नालंदा'),
    ('BR-NAW', 'DISTRICT', 'BR', 'BR', 'BR-NAW', 'Nawada', 'नवादा'),
    ('BR-PAT', 'DISTRICT', 'BR', 'BR', 'BR-PAT', 'Patna', 'पटना'),
    ('BR-PUR', 'DISTRICT', 'BR', 'BR', 'BR-PUR', 'Purnia', 'पूर्णिया'),
    ('BR-ROH', 'DISTRICT', 'BR', 'BR', 'BR-ROH', 'Rohtas', 'रोहतास'),
    ('BR-SAH', 'DISTRICT', 'BR', 'BR', 'BR-SAH', 'Saharsa', 'सहरसा'),
    ('BR-SAM', 'DISTRICT', 'BR', 'BR', 'BR-SAM', 'Samastipur', 'समस्तीपुर'),
    ('BR-SAR', 'DISTRICT', 'BR', 'BR', 'BR-SAR', 'Saran', 'सारण'),
    ('BR-SHP', 'DISTRICT', 'BR', 'BR', 'BR-SHP', 'Sheikhpura', 'शेखपुरा'),
    ('BR-SHE', 'DISTRICT', 'BR', 'BR', 'BR-SHE', 'Sheohar', 'शिवहर'),
    ('BR-SIT', 'DISTRICT', 'BR', 'BR', 'BR-SIT', 'Sitamarhi', 'सीतामढ़ी'),
    ('BR-SIW', 'DISTRICT', 'BR', 'BR', 'BR-SIW', 'Siwan', 'सीवान'),
    ('BR-SUP', 'DISTRICT', 'BR', 'BR', 'BR-SUP', 'Supaul', 'सुपौल'),
    ('BR-VAI', 'DISTRICT', 'BR', 'BR', 'BR-VAI', 'Vaishali', 'वैशाली'),
    ('BR-PAC', 'DISTRICT', 'BR', 'BR', 'BR-PAC', 'West Champaran', 'पश्चिमी चंपारण');

insert into location (code, level, parent_code, state_code, district_code, assembly_code, number, name_en, name_hi) values
    ('BR-KAI-203', 'ASSEMBLY', 'BR-KAI', 'BR', 'BR-KAI', 'BR-KAI-203', 203, 'Ramgarh', 'रामगढ़'),
    ('BR-KAI-204', 'ASSEMBLY', 'BR-KAI', 'BR', 'BR-KAI', 'BR-KAI-204', 204, 'Mohania', 'मोहनिया'),
    ('BR-KAI-205', 'ASSEMBLY', 'BR-KAI', 'BR', 'BR-KAI', 'BR-KAI-205', 205, 'Bhabua', 'भभुआ'),
    ('BR-KAI-206', 'ASSEMBLY', 'BR-KAI', 'BR', 'BR-KAI', 'BR-KAI-206', 206, 'Chainpur', 'चैनपुर');

-- Synthetic booths: five per Kaimur assembly constituency, numbered 1 to 5.
insert into location (code, level, parent_code, state_code, district_code, assembly_code, number, name_en, name_hi)
select a.code || '-' || lpad(n::text, 3, '0'), 'BOOTH', a.code, a.state_code, a.district_code, a.code, n,
       'Booth ' || n || ', ' || a.name_en,
       'बूथ ' || n || ', ' || a.name_hi
from location a cross join generate_series(1, 5) as n
where a.level = 'ASSEMBLY' and a.district_code = 'BR-KAI';
