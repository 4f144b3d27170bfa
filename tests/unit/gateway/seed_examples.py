"""Every example body of the gateway API manual (seed ``sms-gateway-http-api.txt``), as printed.

Where the manual's page layout broke an example (a line break inside a string or a key, a page
break inside a value), the body is kept as printed: the parser has to cope with what the manual
shows. Where a page break cut an example in two code blocks, both halves are kept, and the
intended whole (the two halves joined) is given as well.
"""

SEND_SMS = '{"error_code":202,\n"sn":"xxxx-xxxx-xxxx-xxxx","sms_in_queue":2,"task_id":2}'

SMS_RESULT = ('{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx","result":[{"port":0,"user_id":1,'
              '"number":"12351","time":"2014-12-21  \n12:06:01","status":"SENT_OK","count":3, '
              '"succ_count":3,  \n"ref_id":12,"imsi":"460004642148063"}]}')

SMS_RESULT_PUSH = ('{"sn":"xxxx-xxxx-xxxx-xxxx","sms_result":[{"port":1,"number":  \n"10086",'
                   '"time":"2016-07-12  \n01:46:02","status":"DELIVERED","count":1,'
                   '"succ_count":1,"ref_i  \nd":215,"imsi":"460004642148063"}]}')

DELIVER_STATUS = ('{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx","result":[{"port":0, '
                  '"number":"12341234", "time":"2014-12-21 12:06:01", "ref_id":12, '
                  '"status_code":0, "imsi":"460004642148063"}]}')

#: Cut in two code blocks by a page break; the first block is valid JSON on its own.
DELIVER_PUSH_FIRST = ('{"sn":"xxxx-xxxx-xxxx-xxxx", "sms_deliver_status":[{"port":1, '
                      '"number":"10086", "time":"2016-07-12"}]}')
DELIVER_PUSH_SECOND = '15:46:53","ref_id":215,"status_code":0,"imsi":"460004642148063  \n"}]}{'
DELIVER_PUSH_WHOLE = DELIVER_PUSH_FIRST[:-4] + " " + DELIVER_PUSH_SECOND

IN_QUEUE = '{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx","in_queue":0}'

INCOMING = ('{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx","sms":[{"incoming_sms_id":1, '
            '"port":2, "number": "123456789", "smsc":"+8613800123456", '
            '"timestamp":"2014-12-09 17:11:18", "text":"This is a test"},], "read":1, '
            '"unread":0}')

INCOMING_PUSH = ('{"sn":"da00-0030-1901-2817","sms":[{"incoming_sms_id":1,"port":1,'
                 '"number":"6717","smsc":"+8613800757511","timestamp":"2016-07-12 15:46:18",'
                 '"text":"test"}]}')

SEND_USSD = ('{"error_code":202,"sn":"xxxx-xxxx-xxxx-xxxx","result":[{"port":0, "status":503}, '
             '{"port":1, "status":503}, {"port":2, "status":200}]}}')

USSD_REPLY = ('{"error code":200,"sn":"xxxx-xxxx-xxxx-xxxx","reply":[{"port":1,"text":""}, '
              '{"port":2,"text": "Test..."}, {"port":3,"text":""}]}}')

USSD_PUSH = '{"sn":"da00-0030-1901-2817","ussd":[{"port":1,"text":"Thank you!"}]}}'

STOP_SMS = '{"error_code":200,"sn":"xxxxx-xxxxx-xxxxx-xxxxx"}'

#: get_port_info, first code block (ends inside the value of "remain_daily_connected").
PORT_INFO_FIRST = (
    '{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx","info":[{"port":1,"type":"WCDMA",'
    '"imei":"863070017005173","imsi":"","iccid":"","smsc":"","number":"","reg":"NO_SIM",'
    '"callstate":"Idle","signal":0,"gprs":"detached","remain_credit":"1000.00",'
    '"remain_monthly_credit":"500.00","remain_daily_credit":"300.00",'
    '"remain_daily_call_time":"100","remain_hourly_call_time":"10",'
    '"remain_daily_connected":"100"}, {"port":2,"type":"GSM","imei":"358967042917201",'
    '"imsi":"460016529802215","iccid":"89860114840400428150","smsc":"+8613010868500",'
    '"number":"","reg":"REGISTER_OK","callstate":"Idle","signal":0,"gprs":"detached",'
    '"remain_credit":"1000.00","remain_monthly_credit":"500.00",'
    '"remain_daily_credit":"300.00","remain_daily_call_time":"100",'
    '"remain_hourly_call_time":"10","remain_daily_connected":}')
PORT_INFO_SECOND = (
    '": "100"}, {"port": 3,  \n"type": "GSM", "imei": "358967042917201", "imsi": "", '
    '"iccid": "", "sm  \nsc": "", "number": "", "reg": "NO_SIM", "callstate": "Idle", '
    '"signal":  \n0, "gprs": "detached", "remain_credit": "1000.00", "remain_monthly_  \n'
    'credit": "500.00", "remain_daily_credit": "300.00", "remain_daily_  \n'
    'call_time": "100", "remain_hourly_call_time": "10", "remain_daily_  \n'
    'connected": "100"}]}}')
#: The intended answer: the value the page break lost is the "100" the second block starts with.
PORT_INFO_WHOLE = PORT_INFO_FIRST[:-1] + '"100"}' + PORT_INFO_SECOND[len('": "100"}'):]

SET_PORT = '{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx"}'

CDR = ('{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx","cdr":[{"port":2,\n'
       '"start_date":"2015-07-21 16:35:20","answer_date":"2015-07-21\n16:35:31",'
       '"duration":3,"source_number":"1010","destination_num\nber":"6717",'
       '"direction":"ip->gsm","ip":"172.16.100.136","codec\n":"G.711U","hangup":"called",'
       '"gsm_code":16,"bcch":""}]}{}')

#: As printed: the "text" member was lost at a line break, leaving a stray quote.
STK_VIEW = ('{"title":"神州行天地",\n", "item": [{"item_id":1,"item_string":"item1_text"}, '
            '{"item_id":2,"item_string":"item2_text"}, {"item_id":3,"item_string":"item3_text"}]'
            ', "input_type": "2", "frame_id": 750}')
STK_VIEW_WHOLE = STK_VIEW.replace(',\n", "item"', ', "text": "", "item"')

STK_FRAME = '{"frame_id":32}'

STATUS = ('{"performance": {"cpu_used": "39", "flash_total": "27648", "flash_used": "17428", '
          '"memory_total": "109448", "memory_cached": "34192", "memory_buffers": "0", '
          '"memory_free": "58928", "memory_used": "50520"} }')
#: The request body the manual shows for get_status (not JSON).
STATUS_REQUEST = '[{"performance"}]'

PUSH_SMS = ('{"sn":"xxxx-xxxx-xxxx-xxxx","sms":[{"incoming_sms_id":1,"port":1,"number":"6717",'
            '"smsc":"+8613800757511","timestamp":"2016-07-12 15:46:18","text":"test"}]}}')
PUSH_SMS_RESULT = ('{"sn":"xxxx-xxxx-xxxx-xxxx", "sms_result": [{"port":1,"number":10086,'
                   '"time":"2016-07-12 01:46:02","status":"DELIVERED","count":1,"succ_count":1,'
                   '"ref_id":215,"imsi":"460004642148063"}]}')
PUSH_DELIVER = ('{"sn":"xxxx-xxxx-xxxx-xxxx", "sms_deliver_status": [{"port":1,"number":10086,'
                '"time":"2016-07-12 15:46:53","ref_id":215,"status_code":0,'
                '"imsi":"460004642148063"}]}')
PUSH_USSD = '{"sn":"xxxx-xxxx-xxxx-xxxx", "ussd": [{"port":1,"text":"Thank you!"}]}'
PUSH_REGISTER = (
    '{"sn":"xxxx-xxxx-xxxx-xxxx", "register": [{"port":8,"iccid":"89860040191844710023",'
    '"imsi":"460004642148063","number":"13714637674","status":"up","sequence":2,"slot":2}]}, '
    '{"sn":"xxxx-xxxx-xxxx-xxxx", "register": [{"port":8,"iccid":"><NULL>","imsi":"><NULL>",'
    '"number":"13714637674","status":"down","sequence":1,"slot":2}]}')
PUSH_CDR = ('{"sn":"xxxx-xxxx-xxxx-xxxx", "cdr": [{"port":2,"start_date":"2015-07-21 16:35:20",'
            '"answer_date":"2015-07-21 16:35:31","duration":3,"source_number":"1010",'
            '"destination_number":"6717","direction":"ip->gsm","ip":"172.16.100.136",'
            '"codec":"G.711U","hangup":"called","gsm_code":16,"bcch":""}]}')
PUSH_DEVICE_OFF = ('{"sn":"xxxx-xxxx-xxxx-xxxx", "device": {"port_number":32,'
                   '"IP":"172.18.55.142","MAC":"F8-A0-3D-48-E5-19","status":"power_off"}}')
PUSH_DEVICE_ON = ('{"sn":"xxxx-xxxx-xxxx-xxxx", "device": {"port_number":32, '
                  '"IP":"172.18.55.142", "MAC":"F8-A0-3D-48-E5-19", "status":"power_on"}}')
PUSH_EXCEPTION = ('{"sn":"xxxx-xxxx-xxxx-xxxx", "exception_info":{"port":0, "type":"call_fail", '
                  '"action":"reset"}}')

CALL_FORWARD_SET = '{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx"}'
CALL_FORWARD_GET = ('{"error_code":200,"sn":"xxxx-xxxx-xxxx-xxxx","info":[{"port":8,'
                    '"CallForwarding":{"Unconditional":"15013828917"}}]}{')
