-- The organisation building campaign's first questionnaire (संगठन सृजन अभियान), published.
insert into questionnaire (slug, version, status, title_en, title_hi, intro_en, intro_hi, closing_en, closing_hi)
values ('sangathan-srijan', 1, 'PUBLISHED',
        'Organisation building campaign: booth feedback',
        'संगठन सृजन अभियान: बूथ से प्रतिक्रिया',
        'A few questions about your booth committee. Your answers are saved as you go; you can stop and come back at any time.',
        'आपकी बूथ समिति के बारे में कुछ प्रश्न। हर उत्तर तुरंत सहेजा जाता है; आप कभी भी रुककर बाद में लौट सकते हैं।',
        'Thank you! Your answers have been recorded.',
        'धन्यवाद! आपके उत्तर दर्ज हो गए हैं।');

insert into question (questionnaire_id, position, key, type, text_en, text_hi, min_value, max_value, max_length)
select q.id, v.position, v.key, v.type, v.text_en, v.text_hi, v.min_value, v.max_value, v.max_length
from questionnaire q,
     (values
        (0, 'committee_active', 'YES_NO',
            'Is your booth committee active?',
            'क्या आपकी बूथ समिति सक्रिय है?', null::int, null::int, null::int),
        (1, 'active_workers', 'NUMBER',
            'How many workers are active at your booth?',
            'आपके बूथ पर कितने कार्यकर्ता सक्रिय हैं?', 0, 1000, null),
        (2, 'training_needed', 'SINGLE_CHOICE',
            'What training does your booth committee need most?',
            'आपकी बूथ समिति को सबसे अधिक किस प्रशिक्षण की आवश्यकता है?', null, null, null),
        (3, 'youth_taking_part', 'YES_NO',
            'Are youth (18 to 35) taking part in the booth committee?',
            'क्या बूथ समिति में युवा (18 से 35 वर्ष) भाग ले रहे हैं?', null, null, null),
        (4, 'women_taking_part', 'YES_NO',
            'Are women taking part in the booth committee?',
            'क्या बूथ समिति में महिलाएं भाग ले रही हैं?', null, null, null),
        (5, 'sc_st_taking_part', 'YES_NO',
            'Are Scheduled Castes and Scheduled Tribes (SC/ST) members taking part?',
            'क्या अनुसूचित जाति / अनुसूचित जनजाति (SC/ST) के सदस्य भाग ले रहे हैं?', null, null, null),
        (6, 'obc_taking_part', 'YES_NO',
            'Are Other Backward Classes (OBC) members taking part?',
            'क्या अन्य पिछड़ा वर्ग (OBC) के सदस्य भाग ले रहे हैं?', null, null, null),
        (7, 'minorities_taking_part', 'YES_NO',
            'Are minority members taking part?',
            'क्या अल्पसंख्यक सदस्य भाग ले रहे हैं?', null, null, null),
        (8, 'suggestion', 'TEXT',
            'One suggestion: what do people in your village need, or what should the organisation do?',
            'एक सुझाव: आपके गाँव के लोगों को क्या चाहिए, या संगठन को क्या करना चाहिए?', null, null, 1000)
     ) as v(position, key, type, text_en, text_hi, min_value, max_value, max_length)
where q.slug = 'sangathan-srijan' and q.version = 1;

insert into question_option (question_id, position, key, label_en, label_hi)
select qu.id, v.position, v.key, v.label_en, v.label_hi
from question qu
join questionnaire q on q.id = qu.questionnaire_id,
     (values
        (0, 'booth_management', 'Booth management', 'बूथ प्रबंधन'),
        (1, 'voter_list', 'Voter list work', 'मतदाता सूची का काम'),
        (2, 'public_contact', 'Public contact', 'जन-संपर्क'),
        (3, 'social_media', 'Social media', 'सोशल मीडिया'),
        (4, 'none', 'No training needed', 'प्रशिक्षण की आवश्यकता नहीं')
     ) as v(position, key, label_en, label_hi)
where q.slug = 'sangathan-srijan' and q.version = 1 and qu.key = 'training_needed';
