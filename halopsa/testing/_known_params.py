"""What the fake reads from Halo's OpenAPI document. GENERATED: do not edit.

Made by ``halopsa/testing/_make_known_params.py`` from halopsa-openapi.json, plus the hand-written entries in
that script (/Expense, /Timesheet). Values are space-separated names, split lazily by the server.
KNOWN_PARAMS: lower-cased query parameter names per lower-cased path (each whole-segment parameter {id}).
KNOWN_FIELDS: the properties of each record schema, keyed by schema name (Faults for tickets, ...).
FAMILIES: every collection family, by lower-cased first segment: "<spelling> <operations> <POST schema>";
operations are letters: l GET /X, g GET /X/{id}, p POST /X (an array of records), d DELETE /X/{id}.
SPEC_PATHS: every path as the spec spells it, with its methods.
"""

KNOWN_PARAMS = {
    '/actions': (
        'actoutcome actoutcomenum agentonly conversationonly count datesearch enddate excludebilling '
        'excludehiddenfrominternalit excludeprivate excludesys importantonly importanttop includeagentdetails '
        'includeattachments includefacebookfields includehtmlemail includehtmlnote '
        'includenonactionattachments includetranslations includetwitterfields intraticketonly ischildnotes '
        'isrelatednotes slaonly startdate supplieronly ticket_id timeentriesonly'
    ),
    '/actions/reaction': '',
    '/actions/review': '',
    '/actions/{id}': 'agentonly emailonly includedetails includeemail mostrecent nonsystem penultimate ticket_id',
    '/address': (
        'count onholdonly openedafter overrideclientid overridesiteid overrideuserid postcode site_id type_id '
        'user_id'
    ),
    '/address/{id}': 'includedetails',
    '/addressbook': '',
    '/addressbook/{id}': '',
    '/adobeacrobatdetails': '',
    '/adobeacrobatdetails/{id}': '',
    '/adobecommercedetails': '',
    '/adobecommercedetails/{id}': '',
    '/adobecommerceintegration': '',
    '/adobecommerceintegration/auth': '',
    '/agent': (
        'activeinactive appointmentscreen can_edit_only client_id clientidoverride department_id departments '
        'domain exchangecalendars excludeagent forcequalmatch includeapiagents includedisabled includeenabled '
        'includenamedcount includeroles includestatus includeunassigned integration_type linemanagedonly '
        'linkingagents loadcache onlinestatuses qualifications reassign remoteagents remoteagenttype role '
        'search shiftagentsonly showall showcounts team team_id teams thisagentonly ticketarea_id '
        'tickettype_id view_id withemail'
    ),
    '/agent/clearcache': '',
    '/agent/me': '',
    '/agent/{id}': (
        'clientidoverride get_htmldesigner_signature getholidayallowance includedetails isagentconfig '
        'loadcache'
    ),
    '/agentcheckin': 'agent_id end_date start_date',
    '/agentcheckin/{id}': 'includedetails',
    '/agenteventsubscription': '',
    '/agenteventsubscription/{id}': '',
    '/agentimage/{id}': (
        'clientidoverride get_htmldesigner_signature getholidayallowance includedetails isagentconfig '
        'loadcache'
    ),
    '/agentpresencerule': '',
    '/agentpresencesubscription': '',
    '/agentpresencesubscription/{id}': '',
    '/aisuggestion': '',
    '/aisuggestion/{id}': '',
    '/amazonsellerdetails': '',
    '/amazonsellerdetails/{id}': '',
    '/application': '',
    '/application/{id}': 'includedetails',
    '/appointment': (
        'advanced_search agents appointmentsonly assets client_id end_date excludenonticketapptodo '
        'excluderecurring excluderecurringmaster getopenjourney hidecompleted includedeleted isrecurringchild '
        'isrecurringmaster locations my_approvals order order2 order3 order4 order5 orderdesc orderdesc2 '
        'orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate recurringchangeonly recurringmasterid '
        'search shiftsonly showall showappointments showchanges showholidayonce showholidays showprojects '
        'showshifts start_date statuses tasksonly ticket_id toplevel_id types utcoffset'
    ),
    '/appointment/booking': '',
    '/appointment/generate': '',
    '/appointment/{id}': 'ignoreexchangedelete includedetails',
    '/approvalprocess': 'access_control_level',
    '/approvalprocess/{id}': 'includedetails',
    '/approvalprocessrule': 'global process_id step_id',
    '/approvalprocessrule/{id}': 'includedetails',
    '/approvalstore': '',
    '/areaazuretenant': 'azure_tenant_id client_id details_id ignore_decrypt notset returnalliflinked site_id',
    '/arearequesttype': '',
    '/arearequesttype/{id}': 'includedetails',
    '/asset': (
        'activeinactive advanced_search assetgroup_id assetgroups assets assetstatuses assettype assettype_id '
        'assettypes bookmarked client_id columns_id consignable consignment_id contract_id '
        'contract_id_adding_to count domotzagents excludethese globalsearchid idonly includeactive '
        'includeallowedstatus includeassetfields includechildren includecolumns includeinactive '
        'includeservices includeuser integration_tenantids integration_type inventory_number '
        'islogonbehalfview item_id itemstock_id kb_id lastupdatefromdate lastupdatetodate licence_id '
        'linked_to_ticket linkedto_id mine mysite noicon order order2 order3 order4 order5 orderdesc '
        'orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate previously_selected '
        'previously_selected_client_id previously_selected_site_id previously_selected_user_id salesorder_id '
        'salesorder_line search search_inventory_number_only service_id service_ids site_id stockbin_id '
        'stockbin_ids supplier_contract_id supplier_id suppliercontracts ticket_id tickettype_id user_id '
        'username'
    ),
    '/asset/getallsoftwareversions': '',
    '/asset/nexttag': '',
    '/asset/{id}': (
        'assettype_id includeactivity includeallowedstatus includedetails includediagramdetails '
        'includehierarchy'
    ),
    '/assetchange': (
        'asset_id count idonly licence_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 '
        'orderdesc4 orderdesc5 page_no page_size pageinate search user_id'
    ),
    '/assetgroup': 'includetypesforgroups istree type',
    '/assetgroup/{id}': 'includedetails',
    '/assetsoftware': 'device_id licence_id third_party_field third_party_id user_id',
    '/assettype': (
        'assetgroup_id can_create_only can_edit_only fixedassetgroups include_current resourcesonly setuplist '
        'tickettype_id type'
    ),
    '/assettype/{id}': 'booking_type client_id end_date fieldsandlayoutonly includedetails site_id start_date',
    '/assettypeinfo': (
        'assetgroup_id can_create_only can_edit_only fixedassetgroups include_current resourcesonly setuplist '
        'tickettype_id type'
    ),
    '/assettypemappings': '',
    '/assettypemappings/{id}': 'includedetails',
    '/att/priceandavailability': '',
    '/attachment': (
        'action_id domotzagents filetype idonly isxlsimport one_attachment_id order order2 order3 order4 '
        'order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 portal ticket_id token type unique_id'
    ),
    '/attachment/document': '',
    '/attachment/document/{id}': '',
    '/attachment/gets3presignedurl': '',
    '/attachment/image': (
        '_alreadyuploaded _canupdate _enduserportalpdfprint _importtype _is_new_version _isimport '
        '_match_integration_id _match_integration_name _match_thirdparty_id _warning aashowforchildren '
        'aashowforrelated aashowforusers aaunum aauserid action_id already_posted anon_outcomeid '
        'atallowanonupload atallowguid atblob atblob_base64 atcontenttype atdatecreated atdesc atencid '
        'atfilename atfilesize atguid atid atimageuse atipaddress atisimage atkey atlink atlinkedversionid '
        'atnote atparentid atshowforusers attachmentaction_id atthirdpartyid attype atuniqueid child_count '
        'content_id copy_from_id copytopath date_created_override download_url external_links faultid '
        'has_scanned image_upload_id image_upload_key import_details_id last_updated link '
        'new_external_link._match new_external_link._warning new_external_link._webhookaction '
        'new_external_link.chat_message_count new_external_link.eldatecreated new_external_link.eldateupdated '
        'new_external_link.eldetailsid new_external_link.eldontmoveexistingassets new_external_link.elhaloid '
        'new_external_link.elid new_external_link.elintegrationname new_external_link.elisprimary '
        'new_external_link.elmoduleid new_external_link.elrevisions new_external_link.elsubscriptionexpiry '
        'new_external_link.elsubscriptionid new_external_link.elsubscriptionkey new_external_link.eltableid '
        'new_external_link.elthirdpartyadditionalid new_external_link.elthirdpartyassignedto '
        'new_external_link.elthirdpartycount new_external_link.elthirdpartydesc '
        'new_external_link.elthirdpartyid new_external_link.elthirdpartypriority '
        'new_external_link.elthirdpartystatus new_external_link.elthirdpartytype '
        'new_external_link.elthirdpartyurl new_external_link.extra_match_field new_external_link.halo_desc '
        'new_external_link.halo_second_desc new_external_link.halo_second_id '
        'new_external_link.new_subscription_key new_external_link.populate_url '
        'new_external_link.third_party_secondary_id nonce parent_name s3url third_party_id third_party_token '
        'ticket_id tickettype_guid tickettype_id token usethisguid validate_guid version_count'
    ),
    '/attachment/image/{id}': '',
    '/attachment/nhserver/{id}': 'token',
    '/attachment/presignedurluploadcomplete': '',
    '/attachment/{id}': 'childticketid includedetails token',
    '/audit': '',
    '/audit/{id}': 'includedetails',
    '/authinfo': '',
    '/automation': '',
    '/automation/{id}': '',
    '/avalaradetails': '',
    '/avalaradetails/{id}': '',
    '/aws/get': '',
    '/awsdetails': '',
    '/awsdetails/{id}': '',
    '/azureadconnection': 'authorized isintune type types',
    '/azureadconnection/{id}': 'includedetails includetenants',
    '/azureadmapping': 'connection_id',
    '/azuredelta': '',
    '/azuredelta/{id}': '',
    '/azuredevopsdetails': '',
    '/azuredevopsdetails/{id}': 'includedetails',
    '/azuretranslate/customtranslate': '',
    '/backgroundtask/{id}': '',
    '/billingtemplate': '',
    '/billingtemplate/{id}': 'client_id includedetails',
    '/bookingtype': 'type',
    '/bookmark': '',
    '/bookmark/{id}': '',
    '/budgettype': 'ticket_id',
    '/budgettype/{id}': 'includedetails',
    '/bulkemail': '',
    '/bulkemail/{id}': 'includedetails',
    '/businesscentraldetails': 'companyid connectedonly',
    '/businesscentraldetails/{id}': 'includedetails',
    '/cab': 'includemembers',
    '/cab/{id}': 'includedetails',
    '/cabmember': '',
    '/calllog': 'showall',
    '/calllog/{id}': 'includedetails',
    '/callscript': '',
    '/callscript/{id}': 'includedetails',
    '/cannedtext': 'access_control_level agent_id department_id group_id showall team_id ticketonly',
    '/cannedtext/{id}': 'includedetails',
    '/category': 'client_id service_id team_id team_name tickettype_id type_id',
    '/category/{id}': 'includedetails',
    '/certificate': '',
    '/certificate/{id}': 'includedetails',
    '/changecalendar': '',
    '/chargerate': 'chargerate_id client_id contract_id currentonly globalonly',
    '/chargerate/{id}': 'includedetails',
    '/chat': (
        'after chatprofile_id checkavailable count ignore_all_closed order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate '
        'teams_conversation_id ticket_id'
    ),
    '/chat/{id}': '',
    '/chatflow': '',
    '/chatmessage': 'chat_id last_id max_id',
    '/chatmessage/istyping': '',
    '/chatprofile': 'type',
    '/chatprofile/{id}': 'check_available includedetails key',
    '/client': (
        'accountmanageronly activeinactive advanced_search azureclients callplan columns_id count domain '
        'exclude_internal gficlients idonly includeactive includeazuretenants includecolumns includeinactive '
        'includeinvoicetemplatename includenotes includeqbofields integration_tenantids integration_type '
        'isjira issentinel isservicenow lastupdatefromdate lastupdatetodate order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate search '
        'search_name_only sentinelid showcounts sitefields snowaccountid snowclients ticketarea_id '
        'toplevel_id view_id'
    ),
    '/client/me': '',
    '/client/newaccountsid': '',
    '/client/paymentmethodupdate': '',
    '/client/{id}': 'domain getavailablerts includeactivity includedetails includeperiods includeprepay tickettype_id',
    '/clientcache': '',
    '/clientcontract': (
        'client_id count device_id excluderenewed includeinactive includelastrenewed isbillingplansetup '
        'isoracle order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 '
        'page_no page_size pageinate pending_recurring_invoice search site_id'
    ),
    '/clientcontract/approval': '',
    '/clientcontract/nextref': '',
    '/clientcontract/{id}': 'includedetails includeperiods',
    '/clientprepay': (
        'advanced_search billing_date client_id client_ids contract_id count idonly order order2 order3 '
        'order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate '
        'ready_for_invoicing search'
    ),
    '/clientprepay/{id}': 'includedetails',
    '/configcommit': (
        'advanced_search idonly instance_id notin_instance_id order order2 order3 order4 order5 orderdesc '
        'orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate rollback_commit search'
    ),
    '/configcommit/{id}': 'includedetails instance_id',
    '/confirmclosure': '',
    '/confirmclosure/{id}': 'includedetails',
    '/confluencedetails': '',
    '/confluencedetails/{id}': '',
    '/connectedinstance': '',
    '/connectedinstance/{id}': 'includedetails',
    '/consignment': (
        'count idonly order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 '
        'page_no page_size pageinate'
    ),
    '/consignment/{id}': 'deleteorder includedetails',
    '/contactgroup': '',
    '/contactgroup/{id}': '',
    '/contactgroupcontact': '',
    '/contactgroupcontact/{id}': '',
    '/contractrule': '',
    '/contractrule/{id}': '',
    '/contractschedule': '',
    '/contractschedule/{id}': 'includedetails',
    '/contractscheduleplan': '',
    '/contractscheduleplan/{id}': 'includedetails',
    '/control': '',
    '/control/clearcache': '',
    '/control/setup': '',
    '/control/teams': '',
    '/control/updateenc': '',
    '/costcentres': '',
    '/costcentres/{id}': 'includedetails',
    '/crmnote': 'client_id count supplier_id toplevel_id',
    '/crmnote/{id}': 'includedetails',
    '/csvtemplate': '',
    '/csvtemplate/{id}': 'includedetails',
    '/currency': '',
    '/currency/{id}': 'includedetails',
    '/custombutton': 'isbuttonsetup ispermissionsetup msid typeid',
    '/custombutton/{id}': 'includedetails',
    '/customintegration': '',
    '/customintegration/{id}': 'includedetails includemethods module_id',
    '/customintegrationmethod': (
        'count integration_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate'
    ),
    '/customintegrationmethod/{id}': 'includedetails',
    '/customintegrationmethodvalue': '',
    '/customintegrationrepository': '',
    '/customintegrationrepository/{id}': 'includedetails includemethods module_id',
    '/customquery': '',
    '/customquery/{id}': '',
    '/customtable': 'access_control_level customonly isconfig iswebhookmapping systemonly usage',
    '/customtable/{id}': 'includedetails',
    '/dashboardlinks': (
        'access_control_level count in_app order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 '
        'orderdesc4 orderdesc5 page_no page_size pageinate showall userid'
    ),
    '/dashboardlinks/filtervalues': '',
    '/dashboardlinks/{id}': 'getreporttoken includedetails showall userid',
    '/databaselookup': 'type',
    '/databaselookup/run': '',
    '/databaselookup/{id}': 'includedetails lookup_value',
    '/databaselookupconfirmation': '',
    '/databaselookupconfirmation/{id}': '',
    '/dattocommercedetails': 'includedetails',
    '/dattocommercedetails/{id}': 'includedetails',
    '/devicelicence': '',
    '/distributionlists': '',
    '/distributionlists/{id}': '',
    '/distributionlistslog': '',
    '/distributionlistslog/{id}': '',
    '/documentcreation': '',
    '/downtime': '',
    '/downtime/downtimecalendar': '',
    '/downtime/{id}': '',
    '/dynatracedetails': '',
    '/dynatracedetails/{id}': '',
    '/ecommerceorder': '',
    '/ecommerceorder/{id}': '',
    '/emailaddressbook': (
        'activeinactive advanced_search allapprovers approvers_only asset_id client_id contract_id count '
        'department_id exclude_agents exclude_defaultsiteusers exclude_generaluser idonly includeactive '
        'includebillinginfo includeinactive includename includenonserviceaccount includenotes '
        'includeserviceaccount integration_type is3cxcall is_followers lastupdatefromdate lastupdatetodate '
        'licence_id listagentuserfirst myallcustomers myarea mydepartment mysite mysitecontact mytoplevel '
        'opp_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 '
        'organisation_id page_no page_size pageinate role search search_phonenumbers site_id supplier_id '
        'tickettype_id toplevel_id'
    ),
    '/emailrule': 'fromaddress type',
    '/emailrule/{id}': 'includedetails',
    '/emailstore': '',
    '/emailstore/{id}': 'includedetails',
    '/emailtemplate': 'access_control_level ignore_mg isconfig messagegroup portalcss release_only',
    '/emailtemplate/{id}': 'includedetails messagegroup',
    '/event': '',
    '/event/{id}': '',
    '/eventrule': '',
    '/eventrule/{id}': '',
    '/exactdetails': 'connectedonly division',
    '/exactdetails/{id}': 'division includedetails',
    '/example/get': '',
    '/expense': 'agent_id count datesearch enddate fault_id includedetails search startdate ticket_id',
    '/expense/{id}': 'includedetails',
    '/externalchatmessage': '',
    '/externalchatmessage/{id}': '',
    '/externallink': (
        'count details_id halo_id module_id module_list order order2 order3 order4 order5 orderdesc '
        'orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate search table_id '
        'third_party_desc third_party_id third_party_secondary_id third_party_type'
    ),
    '/externallink/generate': '',
    '/externallink/{id}': 'includedetails',
    '/facebookdetails': 'page_id',
    '/facebookdetails/{id}': 'includedetails',
    '/faqlists': 'allgroups endoftreeonly level organisation_id parent_id showcounts type',
    '/faqlists/{id}': 'includedetails organisation_id',
    '/faultsforecasting': '',
    '/faultsforecasting/{id}': 'includedetails',
    '/faultviewlog': '',
    '/features': 'isconfig showdisabled showenabled',
    '/features/{id}': 'includedetails',
    '/feed': (
        'accountmanager_id agent_only count exclude_private followed_only newer_than_id older_than_id '
        'one_agent_id one_agents_tickets_id one_user_id related_asset_id related_client_id related_site_id '
        'related_user_id user_only'
    ),
    '/feedback': '',
    '/feedback/{id}': 'clearcomment includedetails key',
    '/field': 'kind type_id',
    '/field/addfieldtoall/{id}': '',
    '/field/{id}': 'includedetails kind',
    '/fieldgroup': 'access_control_level includefields isconfig',
    '/fieldgroup/{id}': 'includedetails',
    '/fieldinfo': (
        'access_control_level domain excluderanges excludetables excludetableself extratype fieldtype '
        'fieldtypemultiple includecategories includedatefields includejirafields includeremotefields '
        'includevalues inputtype isapprovalstep isconfig iscustomfieldsetup systemid typeid'
    ),
    '/fieldinfo/{id}': 'entityid getlookupvalues includedetails livecustomfields userid',
    '/formattedemail': '',
    '/formattedemail/{id}': 'includedetails',
    '/fortnoxdetails': '',
    '/fortnoxdetails/{id}': '',
    '/googlebusinessdetails': '',
    '/googlebusinessdetails/{id}': '',
    '/gotoresolve/complete': '',
    '/gotoresolve/download': '',
    '/halodeviceinfo': '',
    '/halodeviceinfo/{id}': '',
    '/halofield': '',
    '/halonews': '',
    '/halonews/read': '',
    '/halonews/{id}': 'includedetails',
    '/health': '',
    '/holiday': (
        'agent_id approved_only end_date entity include_apid inclusive_end inclusive_start my_approvals '
        'start_date workdayid'
    ),
    '/holiday/{id}': 'includedetails',
    '/hopewiser/get': '',
    '/impersonationrequest': '',
    '/importcsv': 'includedetails type_id',
    '/importcsv/{id}': 'includedetails',
    '/incomingemail': (
        'order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no '
        'page_size pageinate showcurrentagentonly'
    ),
    '/incomingemail/{id}': 'includedetails showcurrentagentonly',
    '/incomingevent': '',
    '/incomingevent/process': '',
    '/incomingevent/{id}': '',
    '/ingrammicrodetails': '',
    '/ingrammicrodetails/{id}': 'includedetails',
    '/ingrammicroreseller/get': '',
    '/ingrammicroreseller/getquote': '',
    '/ingrammicroresellerdetails': '',
    '/ingrammicroresellerdetails/{id}': '',
    '/instance': 'comparewith',
    '/instance/{id}': '',
    '/instanceinfo': '',
    '/integrationconfiguration': '',
    '/integrationconfiguration/{id}': 'includedetails',
    '/integrationdata/adjustqty/microsoftcsp': '',
    '/integrationdata/bigpanda/getdevicelist': '',
    '/integrationdata/createincident/splunkoncall': '',
    '/integrationdata/export/lansweeper': '',
    '/integrationdata/formatjsonarray': '',
    '/integrationdata/get/addigy': 'endpoint returntype validate',
    '/integrationdata/get/amazonseller': '',
    '/integrationdata/get/arrowsphere': 'include_this_id next_url paginate remove_existing resource',
    '/integrationdata/get/atera': 'datatype keypair page',
    '/integrationdata/get/automate': 'datatype extrafilter keypair',
    '/integrationdata/get/autotask': 'datatype nexturl',
    '/integrationdata/get/auvik': 'alsoinclude datatype excludemapped extrafilter mappedonly next_url paginate parentid subdatatype',
    '/integrationdata/get/avalara': '',
    '/integrationdata/get/azuread': 'connectionid datatype mappingid tenantid',
    '/integrationdata/get/azuread/delta': '',
    '/integrationdata/get/azuresentinel': 'connectionid datatype resourcegroupname subscriptionid workspacename',
    '/integrationdata/get/barracuda': 'after datatype keypair pageinapi varname',
    '/integrationdata/get/businesscentral': '',
    '/integrationdata/get/cloudmarketplace': 'account_id include_this_id module_id remove_existing reset_token resource',
    '/integrationdata/get/confluence': '',
    '/integrationdata/get/connectwise': 'datatype page',
    '/integrationdata/get/connectwisecontrol': 'datatype keypair secondarydatatype',
    '/integrationdata/get/connectwisermm': '',
    '/integrationdata/get/datagate': '',
    '/integrationdata/get/datto': 'datatype fetchsites keypair',
    '/integrationdata/get/dattocommerce': 'connectionid datatype page',
    '/integrationdata/get/deletedmail': '',
    '/integrationdata/get/device42': 'datatype keypair',
    '/integrationdata/get/devops': 'data_only haloproduct instance_id product_id resource search workitemtypes',
    '/integrationdata/get/dickerdata': 'include_this_id remove_existing resource tenant_id',
    '/integrationdata/get/domotz': 'endpoint returntype validate',
    '/integrationdata/get/dynamicscrm': 'accountid datatype',
    '/integrationdata/get/dynatrace': '',
    '/integrationdata/get/etilize': 'catalog datatype locale page_size pageno search',
    '/integrationdata/get/exactonline': '',
    '/integrationdata/get/exchangecalendars': 'datatype masterid nexturl overrideenddate overridestartdate userprincipalname',
    '/integrationdata/get/exchangecalendars/ews': '',
    '/integrationdata/get/facebook': 'facebook_details_id resource',
    '/integrationdata/get/fortnox': '',
    '/integrationdata/get/freshdesk': 'datatype page parent_id',
    '/integrationdata/get/giacom': 'include_this_id remove_existing resource sub_resource',
    '/integrationdata/get/gocardless': '',
    '/integrationdata/get/gocardless/payments': '',
    '/integrationdata/get/googlebusiness': '',
    '/integrationdata/get/googlecalendars': 'datatype',
    '/integrationdata/get/googleworkplace': 'datatype mappingid nexttoken paginate',
    '/integrationdata/get/gotoassist': 'customeremail customername datatype limit offset ticketid',
    '/integrationdata/get/halolink': 'resource uriparams',
    '/integrationdata/get/holidayapi': 'country dataonly endpoint year',
    '/integrationdata/get/hubspot': 'keypair nextlink objecttype paginate resource search',
    '/integrationdata/get/icinga': '',
    '/integrationdata/get/ingrammicro': 'include_this_id offset paginate remove_existing resource tenant third_party_id',
    '/integrationdata/get/intacct': '',
    '/integrationdata/get/interact': 'searchstring testonly',
    '/integrationdata/get/intune': 'areaazuretenant connectionid datatype dopaginate nextlink',
    '/integrationdata/get/inty': 'include_this_id remove_existing resource',
    '/integrationdata/get/itglue': 'datatype organizationid returntype typeid updateddate',
    '/integrationdata/get/jamf': 'dataonly endpoint',
    '/integrationdata/get/jira': 'dataonly datatype haloproduct issuetypes productid search',
    '/integrationdata/get/jiraservicemanagement': 'alternate_sys_id customer_id datatype offset search supplier_id',
    '/integrationdata/get/kaseyavsa': 'datatype extrafilter keypair page',
    '/integrationdata/get/kashflow': 'datatype tenantid',
    '/integrationdata/get/lansweeper': 'datatype exportid exporturl halositeid siteid',
    '/integrationdata/get/liongard': 'datatype keypair page',
    '/integrationdata/get/logicmonitor': 'datatype offset',
    '/integrationdata/get/logmein': 'datatype',
    '/integrationdata/get/mail': '',
    '/integrationdata/get/mattermost': '',
    '/integrationdata/get/meraki': '',
    '/integrationdata/get/microsoftcsp': 'azuretenants continuationtoken datatype detailsid dopaginate islookup keypair nextlink search',
    '/integrationdata/get/myob': '',
    '/integrationdata/get/ncentral': 'accountid customerid dataonly datatype',
    '/integrationdata/get/newrelic': 'datatype',
    '/integrationdata/get/ninjarmm': 'datatype organizationid page',
    '/integrationdata/get/okta': 'datatype override_mapping_id validate',
    '/integrationdata/get/pagerduty': 'apikeyoverride dataonly datatype',
    '/integrationdata/get/passportal': 'clientid documenttype endpoint pagenum returntype validate',
    '/integrationdata/get/pax8': 'include_this_id page paginate remove_existing resource third_party_id',
    '/integrationdata/get/prometheus': '',
    '/integrationdata/get/prtg': 'testonly',
    '/integrationdata/get/qualys': 'mappingid offset paginate resource',
    '/integrationdata/get/quickbooksonline': 'account_classification account_subtype account_type companyid connectionid datatype',
    '/integrationdata/get/quoter': 'resource',
    '/integrationdata/get/rhipe': 'include_this_id remove_existing resource',
    '/integrationdata/get/sagebusinesscloud': '',
    '/integrationdata/get/salesforce': 'endpoint keypair nextlink resource',
    '/integrationdata/get/salesmailbox': 'connectionid datatype mailboxname mappingid',
    '/integrationdata/get/salesmailbox/{id}': '',
    '/integrationdata/get/servicenow': '',
    '/integrationdata/get/servicenowintegration': 'alternate_sys_id customer_id datatype offset search updateddate',
    '/integrationdata/get/sherweb': 'customer_id include_this_id remove_existing reset_token resource',
    '/integrationdata/get/shopify': '',
    '/integrationdata/get/shopifyverify': '',
    '/integrationdata/get/slack': '',
    '/integrationdata/get/snelstart': 'datatype',
    '/integrationdata/get/snipeit': '',
    '/integrationdata/get/snow': 'accountid dataonly datatype nextlink paginate',
    '/integrationdata/get/solarwindsrmm': 'datatype gfisiteid',
    '/integrationdata/get/splashtop': '',
    '/integrationdata/get/splunkoncall': 'datatype',
    '/integrationdata/get/streamoneion': '',
    '/integrationdata/get/stripe': '',
    '/integrationdata/get/syncro': 'dataonly datatype page',
    '/integrationdata/get/synnex': '',
    '/integrationdata/get/tanium': '',
    '/integrationdata/get/techdata': 'include_this_id remove_existing resource',
    '/integrationdata/get/twitter': 'callbackurl datatype',
    '/integrationdata/get/vmworkspace': '',
    '/integrationdata/get/wordpresscom': '',
    '/integrationdata/get/wordpressorg': '',
    '/integrationdata/get/xensam': '',
    '/integrationdata/get/xero': '',
    '/integrationdata/get/zabbix': 'method',
    '/integrationdata/import/beyondtrust': '',
    '/integrationdata/import/businesscentral': '',
    '/integrationdata/import/devops': '',
    '/integrationdata/import/exactonline': '',
    '/integrationdata/import/exchangecalendars/ews': '',
    '/integrationdata/import/fortnox': '',
    '/integrationdata/import/ingrammicro/subscriptions': '',
    '/integrationdata/import/intacct': 'datatype locid',
    '/integrationdata/import/jira': '',
    '/integrationdata/import/kashflow': '',
    '/integrationdata/import/myob': '',
    '/integrationdata/import/quickbooksonline': '',
    '/integrationdata/import/sagebusinesscloud': '',
    '/integrationdata/import/snelstart': '',
    '/integrationdata/import/xero': '',
    '/integrationdata/link/devops': '',
    '/integrationdata/link/jira': '',
    '/integrationdata/microsoftteams/manifest': '',
    '/integrationdata/move/mail': '',
    '/integrationdata/post/confluence/create-webhook': '',
    '/integrationdata/post/liongard/customer': '',
    '/integrationdata/post/liongard/metrics': '',
    '/integrationdata/post/mattermost/create-webhook': '',
    '/integrationdata/post/mattermost/delete-webhook': '',
    '/integrationdata/post/mattermost/send-webhook': '',
    '/integrationdata/post/openai': '',
    '/integrationdata/post/stripe/create-payment-intent': '',
    '/integrationdata/post/stripe/create-portal-session': '',
    '/integrationdata/post/stripe/create-setup-intent': '',
    '/integrationdata/post/stripe/create-webhook': '',
    '/integrationdata/post/stripe/update-invoice-payment': '',
    '/integrationdata/saml/idp/metadata': '',
    '/integrationdata/saml/sp/metadata': '',
    '/integrationdata/search/devops': '',
    '/integrationdata/search/jira': '',
    '/integrationdata/send/xero': '',
    '/integrationdata/unlink/devops': '',
    '/integrationdata/unlink/halolink': '',
    '/integrationdata/unlink/jira': '',
    '/integrationdata/validate/jira': '',
    '/integrationerror': (
        'count detail_id module_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 '
        'orderdesc4 orderdesc5 page_no page_size pageinate'
    ),
    '/integrationerror/{id}': 'includedetails',
    '/integrationexport': 'moduleid readyforimport',
    '/integrationfielddata': '',
    '/integrationfielddata/{id}': '',
    '/integrationfieldmapping': 'msid product_id subtypeid syncfields typeid xmvalue',
    '/integrationlookup': '',
    '/integrationrequest': (
        'count detail_id inbound_only module_id order order2 order3 order4 order5 orderdesc orderdesc2 '
        'orderdesc3 orderdesc4 orderdesc5 outbound_only page_no page_size pageinate'
    ),
    '/integrationrequest/{id}': 'includedetails',
    '/integrationrunbookvariablegroup': 'exclude_method_id one_runbook_id',
    '/integrationrunbookvariablegroup/{id}': 'exclude_method_id method_ids',
    '/integrationsitemapping': 'get_active_only msid third_party_client_id',
    '/integratorlog': 'module_id page_no page_size pageinate',
    '/integratorschedule': 'page_no page_size pageinate',
    '/integratortrace': '',
    '/integratortrace/{id}': '',
    '/invoice': (
        'advanced_search asset_id awaiting_approval billing_date billingcategory_ids client_id client_ids '
        'contract_id count idonly includecredits includeinvoices includelines includepoinvoices '
        'invoicedateend invoicedatestart my_approvals notpostedonly order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate paymentstatuses '
        'postedonly purchaseorder_id quote_status ready_for_invoicing recurringinvoice_id reviewrequired '
        'rinvoice_type salesorder_id search sent_status site_id stripeautopaymentrequired ticket_id '
        'toplevel_id user_id'
    ),
    '/invoice/pdf/{id}': '',
    '/invoice/updatelines': '',
    '/invoice/{id}': 'bypass_accounts_sync includedetails',
    '/invoice/{id}/void': '',
    '/invoicechange': (
        'count idonly invoice_id line_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 '
        'orderdesc4 orderdesc5 page_no page_size pageinate search type_id'
    ),
    '/invoicedetailprorata': '',
    '/invoicepayment': (
        'client_id count intent_id invoice_id order order2 order3 order4 order5 orderdesc orderdesc2 '
        'orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate search'
    ),
    '/invoicepayment/{id}': 'includedetails',
    '/item': (
        'activeinactive advanced_search assetgroup_id assetgroups assettypes autotask_service_items count '
        'dbc_company_id exactdivision excluderecurring includeactive includeinactive itemservice_id '
        'itemservicerequestdetails_id itemsupplierclientid kashflowtenantid order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate qbitemsonly '
        'qbocompanyid recurringonly sagebusinesscloudtenantid search search1 show_not_in_stock '
        'stocklocation_id supplier_id xerotenantid'
    ),
    '/item/newaccountsid': '',
    '/item/{id}': 'dbc_company_id includedetails kashflowtenantid qbocompanyid sagebusinesscloudtenantid xerotenantid',
    '/itemgroup': '',
    '/itemgroup/{id}': 'groupquantity includedetails',
    '/itemstock': (
        'count idonly item_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate stockbin_id stocklocation_id'
    ),
    '/itemstock/{id}': 'includedetails',
    '/itemstockhistory': (
        'count idonly item_id itemstock_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 '
        'orderdesc4 orderdesc5 page_no page_size pageinate search stockbin_id stocklocation_id'
    ),
    '/itemstockhistory/{id}': '',
    '/itemsupplier': '',
    '/itemsupplier/{id}': 'includedetails',
    '/jamfdetails': '',
    '/jamfdetails/{id}': '',
    '/jiradetails': '',
    '/jiradetails/{id}': '',
    '/journey': '',
    '/journey/{id}': 'includedetails',
    '/kandji/get': '',
    '/kandjidetails': '',
    '/kandjidetails/{id}': '',
    '/kashflowdetails': 'includedisabled includeenabled tenantid',
    '/kashflowdetails/{id}': 'includedetails',
    '/kbarticle': (
        'activeinactive advanced_search articletype client_id count device_id faqlists includeactive '
        'includeinactive key language_code language_override needsreview order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 organisation_id page_no page_size pageinate '
        'related_to related_to_ticket search site_id type'
    ),
    '/kbarticle/vote': '',
    '/kbarticle/{id}': 'includedetails language_code language_override organisation_id',
    '/kbarticleanon': '',
    '/languages': 'showall',
    '/languages/{id}': 'includedetails',
    '/lapsafe/cancel': '',
    '/lapsafe/complete': '',
    '/lapsafe/get': '',
    '/ldapconnection': 'clientidoverride',
    '/ldapconnection/{id}': 'clientidoverride includedetails',
    '/licencechange': (
        'change_date count idonly licence_id order order2 order3 order4 order5 orderdesc orderdesc2 '
        'orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate search'
    ),
    '/licenseinfo': (
        'advanced_search count order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate site_id'
    ),
    '/licenseinfo/password': '',
    '/logintoken': '',
    '/lookup': (
        'access_control_level assettype_id client_id clientname contract_id country_code_id dbc_company_id '
        'domain exclude_nocharge exclude_nolinkedtypes exclude_zero iscustomfield istree lookupid '
        'ordervaluetype outcome_id showallcodes ticket_id unameaprestriction use use2'
    ),
    '/lookup/clearcache': '',
    '/lookup/{id}': 'includedetails',
    '/mail/azure': '',
    '/mail/integrator/azure': '',
    '/mail/integrator/google': '',
    '/mail/integrator/imap': '',
    '/mail/integrator/pop3': '',
    '/mail/processmail': 'task_id',
    '/mailbox': 'department_id from_addresses ignore_default organisation_id showall team_id',
    '/mailbox/{id}': 'includedetails includeglobalsmtp',
    '/mailbox/{id}/outlookcontacts': '',
    '/mailcampaign': '',
    '/mailcampaign/{id}': '',
    '/mailcampaignemail': '',
    '/mailcampaignemail/{id}': '',
    '/mailcampaignlog': '',
    '/mailcampaignlog/{id}': '',
    '/mailchimp/get': '',
    '/manageengine/get': '',
    '/manageenginedetails': '',
    '/manageenginedetails/{id}': '',
    '/marketingunsubscribe': '',
    '/marketingunsubscribe/{id}': '',
    '/mattermostchanneldetails': '',
    '/mattermostdetails': '',
    '/mattermostdetails/{id}': '',
    '/meterreading': 'asset_id count page_no page_size pageinate recurringinvoice_line_id',
    '/meterreading/{id}': 'includedetails',
    '/microsoftsubscriptionmapping': '',
    '/microsoftsubscriptionmapping/{id}': '',
    '/microsoftteams/get': '',
    '/microsoftteamsmapping': '',
    '/microsoftteamsmapping/{id}': '',
    '/mo': '',
    '/mo/b': '',
    '/mo/r': '',
    '/mo/{id}': '',
    '/myobdetails': '',
    '/myobdetails/{id}': '',
    '/ncentraldetails': 'includedetails',
    '/ncentraldetails/{id}': 'includedetails',
    '/nhserverconfig': '',
    '/nhserverconfig/{id}': 'includedetails',
    '/notification': 'agent_id restrictto_agent_id role_id showall type webhook_id',
    '/notification/{id}': 'includedetails',
    '/notificationmessage': '',
    '/notificationmessage/{id}': 'includedetails',
    '/notifications': (
        'checkhalointegrator checknhserver clientversion count newer_than_id older_than_id page_no page_size '
        'pageinate update_shown utc_offset'
    ),
    '/notifications/process': '',
    '/notifications/{id}': 'includedetails',
    '/notify': '',
    '/notify/addigy': '',
    '/notify/addigy/integrator': '',
    '/notify/adobeacrobat/{id}/{id}': '',
    '/notify/atera': '',
    '/notify/atera/integrator': '',
    '/notify/automate': '',
    '/notify/automate/integrator': '',
    '/notify/auvik': '',
    '/notify/azuredevops': '',
    '/notify/azuredevops/integrator': '',
    '/notify/azuremonitor': '',
    '/notify/confluence': '',
    '/notify/connectwisermm': '',
    '/notify/datadog': '',
    '/notify/dattormm/alerts': '',
    '/notify/device42': '',
    '/notify/dynatrace': '',
    '/notify/exchangecalendars': '',
    '/notify/facebook': '',
    '/notify/github': '',
    '/notify/gotoresolve': '',
    '/notify/halo-webhook': '',
    '/notify/hubspot': 'webhookevent',
    '/notify/hubspot/verify': '',
    '/notify/icinga': '',
    '/notify/ingrammicroreseller': '',
    '/notify/jira': '',
    '/notify/jiraservicemanagement': '',
    '/notify/lapsafe': '',
    '/notify/logicmonitor': '',
    '/notify/meraki': '',
    '/notify/microsoftentra/integrator': '',
    '/notify/microsoftteamsshifts/import': '',
    '/notify/microsoftteamsshifts/webhook': '',
    '/notify/n-central': '',
    '/notify/nagios': '',
    '/notify/ninja': 'ignoreauth',
    '/notify/ninja/alerts': '',
    '/notify/pagerduty': '',
    '/notify/partner-center': '',
    '/notify/process': '',
    '/notify/processstreet': '',
    '/notify/prometheus': '',
    '/notify/prtgalerts/{id}': '',
    '/notify/quickbooksonline': '',
    '/notify/quickbooksonline/verify': '',
    '/notify/quoter': '',
    '/notify/servicenowaction': '',
    '/notify/servicenowticket': '',
    '/notify/sharepoint': '',
    '/notify/site24x7': '',
    '/notify/slack': '',
    '/notify/slack/events': '',
    '/notify/snelstart': '',
    '/notify/solarwindsorion': '',
    '/notify/splunkoncall': '',
    '/notify/stripe': '',
    '/notify/syncro': '',
    '/notify/teams/chatmessage': '',
    '/notify/teams/lifecyclenotification': '',
    '/notify/teams/userpresence': '',
    '/notify/trustpilot': '',
    '/notify/twilio': '',
    '/notify/twitter': '',
    '/notify/uat-restore': '',
    '/notify/whatsapp': '',
    '/notify/xero': 'ignoreeventcheck',
    '/notify/xero/verify': '',
    '/notify/zabbix': '',
    '/onlinestatus': (
        'agent_status command fetch_all is_idle is_logout isonline last_active lastonline lastonlinedate '
        'status_overidden techid'
    ),
    '/opportunities': (
        'advanced_search agent agent_id alerttype asset_id awaitinginput billableonly billing_date '
        'billing_type billingcontractid calendar_enddate calendar_startdate category_1 category_2 category_3 '
        'category_4 checkmyticketsonly client_id client_ids client_ref closed_only columns_id contract_id '
        'contract_period count datesearch debug default_columns deleted domain enddate enddatetime '
        'excludeslacalcs excludethese excludetickettypeallowall extraportalfilter facebook_id '
        'fetchgrandchildren flagged followedandagents ignoremilestonerestriction includeaccountmanager '
        'includeagent includeallopen includeappointmentid includeapproval includeassetkeyfield '
        'includeassettype includebreached includebudgettype includechildids includechildread includechildren '
        'includeclosed includecolumns includecompleted includecontract includecountryregion includefirstname '
        'includefollowedonly includehold includeinactivetechs includeinactiveusers includeitilname '
        'includelastaction includelastincomingemail includelastname includelastnote includelocked '
        'includemailbox includemailid includemyuseronly includenextactivitydate includenextappointmenttype '
        'includeparentsubject includeprojects includeread includerelatedservices includerelease1 '
        'includerelease2 includerelease3 includeservicecategory includeslaactiondate includeslatimer '
        'includestatus includesubmittedonly includesupplier includetickettype includetimetaken '
        'includetoplevel includeviewing includeworkflowstage includeworkflowstagenumber includuserdepartments '
        'inlcludeopenchildcount invlucebranch ismilestone isorion isquicktimesearch isscom isteams iszapier '
        'itil_requesttype itil_requesttype_id kanbanviewontheagentapp kanbanviewontheportal '
        'lastupdatefromdate lastupdatetodate list_id milestone_id mine nochargeonly notime onlytime open_only '
        'order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 orion_type '
        'page_no page_size pageinate parent_id pending_review per_action prepayorcontractonly priority '
        'product project_ids ready_for_invoicing related_id release_id requesttype requesttype_id '
        'requesttypegroup search search_details search_id search_inventory_number search_oppcompanyname '
        'search_oppcontactname search_oppemailaddress search_release1 search_release2 search_release3 '
        'search_releasenote search_reportedby search_summary search_supplier_reference search_user_name '
        'search_version searchactions searchthisticketid service_id showonroadmap site_id sitepostcode sla '
        'sprint_for_tickettype_id sprints startandendset startdate startdatetime status status_id '
        'submittedandagents supplier_id supplier_status team team_name ticketarea_id ticketcontract_id '
        'ticketidonly ticketids ticketlinktype toplevel_id unlinked_only user_id username utcoffset view_id '
        'withattachments'
    ),
    '/opportunities/view': '',
    '/opportunities/{id}': (
        'amailentryid assignedto consignablelines debug dodatabaselookup email include_auditing includeagent '
        'includechildids includedetails includelastaction includelastappointment includelinkedobjects '
        'includenextappointment includeparentchangeinfo includeparentsubject includeseenby is_portal '
        'isdetailscreen ishalolink ispreview isteams nocache reason subject ticketidonly utcoffset'
    ),
    '/orderline': '',
    '/organisation': '',
    '/organisation/{id}': 'includedetails',
    '/outcome': (
        'access_control_level debug excludesystemactions quick_only showhidden showsystemactions slastate '
        'status supplier_id supplier_status tickettype_id workflow_id workflow_step'
    ),
    '/outcome/{id}': (
        'action_id anon_ticketid contract_id debug includedetails invoice_id matched_kb_client_id '
        'matched_kbid override_user_id purchaseorder_id quotation_id salesorder_id selected_supplier_id '
        'ticket_id token'
    ),
    '/outgoing': (
        'count idonly mailbox_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate status_id'
    ),
    '/outgoing/{id}': 'includeattachments includedetails',
    '/outgoingattempt': (
        'count order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 '
        'outgoing_id page_no page_size pageinate'
    ),
    '/outgoingattempt/{id}': 'includeattachments includedetails',
    '/outgoingemail': 'errorsonly',
    '/outgoingemail/{id}': '',
    '/pagerdutymapping': 'service_id',
    '/passwordfield': '',
    '/passwordfield/{id}': 'includedetails',
    '/pdftemplate': 'licencename type',
    '/pdftemplate/{id}': 'includedetails licencename system_use',
    '/pdftemplaterepository': 'licencename type',
    '/pdftemplaterepository/{id}': 'includedetails licencename system_use',
    '/popupnote': 'client_id showall site_id user_id',
    '/popupnote/read': '',
    '/powershellscript': 'clientidoverride type',
    '/powershellscript/{id}': 'includedetails',
    '/powershellscriptcriteria': 'script_id',
    '/powershellscriptcriteria/{id}': 'includedetails',
    '/powershellscriptprocessing': (
        'count includeparameters order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 outstandingonly page_no page_size pageinate script_id ticket_id'
    ),
    '/powershellscriptprocessing/{id}': 'includedetails',
    '/priority': 'includedistinct slaid',
    '/priority/{id}': 'includedetails',
    '/product': 'devops_instance third_party_only',
    '/product/{id}': 'includedetails',
    '/productbranch': 'product_id',
    '/productcomponent': 'product_id',
    '/productcomponent/{id}': 'includedetails',
    '/projects': (
        'advanced_search agent agent_id alerttype asset_id awaitinginput billableonly billing_date '
        'billing_type billingcontractid calendar_enddate calendar_startdate category_1 category_2 category_3 '
        'category_4 checkmyticketsonly client_id client_ids client_ref closed_only columns_id contract_id '
        'contract_period count datesearch debug default_columns deleted domain enddate enddatetime '
        'excludeslacalcs excludethese excludetickettypeallowall extraportalfilter facebook_id '
        'fetchgrandchildren flagged followedandagents ignoremilestonerestriction includeaccountmanager '
        'includeagent includeallopen includeappointmentid includeapproval includeassetkeyfield '
        'includeassettype includebreached includebudgettype includechildids includechildread includechildren '
        'includeclosed includecolumns includecompleted includecontract includecountryregion includefirstname '
        'includefollowedonly includehold includeinactivetechs includeinactiveusers includeitilname '
        'includelastaction includelastincomingemail includelastname includelastnote includelocked '
        'includemailbox includemailid includemyuseronly includenextactivitydate includenextappointmenttype '
        'includeparentsubject includeprojects includeread includerelatedservices includerelease1 '
        'includerelease2 includerelease3 includeservicecategory includeslaactiondate includeslatimer '
        'includestatus includesubmittedonly includesupplier includetickettype includetimetaken '
        'includetoplevel includeviewing includeworkflowstage includeworkflowstagenumber includuserdepartments '
        'inlcludeopenchildcount invlucebranch ismilestone isorion isquicktimesearch isscom isteams iszapier '
        'itil_requesttype itil_requesttype_id kanbanviewontheagentapp kanbanviewontheportal '
        'lastupdatefromdate lastupdatetodate list_id milestone_id mine nochargeonly notime onlytime open_only '
        'order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 orion_type '
        'page_no page_size pageinate parent_id pending_review per_action prepayorcontractonly priority '
        'product project_ids ready_for_invoicing related_id release_id requesttype requesttype_id '
        'requesttypegroup search search_details search_id search_inventory_number search_oppcompanyname '
        'search_oppcontactname search_oppemailaddress search_release1 search_release2 search_release3 '
        'search_releasenote search_reportedby search_summary search_supplier_reference search_user_name '
        'search_version searchactions searchthisticketid service_id showonroadmap site_id sitepostcode sla '
        'sprint_for_tickettype_id sprints startandendset startdate startdatetime status status_id '
        'submittedandagents supplier_id supplier_status team team_name ticketarea_id ticketcontract_id '
        'ticketidonly ticketids ticketlinktype toplevel_id unlinked_only user_id username utcoffset view_id '
        'withattachments'
    ),
    '/projects/view': '',
    '/projects/{id}': (
        'amailentryid assignedto consignablelines debug dodatabaselookup email include_auditing includeagent '
        'includechildids includedetails includelastaction includelastappointment includelinkedobjects '
        'includenextappointment includeparentchangeinfo includeparentsubject includeseenby is_portal '
        'isdetailscreen ishalolink ispreview isteams nocache reason subject ticketidonly utcoffset'
    ),
    '/prtgdetails': '',
    '/prtgdetails/{id}': '',
    '/publishprofiles': '',
    '/publishprofiles/{id}': '',
    '/purchaseorder': (
        'awaiting_approval awaitingstock client_id closed count deliver_to_us deliver_to_user_salesorder_id '
        'my_approvals open order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate po_status salesorder_id search site_id supplier_id ticket_id '
        'unsent user_id'
    ),
    '/purchaseorder/confirmreceipt': '',
    '/purchaseorder/{id}': 'extrareceivablelines includedetails invoiceablelines receivablelines',
    '/qualification': 'includecriteriainfo',
    '/qualification/{id}': 'includedetails',
    '/quickbooksdetails': 'companyid connectedonly',
    '/quickbooksdetails/{id}': 'includedetails',
    '/quotation': (
        'awaiting_approval client_id closed count currentclientorall includelines my_approvals '
        'needsprocessing open order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate processed quote_status search site_id ticket_id user_id'
    ),
    '/quotation/approval': '',
    '/quotation/{id}': 'includedetails isportalview',
    '/recurringinvoice': (
        'advanced_search asset_id awaiting_approval billing_date billingcategory_ids client_id client_ids '
        'contract_id count idonly includecredits includeinvoices includelines includepoinvoices '
        'invoicedateend invoicedatestart my_approvals notpostedonly order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate paymentstatuses '
        'postedonly purchaseorder_id quote_status ready_for_invoicing recurringinvoice_id reviewrequired '
        'rinvoice_type salesorder_id search sent_status site_id stripeautopaymentrequired ticket_id '
        'toplevel_id user_id'
    ),
    '/recurringinvoice/lines': '',
    '/recurringinvoice/process': '',
    '/recurringinvoice/updatelines': '',
    '/recurringinvoice/{id}': 'bypass_accounts_sync includedetails',
    '/recurringitem': 'client_id pending_recurring_invoice',
    '/release': (
        'compare_version_seq count exclude_releasenote_group_id include_devops_project includedetails '
        'includenotecount order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate product_id releasenote_group_id restrictmyversion search'
    ),
    '/release/{id}': 'includedetails',
    '/releasenotegroup': '',
    '/releasenotegroup/{id}': 'includedetails',
    '/releasepipeline': '',
    '/releasepipeline/{id}': '',
    '/releasetype': '',
    '/releasetype/{id}': 'includedetails',
    '/remotesession': (
        'agent agent_id client_id count includelinked order order2 order3 order4 order5 orderdesc orderdesc2 '
        'orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate search site_id username'
    ),
    '/remotesession/{id}': 'includedetails',
    '/remotesessionteams': 'includeenabled msid',
    '/report': (
        'agentrestriction chartonly clientname count includepublished order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate reportgroup_id '
        'search type'
    ),
    '/report/bookmark': '',
    '/report/createpdf': '',
    '/report/print': '',
    '/report/{id}': (
        'client_id clientname dashboard_id dashboard_published_id dontloadsystemreport getcompositetoken '
        'includedetails invoice_id loadreport report_access_token reportingperiod reportingperiodenddate '
        'reportingperiodstartdate'
    ),
    '/reportdata/{id}': '',
    '/reportrepository': (
        'agentrestriction chartonly clientname count includepublished order order2 order3 order4 order5 '
        'orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate reportgroup_id '
        'search type'
    ),
    '/reportrepository/reportcategories': (
        'access_control_level assettype_id client_id clientname contract_id country_code_id dbc_company_id '
        'domain exclude_nocharge exclude_nolinkedtypes exclude_zero iscustomfield istree lookupid '
        'ordervaluetype outcome_id showallcodes ticket_id unameaprestriction use use2'
    ),
    '/reportrepository/{id}': (
        'client_id clientname dashboard_id dashboard_published_id dontloadsystemreport getcompositetoken '
        'includedetails invoice_id loadreport report_access_token reportingperiod reportingperiodenddate '
        'reportingperiodstartdate'
    ),
    '/resourcetype': '',
    '/resourcetype/{id}': '',
    '/roadmap': 'halocrm haloitsm halopsa haloservicedesk order orderdesc product_id roadmapcolumnview',
    '/roles': 'access_control_level agentid isconfig',
    '/roles/{id}': 'includedetails isconfig',
    '/sagebusinessclouddetails': 'connectedonly tenantid',
    '/sagebusinessclouddetails/{id}': 'includedetails',
    '/salesmailbox': '',
    '/salesmailbox/{id}': '_test_access includedetails',
    '/salesmailboxdetail': '',
    '/salesorder': (
        'advanced_search billing_date client_id client_ids closed count idonly needsconsigning needsinvoicing '
        'needsordering open order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate quote_status ready_for_invoicing search site_id ticket_id '
        'toplevel_id user_id'
    ),
    '/salesorder/{id}': 'consignablelines includedetails invoiceablelines oneline pendingpolines',
    '/schedule': 'includedetails primaryid type',
    '/schedule/{id}': 'includedetails',
    '/scheduleoccurrence': '',
    '/scheduleoccurrence/{id}': '',
    '/screenlayout': 'typeid',
    '/screenlayout/{id}': 'includedetails',
    '/search': 'count_per_entity search',
    '/securitycheck': '',
    '/securityquestion': '',
    '/securityquestion/{id}': 'includedetails',
    '/securityquestionvalidate': '',
    '/service': (
        'access_control_level asset_ids count includechildservices includestatusinfo itil_ticket_type '
        'monitoredonly order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate parent_service_category_id relatedservicesonly search '
        'service_category_id service_category_ids service_status_ids subscribedonly template_id ticket_id '
        'tickettype_id user_id'
    ),
    '/service/unsubscribe': '',
    '/service/{id}': 'includedetails user_id',
    '/serviceavailability': '',
    '/serviceavailability/{id}': '',
    '/servicecategory': 'access_control_level include_parent_name itil_ticket_type user_id',
    '/servicecategory/{id}': 'includedetails',
    '/servicerequestdetails': 'exclude_urls includedetails service_id',
    '/servicerequestdetails/{id}': 'includedetails',
    '/servicerestriction': 'client_id service_category_id service_id',
    '/servicestatus': (
        'count order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 '
        'page_no page_size pageinate service_id'
    ),
    '/servicestatus/subscribe': '',
    '/servicestatus/subscribe/{id}': '',
    '/servicestatus/{id}': 'includedetails',
    '/setuptab': '',
    '/setuptab/{id}': 'includedetails',
    '/setuptabgroup': '',
    '/setuptabgroup/{id}': 'includedetails',
    '/sharepoint/get': '',
    '/shopifydetails': '',
    '/shopifydetails/{id}': '',
    '/site': (
        'activeinactive advanced_search azuresites client_id contract_id count exclude_internal gfisites '
        'idonly includeactive includeaddress includeinactive includenonstocklocations includenoorderstockbin '
        'includenotes includestocklocations iscalendarfilter item_id_qty item_salesorder_id '
        'item_salesorder_line lastupdatefromdate lastupdatetodate order order2 order3 order4 order5 orderdesc '
        'orderdesc2 orderdesc3 orderdesc4 orderdesc5 override_enablestockbins page_no page_size pageinate '
        'search site_id sitefields stocklocation toplevel_id user_override'
    ),
    '/site/stockbins': '',
    '/site/{id}': 'client_override domain includeactivity includedetails issetup tickettype_id',
    '/sla': 'access_control_level isconfig showpriorities showworkdays',
    '/sla/{id}': 'includedetails',
    '/slackdetails': 'agent_id channel_name includedisabled includeenabled team_name',
    '/slackdetails/uninstall': '',
    '/slackdetails/{id}': 'includedetails',
    '/snipeitdetails': '',
    '/snipeitdetails/{id}': '',
    '/snowdetails': 'includedetails',
    '/snowdetails/{id}': 'dodecrypt includedetails',
    '/softwarelicence': (
        'client_id count includeinactive licence_type order order2 order3 order4 order5 orderdesc orderdesc2 '
        'orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate search site_id tenant_id toplevelid'
    ),
    '/softwarelicence/{id}': 'includedetails',
    '/softwarelicencerole': 'softwarelicence_id',
    '/sqlimport': 'clientidoverride integratorenabled showpositiveonly',
    '/sqlimport/{id}': 'clientidoverride includedetails',
    '/status': (
        'domain excludeclosed excludepending outcome_id showall showcounts showquickchangeoptions '
        'split_closed ticket_id ticket_id_firstchild ticketarea_id tickettype_group_id tickettype_id '
        'tickettype_ids type view_id'
    ),
    '/status/{id}': 'includedetails',
    '/streamoneiondetails': '',
    '/streamoneiondetails/{id}': '',
    '/supplier': (
        'activeinactive count idonly includeactive includeinactive kashflowtenantid order order2 order3 '
        'order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate '
        'search toplevel_id xerotenantid'
    ),
    '/supplier/{id}': 'includedetails',
    '/suppliercontract': (
        'count includeinactive order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 '
        'orderdesc5 page_no page_size pageinate search supplier_id'
    ),
    '/suppliercontract/nextref': '',
    '/suppliercontract/{id}': 'includedetails',
    '/synnexdetails': '',
    '/synnexdetails/{id}': 'includedetails',
    '/tabs': 'type typeid',
    '/tabs/{id}': 'includedetails',
    '/tags': '',
    '/tags/{id}': 'includedetails',
    '/taniumdetails': '',
    '/taniumdetails/{id}': '',
    '/taskmonitorevent': '',
    '/taskschedule': '',
    '/tasktrace': '',
    '/tasktrace/{id}': '',
    '/tax': 'kashflowtenantid qbocompanyid related_to xerotenantid',
    '/tax/{id}': 'includedetails includeqbotaxrates',
    '/taxrule': '',
    '/taxrule/{id}': '',
    '/team': (
        'can_edit_only chat_only department_id domain ids include_managers includeagentsforteams '
        'includedisabled includeenabled istree memberonly mydeps myteamsonly orderbyseq outcome_id showall '
        'showcounts ticketarea_id type view_id'
    ),
    '/team/tree': '',
    '/team/{id}': 'includeagents includedetails',
    '/teamimage/{id}': '',
    '/techdataresellerdetails': '',
    '/techdataresellerdetails/{id}': '',
    '/template': (
        'access_control_level action_id agent_id anonanduser asset_id client_id department_id domain group_id '
        'include_ticket_id includeclients includenames itil_ticket_type_id itil_type order order2 order3 '
        'order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate '
        'parent_template_id report_id search showall team_id ticket_type_id todo_client_id todo_only type '
        'types'
    ),
    '/template/{id}': 'includedetails includekbinfo',
    '/tenable/cancel': '',
    '/tenable/export': '',
    '/tenable/get': '',
    '/tenable/status': '',
    '/tenabledetails': '',
    '/tenabledetails/{id}': '',
    '/tenant': '',
    '/test1': '',
    '/test3': '',
    '/test4': '',
    '/testerror': '',
    '/ticketapproval': 'action_number include_agent_details include_attachments includeapprovaldetails mine ticket_id',
    '/ticketapproval/{id}': 'includedetails',
    '/ticketapproval/{id}&{seq}': '',
    '/ticketarea': '',
    '/ticketarea/{id}': 'includedetails',
    '/ticketrules': 'access_control_level excludeworkflow includecriteriainfo isconfig rule_use',
    '/ticketrules/{id}': 'includedetails',
    '/tickets': (
        'advanced_search agent agent_id alerttype asset_id awaitinginput billableonly billing_date '
        'billing_type billingcontractid calendar_enddate calendar_startdate category_1 category_2 category_3 '
        'category_4 checkmyticketsonly client_id client_ids client_ref closed_only columns_id contract_id '
        'contract_period count datesearch debug default_columns deleted domain enddate enddatetime '
        'excludeslacalcs excludethese excludetickettypeallowall extraportalfilter facebook_id '
        'fetchgrandchildren flagged followedandagents ignoremilestonerestriction includeaccountmanager '
        'includeagent includeallopen includeappointmentid includeapproval includeassetkeyfield '
        'includeassettype includebreached includebudgettype includechildids includechildread includechildren '
        'includeclosed includecolumns includecompleted includecontract includecountryregion includefirstname '
        'includefollowedonly includehold includeinactivetechs includeinactiveusers includeitilname '
        'includelastaction includelastincomingemail includelastname includelastnote includelocked '
        'includemailbox includemailid includemyuseronly includenextactivitydate includenextappointmenttype '
        'includeparentsubject includeprojects includeread includerelatedservices includerelease1 '
        'includerelease2 includerelease3 includeservicecategory includeslaactiondate includeslatimer '
        'includestatus includesubmittedonly includesupplier includetickettype includetimetaken '
        'includetoplevel includeviewing includeworkflowstage includeworkflowstagenumber includuserdepartments '
        'inlcludeopenchildcount invlucebranch ismilestone isorion isquicktimesearch isscom isteams iszapier '
        'itil_requesttype itil_requesttype_id kanbanviewontheagentapp kanbanviewontheportal '
        'lastupdatefromdate lastupdatetodate list_id milestone_id mine nochargeonly notime onlytime open_only '
        'order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 orion_type '
        'page_no page_size pageinate parent_id pending_review per_action prepayorcontractonly priority '
        'product project_ids ready_for_invoicing related_id release_id requesttype requesttype_id '
        'requesttypegroup search search_details search_id search_inventory_number search_oppcompanyname '
        'search_oppcontactname search_oppemailaddress search_release1 search_release2 search_release3 '
        'search_releasenote search_reportedby search_summary search_supplier_reference search_user_name '
        'search_version searchactions searchthisticketid service_id showonroadmap site_id sitepostcode sla '
        'sprint_for_tickettype_id sprints startandendset startdate startdatetime status status_id '
        'submittedandagents supplier_id supplier_status team team_name ticketarea_id ticketcontract_id '
        'ticketidonly ticketids ticketlinktype toplevel_id unlinked_only user_id username utcoffset view_id '
        'withattachments'
    ),
    '/tickets/object': '',
    '/tickets/processchildren': '',
    '/tickets/salesmailbox': '',
    '/tickets/view': '',
    '/tickets/vote': '',
    '/tickets/zapier': '',
    '/tickets/{id}': (
        'amailentryid assignedto consignablelines debug dodatabaselookup email include_auditing includeagent '
        'includechildids includedetails includelastaction includelastappointment includelinkedobjects '
        'includenextappointment includeparentchangeinfo includeparentsubject includeseenby is_portal '
        'isdetailscreen ishalolink ispreview isteams nocache reason subject ticketidonly utcoffset'
    ),
    '/tickettype': (
        'access_control_level anonanduser can_create_only can_edit_only canagentsselect canusercreate '
        'client_id domain group_id include_current include_mandatory_field_check isquicktimedropdown '
        'itil_type outcome_id searchtickets showall showcounts showinactive sprints_only ticketarea_id '
        'user_only view_id'
    ),
    '/tickettype/{id}': (
        'can_create_only can_edit_only debug includeconfig includedetails includekbinfo '
        'includeteamrestrictions isdetailscreen isnewticket survey_fields ticket_id'
    ),
    '/tickettypefield': 'buildcache debug isrtconfig',
    '/tickettypegroup': '',
    '/tickettypegroup/{id}': 'getfields includedetails',
    '/timesheet': 'agent_id date end_date start_date',
    '/timesheet/forecasting': '',
    '/timesheet/mine': '',
    '/timesheet/{id}': 'agent_id date',
    '/timesheetevent': 'agent_id agents end_date start_date utcoffset',
    '/timesheetevent/mine': '',
    '/timesheetevent/{id}': 'includedetails',
    '/timeslot': 'agent_id workday_id',
    '/todo': 'ticket_id',
    '/todogroup': '',
    '/todogroup/{id}': '',
    '/toplevel': (
        'agent_departments_only can_edit_only count idonly include_agents include_managers include_teams '
        'isorgchart order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 '
        'org_id page_no page_size pageinate search show_all type'
    ),
    '/toplevel/{id}': 'include_agents include_teams includedetails',
    '/translation': '',
    '/twiliowhatsappdetails': '',
    '/twiliowhatsappdetails/{id}': '',
    '/twitterdetails': 'account_id',
    '/twitterdetails/{id}': 'includedetails',
    '/unsubserviceemails': '',
    '/unsubserviceemails/{id}': 'includedetails',
    '/userchange': (
        'change_date count exclude_generaluser idonly order order2 order3 order4 order5 orderdesc orderdesc2 '
        'orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate'
    ),
    '/userroles': '',
    '/userroles/{id}': 'includedetails',
    '/users': (
        'activeinactive advanced_search allapprovers approvers_only asset_id client_id contract_id count '
        'department_id exclude_agents exclude_defaultsiteusers exclude_generaluser idonly includeactive '
        'includebillinginfo includeinactive includename includenonserviceaccount includenotes '
        'includeserviceaccount integration_type is3cxcall is_followers lastupdatefromdate lastupdatetodate '
        'licence_id listagentuserfirst myallcustomers myarea mydepartment mysite mysitecontact mytoplevel '
        'opp_id order order2 order3 order4 order5 orderdesc orderdesc2 orderdesc3 orderdesc4 orderdesc5 '
        'organisation_id page_no page_size pageinate role search search_phonenumbers site_id supplier_id '
        'tickettype_id toplevel_id'
    ),
    '/users/me': '',
    '/users/prefs': '',
    '/users/{id}': (
        'client_id client_override domain includeactivity includebillinginfo includedetails includepopups '
        'includeusersassets issetup opp_id site_id site_override supplier_id tickettype_id username'
    ),
    '/versioninfo': 'product_id',
    '/versioninfo/getonespotlight/{id}': '',
    '/versioninfo/searchversioninfo': 'count dontshownotes product_id search',
    '/versioninfo/spotlight': 'count dontshownotes product_id',
    '/versioninfo/{id}': 'includedetails',
    '/viewcolumns': 'globalonly showall showallforteam showallfortech ticketarea_id type',
    '/viewcolumns/{id}': 'includedetails',
    '/viewfilter': 'globalonly showall showallforteam showallfortech ticketarea_id type',
    '/viewfilter/{id}': 'includedetails',
    '/viewlistgroup': 'type',
    '/viewlistgroup/{id}': 'includedetails',
    '/viewlists': (
        'connectedinstance_id domain globalonly istree showall showallforteam showallfortech showcounts '
        'ticketarea_id type'
    ),
    '/viewlists/{id}': 'domain includedetails showcounts',
    '/virima/get': '',
    '/virimadetails': '',
    '/virimadetails/{id}': '',
    '/virtualagent': '',
    '/virtualagent/{id}': '',
    '/vmworkspacedetails': '',
    '/vmworkspacedetails/{id}': '',
    '/webhook': 'isazureautomation type',
    '/webhook/{id}': 'includedetails',
    '/webhookevent': (
        'automation_id count idonly integrationmethod_id order order2 order3 order4 order5 orderdesc '
        'orderdesc2 orderdesc3 orderdesc4 orderdesc5 page_no page_size pageinate webhook_id'
    ),
    '/webhookevent/{id}': 'includedetails',
    '/webhookrepository': 'isazureautomation type',
    '/webhookrepository/{id}': 'includedetails',
    '/wordpressdetails': '',
    '/wordpressdetails/{id}': '',
    '/wordpressorgdetails': '',
    '/wordpressorgdetails/{id}': '',
    '/workday': 'access_control_level isconfig showholidays',
    '/workday/{id}': 'includedetails',
    '/workflow': 'access_control_level includeinactive',
    '/workflow/{id}': 'includedetails',
    '/workflowstep': 'includecriteriainfo',
    '/workflowtarget': '',
    '/workflowtarget/{id}': '',
    '/xerodetails': 'connectedonly tenantid',
    '/xerodetails/{id}': 'includedetails',
    '/xtyperole': 'xtype_id xtyperole_id',
    '/zendesk/get': '',
}

KNOWN_FIELDS = {
    'AWSDetails': (
        'id name access_key new_integration_key default_devicesite default_devicesite_name default_devicetype '
        'default_devicetypename assetimportidentifier assetimportidentifier_fieldname fieldmappings '
        'sitemappings enableintegrator lastsyncdate lastsyncerror delete_devices dont_create_new_devices '
        'dont_update_device_type dont_move_site _warning mappings_xtype default_assetgroup '
        'default_assetgroupname assettype_choice assettype_field regions regions_list'
    ),
    'Actions': (
        'ticket_id id outcome who_type who_imgpath who_agentid who_initials who_colour who_onlinestatus '
        'datetime last_updated note replied_to_ticket_id replied_to_action_id created_from_ticket_id '
        'created_from_action_id action_contract_id action_contract_ref action_travel_contract_id project_id '
        'twitter_id_str twitter_user_name tweet_sent attachment_list customfields personal_unread '
        'actionarrivaldate actioncompletiondate isjson facebook_id facebook_sent merged_from_ticketid '
        'reactions translations email_message_id post_translations ticket_guid instagram_id instagram_sent '
        'on_behalf_of on_behalf_of_name actionby_agent_id warning_type guid actioncontractid actisbillable '
        'actisreadyforprocessing actioninternetmessageid senttowhatsapp twa_delivered_date twa_read_date '
        'travelisreadyforprocessing emailbody emailsubject note_html emailbody_html actionuserdef userdesc '
        'actiondatecreated actioninvoicenumber actioninvoicenumber_isproject action_invoice_line_id '
        'actiontravelinvoicenumber actionmileageinvoicenumber externalinvoicenumber actprocessid '
        'actiontravelamount actionmileageamount actiontravelmileageinvoicenumber actionbillingplanid '
        'actiontravelbillingplanid actioncalendarstatus actionapptid actionsmsstatus sitevisitunits svid '
        'asset_id asset_site lwwarrantyreported from_mailbox_id sales_mailbox_override_id '
        'from_address_override actiontravelstartdate actiontravelenddate actionactualresponse '
        'actionslaresponsestate labourwarranty actreviewed actprocesseddate dateinvoicedtraveltime '
        'dateinvoicedmileage actionuserdefineddata emailtolistall reply_direct actioninformownerofaction '
        'agentnotificationneeded surchargeid travel_surchargeid achargetotalaction achargetotalprocessed '
        'tweetsent tweetfrom twitterid send_to_facebook replyto_facebook_id senttofb facebookid facebookname '
        'facebook_parent_id calloutcomenum actionresponsedate actiontargetresponsedate pagerdutysendstatus '
        'mailentryid replytoaddress actsapuuid whowith chatid dynamicsactionid action_appointment_id '
        'action_supplier_id action_supplier_name new_tickettype new_chargerate new_contract_id new_parent_id '
        'new_priority new_category1 new_category2 new_category3 new_category4 new_estimate new_estimatedays '
        'new_impact new_urgency new_source new_matched_rule_id new_firsttimefix new_team new_agent new_sla_id '
        'new_slastatus new_fixbydate new_followupdate new_deadlinedate new_deadlinenotificationhours '
        'new_startdate new_startdate_timezone new_startdate_with_timezone new_project_time_budget '
        'new_project_money_budget new_starttime new_starttimeslot new_targetdate new_targetdate_timezone '
        'new_targetdate_with_timezone new_targettime new_targettimeslot new_oppcontactname new_oppcompanyname '
        'new_oppemailaddress new_oppcustomertitle new_opptel new_oppcountry new_oppregion new_opptype '
        'new_opphear new_oppvalue new_foppvalue_monthly new_foppvalue_annual new_foppvalue_oneoff '
        'new_oppconversionprobability new_oppprofit new_oppcurrentsystem new_oppcompetitors new_opptrialdate '
        'new_oppdemodate new_oppdiscountdate new_oppattemptsmade new_oppconverteddate new_oppproductchosen '
        'new_oppreason new_opptimezonename new_oppclosurecategory new_oppdontaddtomailinglist '
        'new_approvalprocess new_approvalprocess_agent_id new_approvalprocess_user_id '
        'new_approvalprocess_users new_approvalprocess_email new_approvalprocess_cab_id '
        'new_approvalprocess_cab new_product_id new_component_id new_version_id new_matched_kb_id '
        'new_matched_linked_id new_linkedticket_template_id new_supplier_id new_supplier_ref new_customer_ref '
        'new_supplier_contract_id new_supplier_priority_id new_supplier_response_date new_supplier_fix_date '
        'new_linkedticket_status new_appointment_type emailtemplate_id create_article sendemail '
        'action_showpreview setnotetoemailbody action_isresponse validate_response attachments '
        'update_children update_parent send_survey signature_customer signature_customer_name signature_agent '
        'signature_agent_name follow unfollow primaryserviceusersfollow appointment_id '
        'appointment_complete_status add_followup_appointment add_followup_task _appointment_force copy_to_id '
        'third_party_product_id third_party_version_id _forcereassign _appointment01_ok _agent01_ok '
        '_agent02_ok _ticketclash01_ok _canupdate assets dont_do_rules _includeticketinresponse '
        'jira_original_estimate jira_remaining_estimate _warning actionoohtime actionholidaytime '
        'actiontotaloohtime quotation_id salesorder_id purchaseorder_id invoice_id recalculate_billing '
        '_isimport _isinboundsales sendactiontopagerduty oktoclose remotetechid utcoffset statisfaction_level '
        'senttoapisupplierid send_jira_attachments jira_reporter smsto sendsms _dontupdate_devops '
        'send_devops_note _isnotify move_to_id sendactiontosplunkoncall third_party_who _faultForce '
        'private_note isBulkEmail new_workflow_id _sendtweet replyto_tweet_id replyto_tweet_haloid '
        'changeinformationhtml justification impactlevel impactdescription risklevel riskdescription '
        'backoutplan communicationplan testplan showonroadmap roadmapnote releasenote releaseid releaseid2 '
        'releaseid3 releasenotegroupid releaseimportant new_jira_components faultidfrom actionnumberfrom '
        'new_template_id new_primary_asset_status primary_asset_id new_rule_ids dont_update_fault '
        'new_article_description new_article_resolution new_article_notes new_article_type new_tags '
        'new_faqlists new_related_articles ignoredatedoneisstartdate sentinel_id _validate_travel '
        'sync_to_sentinel sentinel_classification sentinel_classification_reason g2aremote_id dontcreatechild '
        'needcreatechild customfieldvalidationreason servicestatusnote updateservicestatus new_child_cat_1 '
        'new_child_cat_2 new_child_cat_3 new_child_cat_4 usecroverride azure_action_complete _dontupdate_jira '
        'send_jira_note entity_type rmm_close dattormm_close external_links new_external_link '
        '_match_thirdparty_id _match_integration_id _match_integration_name sync_to_salesforce '
        'isbillingaction ishiddenfrominternalit new_consignment faultstimeentryid '
        'billingoverriddenbytimeentry sync_to_servicenow new_service_id new_asset contract_date_override '
        'parentactionnumber parentactiondetails parentactiondate user_creation_failed followers_user '
        'new_items_issued purchaseordernumber database_lookup_result new_supplier_contact_id new_pr_id '
        'new_branch_id _dontupdate_pagerduty pagerdutyid facebook_from_id twitter_from_id sync_to_jira '
        'is_jira_supplier senttojirasupplierid _importtype itsm_summary send_to_halo send_to_whatsapp '
        '_ignore_ai _ignore_translate translate_note new_approvalprocess_role_id '
        'new_approvalprocess_customfieldid new_thirdpartyreviewscore new_additional_agents instagramid '
        'instagramname instagram_parent_id send_to_instagram replyto_instagram_id senttoinsta '
        'instagram_from_id dont_recalculate_billing is_third_party_supplier senttoservicenowsupplierid '
        'timesheet_approval_status _changeprivate defprepayinvoicenumber defprepaydateinvoiced '
        'defprepayamount new_colour send_to_googlebusiness original_agent _isreplyaction milestone_bill_id '
        'new_foppjobtitle bigpanda_id servicenow_type internet_message_id allow_automation_on_related '
        'replying_to lapsafe_expiry_date lapsafe_asset lapsafe_bay lapsafe_bay_id lapsafe_installation '
        '_slackaction _isportalagentnote devops_pipeline_id devops_pipeline_version new_step rr_log '
        'new_contributors nextcalldate satisfaction new_CRM_note new_template _agent03_ok '
        '_can_edit_billing_time run_ai_insights new_customer_signature new_agent_signature _prevent_outgoing '
        'new_client_id new_site_id new_user_id prepay_threshold outgoingid is_halo_ack isundeliverable '
        'new_distribution_list new_bulkemail bulkemail_users outcome_id action_systemid dateemailed timetaken '
        'timetakendays timetakenadjusted nonbilltime traveltime mileage actionchargehours '
        'actionnonchargeamount actionnonchargehours actionchargeamount actionprepayhours actionprepayamount '
        'actiontravelchargehours chargerate travel_chargerate hiddenfromuser important old_status new_status '
        'new_status_name emailfrom emailtonew emailto emailccnew emaildirection emailcc emailsubjectnew '
        'senttoapiurl colour attachment_count unread actionby_application_id action_travel_contract_ref '
        'actionby_user_id hide_user_visibility_toggle'
    ),
    'AddressStore': (
        'id type description note line1 line2 line3 line4 postcode primary inactive date_active date_inactive '
        'lat long client_name site_id site_name user_id user_name user_email _isimport _warning'
    ),
    'Addressbook': (
        'id global mailboxid unum name emailaddress exchange address section contactuid contactunum '
        'contactgroup contactgroupcontacts contacttype selectedaddressbook _warning'
    ),
    'AdobeAcrobatDetails': (
        'id name shard new_access_token new_refresh_token token_expiry authorized code _exchangecode '
        '_disconnect _importtype client_id new_client_secret new_method _warning guid new_webhook_secret '
        'enable_webhooks'
    ),
    'AdobeCommerceDetails': 'id connectionname url new_integration_method enabled integrator_last_sync _warning',
    'AgentCheckIn': 'id agent_id timestamp status _warning',
    'AiSuggestion': (
        'id name precedence type ticket_types auto_apply min_score min_matches condition_number '
        'condition_percentage outcome_id outcome_name template_id template_name summary ticket_open_closed '
        'last_x_days condition_entities _warning'
    ),
    'AmazonSellerDetails': (
        'id storefrontname new_integration_method new_access_token new_refresh_token _code _exchangecode '
        'authorized enabled endpoint marketplace _warning'
    ),
    'AnalyzerProfile': (
        'id name sql reportingperiod availablefields selectedfields reportingperiodstartdate '
        'reportingperiodenddate reportingperioddatefield sqlid charttitle xaxis yaxis xaxiscaption '
        'yaxiscaption graphorderby charttype graphorder count sum average averageaspercentage showgraphvalues '
        'client builtinid seriestype1 seriestype2 seriestype3 seriestype4 seriestype5 yaxis1 yaxis2 yaxis3 '
        'yaxis4 yaxis5 stackbars includesummary timezonename onlyshowsummaries usetechlink is_published '
        'published_id sqlhasdatefilter usesdynamicsql available_columns columns filters conditions '
        'filterable_columns filterable_columns_conditions permissions_agent permissions_user schedule '
        'local_library_id is_onlinerepository_report get_reportfield_values get_reportcondition_values '
        'filter_lookup_values report previous_report _testonly _testchart _loadreportonly _print_preview '
        '_print_generate _xls_generate _json_generate printhtml pdf_attachment_id xls_attachment_id '
        'xls_attachment_link csv_attachment_id csv_attachment_link json_attachment_id json_attachment_link '
        'pdftemplate_id pdftemplate_name pdftemplate chart_base64 customise_table_html report_table_html '
        'report_table_row_html report_table_group_html report_table_total_html alreadyconverted invoice_id '
        'quote_id consignment_id contract_id purchase_order_id sales_order_id asset_id bookmarked '
        'report_access_token colourpallette client_id show_top_only top_count show_trendline show_datavalues '
        'series colours ticket_id _warning report_comparison chart_comparison _run_prompt _check_prompt '
        'ai_prompt ai_threadid ai_runid assistant_request publish_type apply_query_builder_perms '
        'last_run_date group_id group_name description type datasource_id restrictaccess systemreportid '
        'mainentity canbeaccessedbyallusers _canupdate apiquery_id'
    ),
    'Appointment': (
        'agents collection_id appointment_type_id confirmed exchangestartdate exchangeenddate '
        'exchangemailboxfqdn status messagestatus agent_status note note_html betweenstart betweenend tolist '
        'cclist bcclist usermessagestatus reminderminutes reminderstatus reminderdate complete_note '
        'complete_notehtml fromcompletedapid complete_date complete_agent_id offhold changedinnhd estimate '
        'meetingtype commisionable invitesent cspid inform_agents inform_user _force add_followup_appointment '
        'add_followup_task followup_subject followup_start_date followup_end_date followup_allday '
        'followup_inform_agents followup_inform_user followup_agents followup_user_id followup_is_private '
        'followup_reminderminutes followup_agent_status followup_date followup_note followup_note_html '
        'followup_id followup_appointmenttype_id reassign_ticket contact_emailaddress contact_phonenumber '
        'appointment_hours appointment_work_hours complete_timetaken contact_address outcomes utcoffset '
        'start_date_only end_date_only chargerate _validateonly _iscloning _collectionmaster conference_id '
        'toll_number exchange_uid _isimport _importtype _importemail external_organizer followup_attendees '
        'apfaultidremoved category1 category2 category3 category4 contract_id key resource_booking_type '
        'resource_booking_timeslot booking_name booking_email booking_phonenumber _warning do_reopen '
        'requesttype resourcebookingtype resourcebookingtypeagent defaultresourcetype defaultbookingtype '
        'team_id allowed_resourcebooking_teams resourcebookingteam organizer_email ticket_phonenumber '
        'ticket_emailaddress appointment_status primary_ticket_appointment schedule schedulehandledtype '
        'createnextappt halo_recurring_master_id approval_start requires_approval autocomplete approvalagent '
        'approvalnote appointment_id approvaldatetime import_agent_ids import_user '
        'import_open_appointment_status import_appointment_type import_shift_type import_agent_status '
        'update_ticket_status has_immutable_exchange_id new_external_link id agent_id start_date end_date '
        'last_modified allday holiday_id _canupdate _cancomplete colour entity ticket_id subject client_id '
        'client_name site_id site_name user_id user_name agent_name holiday_type appointment_type_name '
        'complete_status is_private reminder_shown is_task online_meeting_url organizer entryid changekey '
        'attendees _recurringmaster recurring_master_id type open_appointment_status appointment_location '
        'appointment_location_name approvalemailaddress requestedapprovalagent approval_status _candelete '
        'appointment_location_free_text other1 other2 calendar_id exchangelastmodifieddate shift_type_id '
        'shift_team_id shift_team_name recurring_desc crmnote_id'
    ),
    'ApprovalProcess': (
        'guid intent id name steps _iscloning access_control access_control_level no_status_change type '
        '_warning'
    ),
    'ApprovalProcessRule': (
        'guid intent id name precedence type agent_id_or_cab_id arunumcab_guid agent_name cab_name user_name '
        'user_id emailaddress criteria approval_process_id approval_process_guid approval_process_step_id '
        'usage notifyonapprove notifyonreject accept_emailtemplate_id accept_emailtemplate_guid '
        'accept_emailtemplate_name reject_emailtemplate_id reject_emailtemplate_guid '
        'reject_emailtemplate_name _iscloning role_id role_name customfieldid customfield_name _warning'
    ),
    'Area': (
        'id name toplevel_id toplevel_name inactive colour confirmemail actionemail clearemail '
        'messagegroup_id from_address_override override_org_logo override_org_name override_org_address '
        'override_org_phone override_org_email override_org_website override_org_portalurl mailbox_override '
        'default_mailbox_id calldate item_tax_code service_tax_code prepay_tax_code contract_tax_code '
        'customfields custombuttons attachments site_fields pritech sectech accountmanagertech notes '
        'thirdpartynhdapiurl xeroid open_ticket_count opps_ticket_count datecreated createdfrom_id announce '
        'announcedate pritech_name sectech_name prinotify secnotify priassign secassign '
        'accountmanagertech_name accountmanagertech_email chargeperiod chargehours chargecarryover invoiceyes '
        'fluserdef1 fluserdef2 fluserdef3 fluserdef4 fluserdef5 floverride fluserdef1hide fluserdef2hide '
        'fluserdef3hide fluserdef4hide fluserdef5hide fluserdef1mand fluserdef2mand fluserdef3mand '
        'fluserdef4mand fluserdef5mand includeactions needsinvoice startdate startbalance hourlyrate '
        'periodcharge dontinvoice invoicetemplate invoicecomment lastinvoiceenddate showslaonweb '
        'item_tax_code_name service_tax_code_name contract_tax_code_name prepay_tax_code_name imageindex '
        'chargehours2 hourlyrate2 cat2 cat3 cat4 cat5 enddate ucemail fcemail actguid smsbalance html hv '
        'hvdate emailinvoice dont_auto_send_invoices seriousnesslevel defcat1 defcat2 defcat3 defcat4 '
        'thresholdbreached monthlyreportinclude monthlyreportlastrun monthlyreportemaildirect '
        'monthlyreportemailmanager monthlyreportshowonweb areatype unmatchedcombinations '
        'prepayrecurringchargenextdate billforrecurringprepayamount prepayrecurringcharge '
        'prepayrecurringhours prepayrecurringchargebp accountsemailaddress disclaimermatchstring paymentterms '
        'showallnonbillable billinggroup autotopupthreshhold autotopuptoamount autotopupcostperhour '
        'autotopupbyamount surchargeid billingtemplate_id billingtemplate_name overidegreeting clientpackage '
        'scopeofbusiness preferredagent callhandlingnotes automatic_callscript_id automatic_callscript_name '
        'teamviewerpassword customertype_new discountperc showfaqfortoplevel accountsccemailaddress '
        'isopportunity snowname main_site_id main_site_name linked_organisation_id all_organisations_allowed '
        'allowed_organisations override_signature contractaccountsdesc prepayaccountsdesc site_update '
        'newclient_sitename newclient_phonenumber newclient_domain newclient_timezone newclient_contactname '
        'newclient_contactemail newclient_contacttitle newclient_web_access_level newclient_sendwelcomeemail '
        'newclient_delivery_address newclient_countrycode newclient_regioncode faqlists popup_notes '
        '_reassign_all_to_user allowall_tickettypes allowed_tickettypes allowall_category1 allowed_category1 '
        'allowall_category2 allowed_category2 allowall_category3 allowed_category3 allowall_category4 alocked '
        'allowed_category4 onhold_ticket_count total_ticket_count opened_thismonth_count billingplans '
        'overriding_rates allowallchargerates chargerates newclient_siteguid _isimport _importtype '
        'allow_api_access api_access_clientid api_access_clientsecret thirdpartynhdauthurl '
        'thirdpartynhdtenant thirdpartynhdapiclientid new_thirdpartynhdapiclientsecret areaitems portal_logo '
        'override_portalcolour portalcolour portalbackgroundimageurl ninjarmmid sales_tax_type '
        'purchase_tax_type isarchived_xero accountsfirstname accountslastname sales_tax_code '
        'purchase_tax_code purchase_tax_code_name prepayhistory periods prepayrecurringminimumdeduction '
        'prepayrecurringminimumdeductiononlyactive prepayrecurringautomaticdeduction prepaytotal prepayused '
        'prepaybalance preferreddeliverymethod qbodefaulttax default_contract device42id xerodetails_id '
        'xero_tenant_name xero_tracking_category_1_name xero_tracking_category_2_name servicenowid '
        'isnhserveremaildefault datto_id datto_alternate_id datto_url dattocommerce_tenantid '
        'qbodefaulttaxcode qbodefaulttaxcodename qbo_default_tax_code connectwiseid autotaskid import_address '
        'import_notes ateraid kashflowid kashflow_tenant_name website alastupdate service_access '
        'service_subscriptions snelstart_id default_currency_code_name _apply_billingtemplate '
        'datto_commerce_id datto_commerce_url import_azure_tenant import_details_id syncroid kbentries '
        'auvik_id hubspot_id hubspot_url hubspot_dont_sync hubspot_archived domain passportal_id '
        'update_licences prepayasamount synced_to_intacct qbo_company_name oppid tax_number isclientdetails '
        'hubspot_lifecycle hudu_url prepayrecurringexpirymonths accountsbccemailaddress '
        'defaultcontractoverride defaultcontractoverride_ref sqlimport_id external_links new_external_link '
        '_match_thirdparty_id _match_integration_id _match_integration_name _warning donotimport liongardid '
        'liongard_url sync_to_liongard regmanagertech_name logmanagertech_name salesreptech_name '
        'default_team_to_salesrep_override default_team_to_salesrep_override_team cxmleadtech_name '
        'portalchatprofile portalchatprofile_name kaseyaid trading_name dbc_company_name salesforce_dontsync '
        'stripe_customer_id stripe_payment_method_id stripe_payment_method_name stripe_paymentmethod '
        'current_licences servicenow_url servicenow_locale servicenow_username new_servicenowkey '
        'servicenow_priority_mappings servicenow_status_mappings servicenow_impact_mappings '
        'servicenow_urgency_mappings servicenow_category_mappings servicenow_assignment_group '
        'servicenow_assignment_group_name servicenow_assignmentgroup servicenow_defaultuser_id '
        'servicenow_defaultuser_name servicenow_defaultuser test_servicenow sage_business_cloud_details_id '
        'sage_business_cloud_details_name exact_division exact_division_name ncentral_details_id '
        'currencyisocode intacct_location_id intacct_location_id_list intacct_location_type new_categories '
        'jira_url jira_username new_jirakey test_jira jira_servicedesk_id jira_servicedesk_name '
        'jira_servicedesk jira_requesttype_mappings jira_user_id jira_user_name jira_user '
        'jira_priority_mappings jira_status_mappings create_jira_webhook jira_webhook_created '
        'defaultpdftemplateinvoicetickets defaultpdftemplateinvoiceorders defaultpdftemplateinvoicerecurring '
        'defaultpdftemplateinvoicetickets_name defaultpdftemplateinvoiceorders_name '
        'defaultpdftemplateinvoicerecurring_name intacct_invoice_save_location ingram_micro_details_id '
        '_dont_fire_automations main_delivery_address main_invoice_address main_contact_name '
        'main_contact_email main_contact_phonenumber main_contact_id main_phonenumber auvik_site_inactive '
        'invoice_class new_icon fortnox_tenant fortnox_tenant_name servicenow_enable_webhook '
        'new_servicenow_webhooksecret servicenow_webhook_user servicenow_webhook_user_name '
        'servicenow_webhook_tickettype servicenow_webhook_tickettype_name myob_tenant myob_tenant_name '
        'sync_servicenow_attachments twilio_subaccount_name twilio_subaccount_created twilio_subaccount_sid '
        'twilio_subaccount_status twilio_subaccount_authtoken _create_twilio_subaccount '
        '_close_twilio_subaccount _pauseunpause_twilio_subaccount _create_twilio_recurringinvoice '
        'twilio_recurring_invoice_id override_layout_id override_layout_name extratabs '
        'servicenow_team_mappings servicenow_ticket_sync servicenow_ticket_sync_list servicenow_fieldmappings '
        'matching_value jira_webhook_user jira_webhook_username avalara_code avalara_tenant_name avalara_id '
        'invoice_mailbox_override quote_mailbox_override _merge_client_into '
        'invoice_tickets_seperately_override servicenow_authtype portal_title_override portal_title '
        'reply_address_override use key table logo regmanagertech logmanagertech salesreptech '
        'accountownertech cxmleadtech xero_tenant_id accountsid excludefrominvoicesync gficlientid '
        'overridepdftemplateinvoice overridepdftemplateinvoice_name kashflow_tenant_id client_to_invoice '
        'client_to_invoice_name invoiceduedaysextraclient itglue_id clientcurrency sentinel_subscription_id '
        'sentinel_workspace_name sentinel_resource_group_name sentinel_tenant_id sentinel_tenant_name '
        'default_currency_code client_to_invoice_recurring client_to_invoice_recurring_name azure_tenants '
        'azure_tenant_id snow_id snowLicences qbo_company_id automatic_sales_tax cautomateid dbc_company_id '
        'stopped customertype customer_relationship customer_relationship_list servicenow_validated '
        'sentinel_default_user_override sentinel_default_user_override_name jira_validated ref '
        'ticket_invoices_for_each_site intacct_save_location is_vip accountownertech_name taxable '
        'quickbooks_details percentage_to_survey billing_plan_text overridepdftemplatequote '
        'overridepdftemplatequote_name avalara_tenant due_date_type toplevel_quote_currency is_account '
        '_importtypeid _importthirdpartyid'
    ),
    'AreaNote': (
        'id client_id supplier_id sales_order_id purchase_order_id quote_id invoice_id site_id user_id '
        'datetime who_agentid note detail timetaken mailentryid nextcalldate satisfaction third_party_id '
        'customfields ticketid _warning hide_time_taken add_to_calendar app_user_id app_agent_id app_subject '
        'nextcallduration createdfromaction'
    ),
    'Attachment': (
        'third_party_id link content_type last_updated id filename datecreated note filesize type unique_id '
        'desc isimage data ticket_id action_id user_id agent_id attachmentaction_id _canupdate guid '
        'image_upload_id image_upload_key file _enduserportalpdfprint anon_outcomeid has_scanned _warning '
        '_is_new_version parent_name version_count _alreadyuploaded copy_from_id new_external_link '
        '_match_thirdparty_id _match_integration_id _match_integration_name import_details_id external_links '
        'showforusers showonchild showonrelated data_base64 download_url third_party_token already_posted '
        'faultid _isimport _importtype s3url att_link child_count parent_id linked_version_id '
        'allow_anon_upload tickettype_id tickettype_guid validate_guid'
    ),
    'Audit': (
        'id ticket_id agent_id date value to from table_name id1 id2 clientid _warning actoutcome user_id '
        'username datetime_to datetime_from'
    ),
    'AuditPasswordField': 'object_type object_id field_id value object _warning',
    'Autoassign': (
        'guid intent id name precedence use stopmatching new_agent_id new_agent_name new_team new_priority_id '
        'new_status_id newstatus_guid new_sla_id new_sla_guid new_category_1_id new_category_1_guid '
        'new_category_1_name new_product_id new_product_name new_workflow_id newworkflow_guid '
        'new_workflow_name dontshownotification criteria outcomes _domatch user matched_rule_count '
        'matched_ids outcome_id outcome_name new_category_2_id new_category_2_guid new_category_2_name '
        'new_category_3_id new_category_3_guid new_category_3_name new_category_4_id new_category_4_guid '
        'new_category_4_name script_id script_name rule_ids new_template_id newtemplate_guid '
        'new_template_name _warning popupmsg popup_notes flowdetail_id batch_size batch_sleep access_control '
        'access_control_level events new_colour set_colour active olas database_lookups'
    ),
    'AvalaraDetails': (
        'id environment name username new_password new_method companyid client_top_level supplier_top_level '
        'client_top_level_name supplier_top_level_name company_object defaulttax defaultitem autosyncentities '
        'autosyncentitiesonupdate showmessage authorized syncentities defaultcustomercode '
        'default_customer_name disablerecording address_mapping_type sync_entities_list sync_committed '
        '_warning'
    ),
    'AzureADConnection': (
        'guid intent id name domain directoryid applicationid new_client_secret new_access_token '
        'new_refresh_token token_expiry _authcode _exchangecodefortoken mappings_user mappings_agent '
        'mappings_agent_roles mappings_site user_matching_fields agent_matching_fields user_matching_list '
        'agent_matching_list halointegratorenabled halointegrator_lastsync halointegrator_lasterror '
        'redirect_uri mappings_cab manage_licenses licensed_roles licensed_roles_list tenant_type '
        'mappings_device defaultsite defaultsite_name assettype_choice default_assetgroup '
        'default_assetgroup_guid default_assetgroup_name default_assettype default_assettype_guid '
        'default_assettype_name assettype_field assettype_fieldname import_identifier '
        'import_identifier_fieldname accountenabled authorized new_method createunmatchedusers '
        'unmatchedusersite unmatchedusersite_name type top_level auto_create_mappings auto_allow_sso '
        'top_level_name mappings_client default_ticket_type default_ticket_type_name default_classification '
        'default_classification_reason default_priority_name mappings_ticket intune_dont_update_type '
        'halo_integrator_import_list halo_integrator_import_types intune_enabled licence_import_type '
        'graphendpoint intuneusermatchingfield current_scopes _dosave dont_sync_new_tenants '
        'importunmatchedgroupasserviceaccount deactivate_users mappings_priority '
        'allow_subscription_management receive_subscription_updated graph_host mappings_user_roles '
        'alternate_client_id new_alternate_client_secret default_relationship_type mappings_xtype '
        'intune_delete_status intune_delete_status_name _warning sentinel_default_user '
        'sentinel_default_user_name named_roles named_roles_list new_user_template new_user_type '
        'mappings_new_user new_user_template_name software_import_licence_matching default_intune_status '
        'default_intune_status_name no_manager_role no_manager_role_name track_sign_in_activity '
        'halointegrator_allowedclientidslist halointegrator_allowedclientids user_licence user_licence_list '
        'check_licence_list_for_service_user exclude_mssense_devices authentication_type '
        '_confirmmanagedidentitysetup _confirmclientcredentialssetup allow_presence_notifications '
        'licence_import_client licence_import_client_name assign_licences resource '
        'only_import_sentinel_comments use_delta_queries _deltareset intune_user_matching_integration '
        'intune_recovered_status intune_recovered_status_name'
    ),
    'AzureDelta': 'id related_guid tenant_id entity next_delta last_updated',
    'AzureDevOpsDetails': (
        'guid intent id name instance_url new_access_token new_method fields_to_sync fields_to_sync_list '
        'sync_mapped_fields sync_attachments sync_area_path sync_iteration_path sync_priority sync_status '
        'sync_start_date sync_target_date status_mappings priority_mappings areapath_mappings '
        'iterationpath_mappings otherfield_mappings area_path_field iteration_path_field '
        'work_item_description webhook_username new_webhook_password webhook_salt webhook_iterations '
        'ticket_type ticket_type_name ticket_user ticket_user_name user_is_created_by sync_summary '
        'private_updates new_webhook_password_method enableintegrator lastsyncdate lastsyncerror update_days '
        'enablepipelines _importtype _warning filters import_entities import_entities_list'
    ),
    'BudgetType': 'id name defaultrate chargerate _warning',
    'BusinessCentralDetails': (
        'id name tenant_id client_id new_client_secret new_access_token new_refresh_token token_expiry '
        'authorized redirect_url authorization_code _exchangecodefortoken _disconnect _authcode environment '
        'environment_name environment_type web_service_url country company company_id company_name '
        'company_version _importtype client_top_level client_top_level_name client_mappings '
        'item_group_mappings item_default_group item_default_group_name default_sales_account '
        'default_sales_account_name default_purchase_account default_purchase_account_name enable_sync '
        'sync_entities sync_entities_list show_message default_invoice_item default_invoice_item_name '
        'graph_host sync_inv_groups use_advanced_cost_endpoint group_increment line_increment _warning'
    ),
    'CSVTemplate': (
        'id name type groupingtype detailcolumns is_preview is_generate printcsv invoices csv_attachment_id '
        'csv_attachment_name update_posted _warning background_task'
    ),
    'CabHeader': (
        'guid intent id name all_must_approve approvals_needed rejection_threshold members ldapstring roles '
        'teams_webhook_url slack_channel slack_channel_name _warning'
    ),
    'CallLog': (
        'id start_date end_date timetaken agent_id client_id client_name client_details site_id site_name '
        'site_details user_id user_name user_details callerid diallednumber caller_name caller_email '
        'user_number caller_address outcome_id ticket_id action_number summary note call_status _complete '
        '_canupdate third_party_id start_date_note form_id update_user_number _warning displayname '
        'existingticketid call_direction call_type call_transcript calllog_attachment_count '
        'transferred_agentid transferred_teamid call_category transferred_team_name category1 category2 '
        'category3 category4'
    ),
    'CannedText': (
        'guid intent id name group_id text html restriction_type department_id department_guid '
        'department_name team_id team_guid team_name agent_id agent_name _canupdate access_control '
        'access_control_level _isimport group_name tags _warning'
    ),
    'CategoryDetail': (
        'guid intent id value category_name type_id sla_id priority_id chargerate category_group_id _isnew '
        'include_note note user_note itilrequesttype _warning is_integration translations'
    ),
    'Certificate': 'id name subject issuer thumbprint new_password attachment_id attachment_name _warning',
    'ChatProfile': (
        'intent id name key access_type chatnameoverride greeting bot_name technamevisibility '
        'technamevisibilitytext techmustonline workdays_id workdays_name logticket tickettype_id '
        'tickettype_name icon icon_size colour_type colour theme enable_feedback feedback_message_before '
        'feedback_message_after cors_whitelist_list steps flow_chart_json in_use _chat_available _chat_mode '
        '_chatserviceurl _tenantid bubble_type message_box_size use_bubble_popup_message_mappings '
        'popup_message_mappings default_ticket_clientsite default_ticket_clientsite_name access_control '
        'access_control_level email_storage_key name_storage_key fullscreen_threshold_override '
        'bot_width_override bot_height_override bot_height_units textcolour textcolour_type agent_roles '
        'enable_start_message_mapping new_chat_window_controls abandoned_live_chat_check_period '
        'start_message_mappings default_wait_time wait_time_calc_mins anon_token_method enable_user_matching '
        'new_hmac_secret validate_lifetime use_subject_matching new_user_site_id new_user_site_name '
        'usermappings enable_feedback_comments feedback_message_before_comments _warning'
    ),
    'Company': (
        'id name toplevel_id toplevel_name contact_name email_address support_email_address phone_number '
        'inactive emailtemplate_id default_contract_id default_contract_sla_id thirdpartynhdapiurl '
        'customfields custombuttons contract_count datecreated phone_number_2 phone_number_3 notes address '
        'switchslatosupplier emailoverduefixby emailoverdueresponse webserviceurl emailtemplate_name '
        'accounts_id portal_url portal_ref portal_username portal_password contact_title fax email_start_tag '
        'email_end_tag usesnhd nhdurl nhdemailaddress nhdpassword parentid emaildomain users allow_api_access '
        'api_access_clientid api_access_clientsecret thirdpartynhdauthurl thirdpartynhdtenant '
        'thirdpartynhdapiclientid new_thirdpartynhdapiclientsecret _isimport _importtype kashflowid '
        'details_id kashflow_tenant_id kashflow_tenant_name xero_tenant_id xero_tenant_name xero_id '
        'is_xero_archived qbo_company_name _warning issupplierdetails jira_url jira_username new_jirakey '
        'test_jira jira_servicedesk_id jira_servicedesk_name jira_servicedesk jira_requesttype_mappings '
        'jira_user_id jira_user_name jira_user jira_priority_mappings jira_status_mappings '
        'create_jira_webhook jira_webhook_created synced_to_intacct intacct_location_id '
        'intacct_location_id_list intacct_location_type intacct_save_location default_currency_code_name '
        'ignore_from_accounting_sync intacct_default_save_loc access_control access_control_level new_icon '
        'servicenow_url servicenow_locale servicenow_username new_servicenowkey servicenow_priority_mappings '
        'servicenow_status_mappings servicenow_impact_mappings servicenow_urgency_mappings '
        'servicenow_category_mappings servicenow_assignment_group servicenow_assignment_group_name '
        'servicenow_assignmentgroup servicenow_defaultuser_id servicenow_defaultuser_name '
        'servicenow_defaultuser test_servicenow myob_tenant myob_tenant_name external_links new_external_link '
        'purchase_tax_code purchase_tax_code_name sync_servicenow_attachments last_modified '
        'servicenow_team_mappings servicenow_ticket_sync servicenow_ticket_sync_list servicenow_fieldmappings '
        'jira_webhook_user jira_webhook_username supplier_invoice_due_date_extra_days is_supplier '
        'is_manufacturer servicenow_authtype use logo qbo_company_id jira_validated default_currency_code '
        'supplier_mailbox_override supplier_mailbox_address servicenow_validated messagegroup_id website '
        'mobile'
    ),
    'ConfigCommit': (
        'id guid timestamp source_instance_id agent_id summary object_guid operation payload '
        'rollback_operation rollback_payload rolled_back rolled_back_timestamp rolled_back_agent_id is_merge '
        'original_json _warning _rollback _push_to_instance_id'
    ),
    'ConfirmClosure': 'id ticket_id key result date comment user_message withfeedback feedbackhtml _warning',
    'ConfluenceDetails': 'id name url username newmethod new_password faq_links enabled _warning',
    'ConnectedInstance': 'id name apiurl authurl tenant clientid new_clientsecret _test _test_ok _test_result _warning',
    'ConsignmentHeader': (
        'id use date note ticket_id address site_id user_name salesorder_id lines assets _print_generate '
        'pdftemplate_id printhtml pdf_attachment_id stockbin_id assettomoveback ignoreserialisation is_return '
        '_warning'
    ),
    'Contactgroup': 'id name ownerunum allowall allowalledit contactgroupcontacts _warning',
    'Contactgroupcontacts': 'id ccgid cuid cunum name emailaddress contacttype _warning',
    'Contract': (
        'started expired id ref contract_description supplier_id supplier_name contact_1 contact_2 contact_3 '
        'sla_id note start_date end_date dontsendalarm costing_information is_default assets _isimport '
        'sla_name customfields custombuttons _warning active iscontractdetails contracts access_control '
        'access_control_level configuration_items add_configuration_items renewedfrom_id renewedfrom_id_ref '
        'renewedby_id renewedby_id_ref'
    ),
    'ContractHeader': (
        'contract_contact_id item_desc main_site id client_id client_name ref refextra start_date end_date '
        'started expired numberofunitsfree billingperiod billingdescription subtype status site_id site_name '
        'user_id user_name sla_id periodicinvoicenextdate next_invoice_date periodchargeamount note '
        'asset_value refextra2 contract_status asset_sequence next_call_date accounts_override_mailbox '
        'sla_name startbalance paymentscheme chargehoursperperiod chargerollover outofhoursmultiplier '
        'requestminimum invoiceminimum allowfixedprice allowpyg allowprepay chargeperdevice '
        'prepayrecurringcharge chargeprepaytravel chargeprepaymileage chargepygtravel chargepygmileage '
        'onlybillatendofperiod unmatchedcombinations termmonths percentageincrease nextincrementdate '
        'datereceived invoicedescription datesent paymentmethod dontsendalarm createdfrom_id costperperiod '
        'rollingcontract previouscontract dontinvoice ohid emailaddresses scheduleemails '
        'schedulesendaccountmanager accountsdesc hasactions billingperiods assets users periods surchargeid '
        'chargerate_method overriding_rates chargerates _isimport _ignore_mandatory '
        'billing_description_string billing_period_string dontchargeforitems custombuttons _print_preview '
        '_print_generate printhtml pdf_attachment_id pdftemplate_id pdftemplate_name schedule scheduleplan '
        '_send_outstanding_emails _send_appointment_invites autotaskid import_user salesorder_id '
        'salesorder_line_id endtype new_invoice_start_date new_invoice_end_date chargeratemultiplier _warning '
        'contract_prepaytotal contract_prepayused contract_prepaybalance contract_prepayhistory '
        'contract_periods contract_prepayasamount prepay_periods prepayrecurringchargenextdate '
        'prepayrecurringhours billforrecurringprepayamount prepayrecurringminimumdeduction '
        'prepayrecurringminimumdeductiononlyactive prepayrecurringautomaticdeduction iscontractdetails '
        'labournominalcodeoverride labournominalcodeoverride_name prepayrecurringexpirymonths contracts sites '
        'emailaddress_to emailaddress_cc use_cost_calculation attachments billingplans send_to_oracle '
        'oracle_invoice_id datesent_to_oracle prepay_itemid prepay_itemname created_from_order '
        'autotopupthreshhold autotopuptoamount autotopupcostperhour autotopupbyamount extratabs approvername '
        'approveremailaddress signature can_approve portal_display_type contractapprovalfields use key table '
        'last_modified asset_end_date contracttype contracttype_name prepayrecurringchargebp '
        'force_recalculation cost_calculation active sent_to_oracle customfields createdby_id createdby_name '
        'billingcategory _importtypeid _importthirdpartyid _importtype new_external_link'
    ),
    'ContractRule': (
        'id name sequence enabled user_under_client outcome_contract_type outcome_contract_subtype '
        'outcome_covered outcome_value outcome_end_date rule_criteria is_matched '
        'outcome_contract_type_display outcome_contract_subtype_display _warning'
    ),
    'ContractSchedule': 'chid seq amount date agent_id note id _warning',
    'ContractSchedulePlan': (
        'id contract_id date requesttype requesttype_name agent_id agent_name hours_allocated ticket_id '
        'subject hours apid event _warning'
    ),
    'ContractTemplateHeader': (
        'id name unmatchedcombinations prepayrecurringchargenextdate billforrecurringprepayamount '
        'prepayrecurringcharge prepayrecurringhours prepayrecurringchargebp autotopupthreshhold '
        'autotopuptoamount autotopupcostperhour autotopupbyamount surchargeid numberofunitsfree '
        'prepayrecurringminimumdeduction prepayrecurringminimumdeductiononlyactive '
        'prepayrecurringautomaticdeduction billingplans billingdescription subtype billingperiod clients '
        'create_contract _warning'
    ),
    'Control': (
        'id intent app_version app_version_nopatch database_version appname license_count '
        'concurrent_license_count license_name trial_expires licence_error syncid reports_directory '
        'one_sla_id one_sla_guid email_start_tag email_end_tag contact_status_id contact_status_guid '
        'default_estimate default_usercontacted category_1_label category_2_label category_3_label '
        'category_4_label customers_label show_toplevels file_loc gbitdir mapfile dudir allowduplicateinv '
        'sendackemailsforwebrequests usesage useqb qbversion allowwebupload enablemultientitysearch '
        'portalallowkbsearch portalallowservicesearch portalallowticketsearch multientitysearchincludefaults '
        'multientitysearchincludekbentry multientitysearchincludedevice multientitysearchincludearea '
        'multientitysearchincludesite multientitysearchincludeusers multientitysearchincludecompany '
        'multientitysearchincludeitem multientitysearchincludequote multientitysearchincludeso '
        'multientitysearchincludepo multientitysearchincludeservices showquicksearch showtreesearch '
        'defaultpdftemplatecredit allownewuserfromchangeuserscreen adselfservicewebapppwdresettype '
        'tickettimerdisplay portalbuttonmaxperrow continuallyappid tawkappid percentageoverdue '
        'trackticketviews showprepaybalanceonticket ssorememberme eupallowsiteselection '
        'showtemplateselectionbutton showsaveastemplatebutton welcome_message_label problemmatchsearchmode '
        'sage50username sage50version sage50datapath updateticketwhenpoinstock '
        'updateticketwhenpoinstockstatus updateticketwhenpoinstockstatus_guid allowstockreserve '
        'budgetcalctype periodsaheadforcontractinvoicestart defaultcontractenddatetype encthumbprint '
        'homescreendashboardid sidemenudashboardid loadimagesfromapitype loadattachmentsfromapitype '
        'loadimagesfromapilocation loadimagesfromapiurloverride allowlivechatonnewportal allowtaxcodeoverride '
        'mergerecurringinvoices mergesalesorderinvoices showusersassetsonticket showusersassetsoncall '
        'enablementions enablementionscrm enableteammentions usetechfwdfunctionalityupdateparent '
        'pomincostforapproval poapproverselectiontype enablequoteapprovals quotemarginforapproval '
        'enablemyreports enablemyscheduledreports showquotecannedonapprovalscreen enableagentbooking '
        'agentbooking_min_hours_advance agentbooking_max_days_advance agentbookingonlyauthenticated '
        'enableprojecttreeview publishchangecalendar enablekbdrafts kbdrafttickettype kbdrafttickettype_guid '
        'usecurrencyconversion usetravelchargerates usersearchmode usersearchmode2 detailsscreendisplaytype '
        'navdisplaymode usesemanticversioning usesecurequotesigning timefieldinputtype '
        'ticketdetailstitledisplaymode allownewusersiteid allow_new_user newusersite_name itemnamesunique '
        'translationtexttype translationmonthlycharactercap translationmonthlycharactercapcanedit '
        'crmshowextradetails defaultclientdetailslayout kbviewagentapp enablefulltextsearchactions '
        'addressfieldtype livechatconnectionmethod portalchatprofile sage50ukinvoicetype twilliosmsaccountsid '
        'twilliosmsauthtoken new_twilliosmsauthtoken twilliosmsfromphonenumber '
        'twilliosmsleadingzerosubstitute smstype connectwisemanageclientid showallphonenumbersonticketdetails '
        'sendaccountmanagernotifications useutcforappointments stopautomaticdevicemovementsinstock '
        'setdisplaynametoagentname livechatjoinmode chatshownewbubble automateticketscriptid '
        'automateticketscriptentityid syncingxeroproducts report_colour_palette enablehalostripe '
        'enablehalostripewebhooks donotcreateuser attachmentstabtable enablehalonews enablestockbins '
        'defaultstockbinlocation defaultmovestocklocation defaultmovestockbinlocation enableportalgdprscreen '
        'autocreatecustomerreference autogenerate_itemaccountsid useeventservice useschedulingservice '
        'timesensitivemethod usedefaultsubjectmatchingtag useprepaypurchasedatesforcalculatingbalance '
        'sagebusinessclouddefaulttenantid sagebusinesscloud_default_invoice_status '
        'sagebusinesscloud_default_invoice_status_guid publishchangecalendartype xero_post_group_headers '
        'responsedontassign automaticallysendsignedticketclosurepdf linkrecurringapptticket '
        'closetaskswhenclosingticket assetserializationtabbehaviour showassettagongoodsout '
        'mustsetcustomerfirst dontsendacktononsitedomain salesorderstatusafterinvoiced '
        'salesorderstatusafterinvoicedandactionscomplete defaultfornewopportunityuser '
        'donotshowwarrantyexpiration hide_default_opps_area show_asset_diagram_services '
        'portal_kb_matching_type checkticketclashes enable_contract_rollover '
        'contract_usage_next_month_percent ninja_alert_webhooks additionalresponseactioninfo '
        'quoter_default_template quoter_instance_url quoter_open_contact_form quoter_create_sales_orders '
        'quoter_invoice_prefix quoter_enable_xero_link splashtop_email_type splashtop_email '
        'splashtop_mac_field sso_bypass_2fa default_user_role default_user_role_guid default_user_role_name '
        'preventclashchangelogging exactdefaultdivision removewelcomemessage new_search_type '
        'limit_action_search app_scheduler_show_all_agents enableagentcheckins nabledeletedevices '
        'allow_user_impersonation allow_agent_impersonation copy_attachments_area enableconfigchangetracking '
        'xero_default_invoice_line_tax invoice_prepay_before_use add_attachment_tags show_back_button '
        'samlidp_colour samlidp_logo allow_idp_initiated_requests authn_requests_signed split_customers_area '
        'hide_customers floating_contact_site floating_contact_site_name ticketstatusafterquoteapproval '
        'nag_user nag_tickettype nag_user_name nag_warning_priority nag_critical_priority nag_assetipaddress '
        'nag_assethostname bulk_privatenote bulk_publicnote connectwise_control_client_field '
        'connectwise_control_site_field connectwisecontroltoplevel connectwise_control_asset_type_field '
        'connectwisecontrolassetdefaultsite connectwisecontrol_delete_devices '
        'connectwisecontrolimportentities connectwisecontrol_defaultassettype showagentuserfieldsportal '
        'prepay_usage_next_month_percent group_service_status force_user_2fa quicktime_default_site '
        'quicktime_default_clientsite_name bulkslachange assetshowsite assetshowkeyfield1 assetshowkeyfield2 '
        'assetshowkeyfield3 showopenjourneysintodo workspace_defaultgroup workspace_defaultgroup_guid '
        'workspace_delete_devices workspace_assettypefield workspace_integrator_import_list '
        'workspace_integrator_import_types workspace_dont_update_asset_type addigy_assettype '
        'addigy_assettype_guid default_salesforce_user default_salesforce_username '
        'lansweeper_update_asset_only show_appointment_location show_appointment_status '
        'appointment_location_type email_list_for_payments createproratanormallines enablekbfulltextsearch '
        'roadmapcategory site_override_type defaultcostperweight defaultpdftemplatekb show_siteselect_client '
        'enableinvoiceapprovals ninjarmm_deeplink_url pagerduty_webhook_type twilio_allow_inbound '
        'twilio_ticket_type twilio_default_user twilio_reopen_tickets '
        'new_tickettypes_available_to_all_customers mark_unassigned_closed_alerts_as_read '
        'decimalplacesforinvoices createproratainvoicesautomatically restrict_items_on_po_by_supplier '
        'intacctdefaultloctype tabnametype calcincminprojectlevel etilizelocale etilizecatalog '
        'b2cazuretenantid b2cazuressoappid b2cenableazuresinglesignon b2cazureadsso '
        'b2cazure_auto_create_users b2cazure_auto_creation_site b2cazureautoredirect po_CC_address '
        'po_BCC_address mandatoryapprovecomment exchange_appointment_sync_end_date forwardagentfollower '
        'enable_image_popout intune_delete_status lansweeper_relation_sync admin_extra_read '
        'asset_display_data use_project_start_and_target_date_for_appointment_action showmigrations '
        'salesforceimportcasefeed suzuki_gateway releases_from_devops_project auto_load_dependency_chart '
        'processstreettickettype processstreetuser chargerateroundmultorder qbodisablecfsync qbocfdefinition '
        'qbocfname preventuserchange default_showdefaultsite default_showgeneralusers default_showagentusers '
        'default_showinternalcustomers showmodalscreenforcannedtext logicmonitor_defaultsite '
        'logicmonitor_defaultassettype logicmonitor_enable_alerting logicmonitor_alert_type '
        'logicmonitor_alert_user logicmonitor_delete_devices htmltemplateeditortype allow_live_chat_teams '
        'teams_chat_profile teams_options_style workspace_defaultsite followers_scope cc_scope '
        'adjustpriceforsoinvoice showallforopplink intacct_sync_halo_id intacctdefaultwarid '
        'default_intacct_save_location intacctdonttaxpos intacctdefaultglgroup intacctdefaultmanualitemtype '
        'intacctdefaultautoitemtype intaccttaxonseparateline intaccttaxonseparatelineitem '
        'intacctcredittransdef intacctpotransdef intacctbilltransdef intacctsigtax allowusermerging '
        'defaultpdftemplateinvoicetickets defaultpdftemplateinvoiceorders defaultpdftemplateinvoicerecurring '
        'stripetakepaymentonduedate hubspot_default_lifecycle_stage itsm_tickettype '
        'send_new_users_welcome_email logicmonitor_importtype barracuda_defaultsite barracudadefaultassettype '
        'barracuda_alert_user barracuda_importtype barracuda_delete_devices useoutgoingservice enableteamsmsg '
        'defaultteamsmsg audit_teams_message whatsappcreatetickets prmerge_outcome_id hide_halo_invoice_id '
        'default_quoter_country_iso default_quoter_region_iso remove_licences_when_inactive '
        'allow_additional_agents_on_tickets users_label showusernoteswhenempty showsitenoteswhenempty '
        'showareanoteswhenempty show_enduser_details_opps max_parent_deps max_child_deps '
        'invoiceitembillingdescriptionlong invoiceitembillingdescriptionshort default_columns_id_clients '
        'default_columns_id_clients_guid hide_other_dep_teams kbeditorrich kbeditormarkdown chat_image_type '
        'cognigyendpoint connectwiseautomatealertlastupdated cannedsuggestnewticket service_permission_type '
        'includeslaholdloadbalancing milestone_update_all_dates match_ninja_user uselistgroups '
        'allowquickuseradd connectwise_automate_control_guid supp_contract_mandatory searchfullticketids '
        'qualysusertype googleworkspacenamedroles oktanamedroles lansweeper_assettype_choice '
        'lansweeper_default_assettype lansweeper_assettype_field barracuda_alert_type preventparentchange '
        'planning_orange_percentage planning_red_percentage whatsappreopentickets whatsapptickettype '
        'intacct_use_apinvoices intacct_use_arinvoices intacctitemgroup intacctdefaulttaxsol showslaonkanban '
        'site24x7_alert_type site24x7_alert_user reset_security_stamps invoice_pay_prepay_before_use '
        'new_user_template new_user_type child_template_recursion_depth kaseya_sync_agents_only '
        'kaseya_defaultassettype_server kaseya_defaultassettype_server_guid '
        'kaseya_defaultassettype_workstation kaseya_defaultassettype_workstation_guid recaptcha_type '
        'recaptcha_threshold show_all_lic_for_quantity_calc jamf_instance_type jamf_site_match_type '
        'software_import_licence_matching show_services_cost_tile show_services_cost_tile_endusers '
        'exclude_nonticket_app_todo po_hide_item_popup mergesalesorderinvoicessite prepay_itemid '
        'showintelrouting showintelroutingonactions intelroutingcutoffdays intelroutingmaxtickets '
        'close_all_children showtraveltimesheet showfeedbackcaptcha recaptcha_isenterprise call_charge_rate '
        'use_stripe_receipt_emails invoicecreationengine showponumonapproval '
        'multientitysearchincludecontracts hide_add_to_project_and_create_child show_pipeline_stages '
        'default_pipeline_stage timefieldstoshowontimesheet showjsonexportbutton issueditemsdesclong '
        'overridefeedbacklink allow_user_drafts createuserifgeneraluser icinga_defaultsite '
        'icinga_defaultgroup icinga_defaultgroup_guid icingaassettypefield icingadefaultassettype '
        'icinga_importtype icinga_delete_devices icinga_selfsigned_cert icinga_alert_type icinga_alert_user '
        'icinga_enable_alerting enable_document_previewer addigy_dont_import_software '
        'default_view_customers_selectedid default_view_users_selectedid defaultnavscreenlayout '
        'navbar_new_call actiondatedisplay showcalllogonticket use_charge_for_budgets quote_hide_item_popup '
        'so_hide_item_popup default_columns_id_contracts default_columns_id_contracts_guid '
        'beyond_trust_instance_type asset_permission_type show_users_contracts_on_ticket_only '
        'default_columns_id_sites default_columns_id_users jamf_dont_update_asset_type '
        'billingcontactinfoonportal rhipe_subscription_client followup_appointment_subject '
        'show_device_on_invoice_line asset_return_status spellchecksuggestionscore load_rinvoices_lines '
        'user_ticket_profile user_project_profile admin_override_quick_status_change '
        'create_so_on_quote_approved additional_agents_on_tickets_type show_toplevel_access_portal_option '
        'show_alllevel_access_portal_option donttrackleavesite meter_min_quantity show_kb_menu icinga_comment '
        'sync_icinga_comment icinga_asset_type_choice open_new_quote_in_new_tab defaultaideployment '
        'connectwise_rmm_default_client connectwise_rmm_default_asset_type connectwise_rmm_delete_devices '
        'connectwise_rmm_import_entities connectwise_rmm_top_level showeventstabforadmins '
        'def_inv_manual_pr_immediately salesorderstatusafterinvoicedeleted show_related_of_related '
        'invertactionhistory enablekbdraftsnews kbdrafttickettypenews kbdrafttickettype_guidnews '
        'halonewssandbox shopifycustomerimporttype shopifydefaultsite shopify_integratorcustomerslastsync '
        'shopify_integratororderslastsync shopify_integratorentitiestoimport ecommerceshowordersarea '
        'device42preventdeviceimport admins_access_all_reports adminsecurityprompt '
        'stripemanualpaymentmethodoptions log_action_responses_on_action_submit use_embedding_scores_openai '
        'use_embedding_scores_azureopenai xensam_defaultsite xensam_defaultassettype xensam_assettype_choice '
        'xensam_assettype_field xensam_assettype_field_datacentre xensam_defaultgroup xensamdefaultgroup_guid '
        'xensam_integratorentitiestoimport xensam_delete_devices xensam_dont_update_assettype '
        'useincomingservice atera_alert_method addigy_alert_method automate_alert_method '
        'dattormm_alert_method default_view_suppliers_selectedid trackresponsetime trackfixbytime '
        'reviewprocessenabled usedynamicemaillist emailmustmatchrule donteditemail '
        'sendacknowledgementemailstoccaddresses autoforwardemailupdates disablereplytome useintellisense '
        'smtpserver smtpaddress smtpusername new_smtppassword smtpusetls smtpport generalusername '
        'enableuserclosureconf auto_close_hrs pending_close_reminder_hrs shownotrespondedwarning '
        'statusafterrespond statusafterrespond_guid tracknonbill tracktravel trackmileage '
        'default_tickettype_id default_tickettype_guid allow_tickettype_selection_agents hide_generaluser '
        'addactionstolinked enableslareminders slareminderintervalhrs slareminderautoclosehrs '
        'hourswarningnotapproved enablequalificationmatching onlyprocessclosedrequests defaultischargeable '
        'processunclosedactions useactioneventtimes acctinterfacefolder xmlinterfacefolder '
        'allow_response_edit cat2mandclear cat3mandclear cat4mandclear cat5mandclear showactioncalendaroption '
        'matchchargecodes forcestrongpasswords auditdelete outofhourspriority informownertech sageslaitemcode '
        'sageslaitemcodedesc sagedetaildesc billingreportvariable allowinvoicenumberedit actionlineitems '
        'projectlineitems invoiceaddgroupheaders includezerocharge linknonchargabletoinvoice '
        'weeksaheadtocreateperiodicinvoice contractexpirydays apptservername apptsetting syncallappts '
        'calendarchoice miscitemidquote rtdefwebendusers newrequestmessage endusersclose hideslastatus '
        'miscitemidsupppo gfiservertype gfiservertype_guid gfiwstype gfiwstype_guid showsendsmstouser '
        'checkprepaybalances prepaybalancethreshold shownewrequestbillinginfo sendreminderstoccaddresses '
        'firstroadmapcolumn secondroadmapcolumn thidroadmapcolumn migration_top_level migration_default_site '
        'migration_faq_creation migration_default_faq migration_incident migration_problem '
        'migration_change_request migration_service_request orion_webhook_authentication orion_tickettype '
        'orion_tickettype_guid orion_user orion_devicefield prtgassetdefaultsite prtgdefaultassettype '
        'prtgdefaultassettype_guid orion_enable_updates showkbentrytags isphonemandatory enableteamscall '
        'soc_username soc_show_success_message soc_tickettype soc_tickettype_guid soc_user '
        'dattodefaultassettypegroup dattodefaultassettypegroup_guid dattositeimporttype dattodefaulttoplevel '
        'dattodefaultcustomer dattodefaultassetsite dattomatchname dattoimporttype datto_delete_devices '
        'qboenableast item_default_sales_nominal_code_name item_default_purchase_nominal_code_name '
        'item_default_asset_account_name qborequestid percentageoverdue2 default_phone_pref '
        'migration_ticket_date migration_ticket_status migration_custom_filter device42_toplevel '
        'device42defaultsite device42defaulttype device42defaulttype_guid servicenow_locale '
        'connectwise_instance_type connectwise_company_id automaticprepaypaymentattheendoflastmonth '
        'add_order_note_to_long_description display_user_on_asset_list actiondatedoneisstartdate rusesagepo '
        'callscreencreatenewcalltab makeemailsfromdifferentdomainprivate automaticallysendinvoiceemails '
        'sendapptemails display_extra_options_on_quick_time autotask_identifier migration_product_group '
        'migration_service_group migration_contract_enddate migration_tax_rate migration_role '
        'logclosedpagerduty defaultischangeapprover noapprovalwithnocabmembers exchange_connected_user '
        'exchange_start_date exchange_import_type showkbportalurl default_appt_to_original_time '
        'nablerequireuserdetails sendquotepdf ninjarmmassettypefield oktausermatchingfields '
        'oktaagentmatchingfields oktaactivestatuses oktaimporttype '
        'populatephoneworknumberforuserwhennotmatched atera_toplevel atera_devicetypes atera_defaultsite '
        'atera_defaultgroup atera_defaultgroup_guid atera_delete_devices atera_enable_alerting atera_guid1 '
        'atera_guid2 atera_alert_type atera_alert_user kashflowdefaultconnectionid default_prepay_lines '
        'ticketstatusafterinternalconversation ticketstatusafterinternalconversation_guid enableitemurl '
        'userviewedquotenotification senduseremailafterquoteaccepted defaultcustomersalestax '
        'defaultcustomerpurchasestax merakitickettype merakitickettype_guid merakiuser '
        'merakidevicematchingfield lansweeper_instance_type lansweeper_default_group '
        'lansweeper_default_group_guid lansweeper_use_users_site lansweeper_dont_update_site '
        'lansweeper_dont_remove_users allowappointmentfaultidchange autocreateprojectsonso enablepoapprovals '
        'delivertouser defaultappointmentbody interactUseWhere interactUrlStandard '
        'xero_default_invoice_status useaccountscodeslookup xero_default_order_status allowordernumberedit '
        'xero_allow_linked_items typeofdisplayanduseforassetswhenloggingonbehalfallowed samlidp samlidp_name '
        'dynamicscrm_accountfilter dynamicscrm_userfilter dattoassettype alarmminutes '
        'link_new_assets_to_contract onlyallowassetstatuschangefromnewactionscreen invoiceduedaysextra '
        'use_gross_margin ninja_alert_type ninja_alert_user ninja_delete_devices orion_force_default_user '
        'createnewitemsfromquotes kbcreateifnoresults kbcreateticketortemplate kbtemplateid kbticketid '
        'displayextraquicktimefields disablebusinesscentralautosync showattachmentsonapprovals '
        'previewpdfinbrowser ticketstartdatebeforeenddate migration_project migration_project_children '
        'itglue_top_level itglue_customer_type itglue_import_active_statuses itglue_default_site '
        'itglue_import_type itglue_enable_sync itglue_active_status itglue_inactive_status '
        'itglue_instance_url move_quote_to_closed_on_so_creation move_quotes_default_status '
        'move_quotes_default_status_guid show_child_sos_on_parent enduserchange_confirmation '
        'connectwise_markbilled billing_from_mailbox_id quotes_from_mailbox_id so_from_mailbox_id '
        'po_from_mailbox_id snelstart_client_top_level snelstart_item_group snelstart_item_group_guid '
        'snelstart_enable_sync snelstart_default_item jamf_devicetypes allowed_files jamf_defaultsite '
        'allow_readall_passwords jamf_defaultdtypemobile jamf_defaultdtypemobile_guid scom_allowed_clientids '
        'jamf_defaultdtypecomputer jamf_defaultdtypecomputer_guid orion_allowed_clientids '
        'google_calendar_authorized default_billing_period showvotecount limit_news_by_date '
        'cc_list_is_dropdown splitrecurringcontracts default_expand_rows samlmatchingfield '
        'default_item_tax_code default_service_tax_code default_prepay_tax_code default_contract_tax_code '
        'default_sentinel_ticket_type default_sentinel_ticket_type_guid default_sentinel_classification '
        'default_sentinel_classification_reason default_sentinel_priority use_ticket_site decimal_separator '
        'thousands_separator parent_project_template_id solarwindsncentraldontsyncaddress default_asset_view '
        'oppvalue_from_quote teamsbot_ticket_type teamsbot_ticket_type_guid teamsbot_default_subject '
        'teamsbot_outcome_id teamsbot_default_user showsupplierupdatestoenduser admin_only_report_sql '
        'exchange_connection_type rexchangetenantid rexchangeapplicationid sentinel_tenant_id '
        'sentinel_application_id serializationassetfield serializationassetfield_guid azuremonitortickettype '
        'azuremonitortickettype_guid azuremonitoruser azuremonitorreopenstatus azuremonitorreopenstatus_guid '
        'faqtreeview datto_connect_type syncro_toplevel syncro_devicetypes syncro_defaultsite '
        'syncro_defaultgroup syncro_defaultgroup_guid syncro_importtype syncro_delete_devices '
        'syncro_enable_alerting syncro_alert_type syncro_alert_user exchangeapptsprivate '
        'qb_allow_linked_items domotz_default_agentdevicetype domotz_default_agentdevicetype_guid '
        'domotz_default_agentsite domotz_default_devicetype domotz_default_devicetype_guid '
        'domotz_default_devicesite domotz_delete_devices allow_quantity_calculations po_number_mandatory '
        'snow_toplevel hideapptactionsfromuser snow_default_devicetype snow_default_devicetype_guid '
        'okta_deactivate_entities okta_last_agent_sync okta_last_user_sync automate_import_entities '
        'automate_delete_devices automate_connectwise_control connectwise_control_guid '
        'automate_enable_alerting automate_alert_type automate_alert_user automate_guid1 '
        'snow_default_devicesite automate_guid2 snow_delete_devices haloassetdiscovery_instance_type '
        'default_showmenu prorata_periods_ahead childparentlinktableview mandatory_consignment_site '
        'same_client_consignment_site project_use_consignment_site snow_importtype '
        'snow_dont_create_new_devices snow_dont_update_device_type snow_dont_move_site '
        'snow_user_matching_type dont_use_vendorflag dont_use_cwticketfilter allow_negative_prorata '
        'auvik_top_level auvik_default_site auvik_importtype auvik_enable_alerting auvik_alert_type '
        'auvik_alert_user teamsbot_allowed_tenants show_contract_balance_on_ticket default_columns_id_assets '
        'default_columns_id_assets_guid pin_important_actions issueditemsdesc siteassetenduserlink '
        'webannouncementlocation ticketdrivenservstatus autosendemailforautorinvoices isversionreleased '
        'quicktimeagentselect enableapprovalsigning showenterdetailsmanually costupdatemethod '
        'assigntoapptagent slatimeleftcalcmethod searchbodyfortag hubspot_top_level hubspot_include_address '
        'hubspot_default_site hubspot_account hubspot_domain hubspot_company_sync hubspot_contact_sync '
        'hubspot_show_success_message hubspot_included_lifecycles hubspot_archive hubspot_importtype '
        'qualys_default_site passportal_clienttoplevel passportal_defaultusersite passportal_defaultassetsite '
        'rpassportal_integratorentitiestoimport passportal_defaultassetgroup '
        'passportal_defaultassetgroup_guid passportal_deactivate_assets auvik_top_level_domain_id '
        'auvik_top_level_domain_name qbononinventoryitemgroup showmailboxname show_timer_seconds '
        'exchange_disable_integrator_delete use_account_tax use_xero_for_sending trial_purchase_url '
        'audit_teams_call itglue_sync_names qbo_default_company intaccttoplevel logticketwhenchatend '
        'intacct_sync_entities chatendtickettype chatendtickettype_guid intacctinvoicetransactiondetail '
        'showcustomerlevelprepay lansweeper_dont_update_asset_type navbar_new_ticket added_view_customer_perm '
        'quotepricedp defaultassetstatus negativefeedbackcomment sage50cacompanypath sage50causername '
        'usehaloinvoiceidforaccounts reviewnotbillable autofollowonbehalf mandatorytags '
        'updatecurrencytableautomatically intacctdefaultlocid anonymoususer_id anonymoususer_name '
        'globalaccountsbccemailaddress mandatoryfaqlist teamscallmethod stripe_public_key stripe_currency '
        'addigy_defaultassetsite addigy_defaultassetgroup addigy_defaultassetgroup_guid addigy_assettypefield '
        'addigy_deactivate_assets addigy_enable_alerting addigy_alert_type addigy_alert_user '
        'domotz_dont_update_site showtoplevelontickets automatetimezone recurringitembillingdescriptionlong '
        'sage50cadefaultpaidtype sage50cadefaultpaidaccount deleterowconfirmation salesforce_toplevel '
        'logactionforapprovalresponse salesforce_accountwhere liongardassettypefield salesforce_contactwhere '
        'liongard_toplevel salesforce_opportunitywhere liongard_defaultsite salesforce_casewhere '
        'liongard_defaultgroup liongard_defaultgroup_guid salesforce_integratorentitiestoimport '
        'salesforce_updateaddresses liongard_importtype salesforce_casetickettype '
        'salesforce_casetickettype_guid liongard_delete_devices salesforce_integratoraccountlastsync '
        'liongard_customer_sync_type salesforce_integratorcontactlastsync sync_liongard_customer '
        'salesforce_integratoropportunitylastsync show_liongard_success accmanagershowextradetails '
        'ingram_micro_update_addresses ingram_micro_top_level ingram_micro_import_entities '
        'pax8_update_addresses pax8_top_level pax8_import_entities salesforce_integratorcaselastsync '
        'sendclosureremindertoccaddress exchange_organizer_override showtickettypeselection '
        'azure_federation_domain azure_auto_create_users azure_auto_creation_site azureb2c_domain '
        'azureb2c_user_flow azure_login_url usercanviewapprovedtickets reauthorizeforapprovals '
        'default_itemgroups_hideitems enableshifts newrelic_tickettype newrelic_tickettype_guid newrelic_user '
        'backupradar_alert_type rbackupradarapiurl rbackupradarapikey userscanviewitems use_tickettab_areas '
        'split_childtickets_tab enable_contract_calculated_cost cipp_instance_url auto_create_next_asset_tag '
        'bookingshowphonenumber bookingshowemailaddress intacctdefaultdepid enablezoomcall '
        'enable_comparative_quoting ncentral_delete_clients ncentral_delete_devices gc_client_id '
        'kaseya_defaultsite kaseya_defaultassettype kaseya_defaultassettype_guid kaseya_enable_alerting '
        'kaseya_alert_type kaseya_alert_user kaseya_importtype kaseya_delete_devices kaseyaservicedesks '
        'migration_ticket_end_date invoicelongdescriptionfromsalesorder dbc_default_company '
        'enable_legacy_dbc_integration salesforce_accountsync salesforce_contactsync '
        'salesforce_show_success_message salesforce_include_address salesforce_deafult_stage '
        'hide_consignment_costs select_consignment_user select_consignment_status '
        'defaultconsignmentpdftemplate stripenotificationemail enableautostripepayment '
        'stripepaymentmethodoptions zabbix_default_type zabbix_default_type_guid zabbix_default_site '
        'zabbix_dont_update_type zabbix_dont_update_site zabbix_delete_devices show_favourite_services '
        'slack_ticket_type allow_password_override password_strength_level force_agent_2fa giacom_top_level '
        'giacom_import_entities rhipe_update_addresses rhipe_top_level rhipe_import_entities '
        'techdata_top_level techdata_import_entities inty_update_addresses inty_top_level '
        'inty_import_entities westcoastcloud_update_addresses westcoastcloud_top_level '
        'westcoastcloud_import_entities sherweb_top_level sherweb_import_entities also_update_addresses '
        'also_top_level also_import_entities arrowsphere_update_addresses arrowsphere_top_level '
        'arrowsphere_import_entities dickerdata_update_addresses dickerdata_top_level '
        'dickerdata_import_entities oracle_email_address slack_ticket_user '
        'autocomplete_email_address_behaviour override_assertion_endpoint noactionsaftermerge '
        'default_filter_id_tickets default_filter_id_tickets_guid default_columns_id_tickets '
        'default_columns_id_tickets_guid default_view_tickets default_view_tickets_selectedid '
        'default_view_tickets_selected_guid default_filter_id_opps default_filter_id_opps_guid '
        'default_columns_id_opps default_columns_id_opps_guid default_view_opps default_view_opps_selectedid '
        'default_view_opps_selected_guid forwardinboundupdates usetechfwdfunctionality techupdatesareprivate '
        'smtpdisplayname attachmentsizelimitmb respondprivate default_client force_accounts_id '
        'new_client_template_id default_site default_clientsite_name deleteforever '
        'parentstatusafterallchildclosed parentstatusafterallchildclosed_guid newchilduserisagent '
        'percentage_to_survey feedback_tickettype_id feedback_tickettype_guid allowcabchoice showlbandrr '
        'showlbandrrinactions onlyrrorlbtologgedintechs roundrobinreassign loadbalanceuseestimates '
        'loadbalanceonfollowupdate appointmentslaprocedure holiday_agentstatus changeshowchangedetails '
        'changeshowjustification changeshowimpact changeshowrisk changeshowbackout changeshowcommunication '
        'changeshowtest use_release1 use_release2 use_release3 release1_name release2_name release3_name '
        'release2_autoupdate release3_autoupdate release_includeunsentnotesinemail release_category '
        'workflow_preview_type usepaygafterprepay calcincminticketlevel continueusingrulesafterlogging '
        'defaultlanguage enablemultilanguage reassign_limit app_colour enablekbmatching '
        'kbmatchingcategorymatch kbaddshowpreview enablefulltextsearch problemmatchcategorymatch '
        'problemmatchautoproblemnew problemmatchautoincidentnew problemmatchautoproblemview '
        'problemmatchautoincidentview quicktimertid smsprovideraddress smsfromaddress new_smsppassword '
        'smsdisplay autostarttimer opentickettimer enablequickclose sendemailsviawebapp showchildunreadinlist '
        'storekbattachmentsindb kbmatchcustomfields kbmatchignoresubject enablecollisiondetection '
        'mustclosewithaction dontshowclosurestatus usetechtimesheets allowquicktime livechatallowusers '
        'livechatallowvisitors livechattechmustonline livechatworkhours livechattechnamevisibility '
        'livechattechnamevisibilitytext livechatnewchatmsg livechatincludeemailinname passwordreseturl '
        'passwordenrollurl questioncount hideusersanswers quickstatuschangeallowed quickagentchangeallowed '
        'calendarstepinterval callrequesttype callrequesttype_guid callsendack showspambutton shownewcallbtn '
        'showsendemailbtn actioncalendardefault homescreenchartid alluse2fa hidechangemanagementtab '
        'problemmatchingposition default_opp_tickettype_id default_opp_tickettype_guid default_client_opps '
        'default_site_opps default_clientsite_name_opps newuseremailmandatory newuserphonemandatory '
        'callusenewreqscreen hiderespondbutton timertype movesectiononrespond cleanhtmlpasting '
        'taskscompleteallowclosure mustassigntoclose allowclosureatunknownclient alloweditonemailpreview '
        'sendattachmentsfromdb emailsizelimitmb enableroadmap useoohack oncallunum informoutofhdworkinghours '
        'allowsiteoverride shownewrequsersearch allowquicksiteadd showcontractcoloursonassetchoice '
        'assetundercontractifcontractnotstarted selectfaqlistbeforesearch selecttickettypebeforesearch '
        'usetickettypegroups userelativedates enableticketcaching allowemailsubjectedit '
        'recurringitembillingdescription mileagechargerate traveltimechargerate ticketinvoices '
        'ticketasaccountsinvno useassetcontractforbilling enablenetworkconnectioncheck '
        'useassetsonlytocalculatecontractvalue showassetlinesoncontractinvoice showassetvalueoninvoiceline '
        'assetlinesbillingdesc slaholdcolour pagesize onlyusetimersonactionswithtimetaken use24hrclock '
        'usecannedtextprediction usefreetexttable usereadonlydbstring appointmentinvitetype feedbackhigh '
        'feedbacklow feedback1high feedback1low feedback2high feedback2low feedback3high feedback3low '
        'feedback4high feedback4low showfeedbackpopups feedbackrecordtype ssologin ssologout ssofingerprint '
        'ssoautoredirect allownhdsupport showxlsexportbutton showcsvexportbutton allowticketmerging enablesap '
        'bugzillabugurl enablecontinuum showticketsearchonmerge apptexchangetype apptadminuser '
        'ewsserverversion onlyshowmyteamsintree nhserverversion usetreeforcat setupstepscompleted '
        'enablefacebook itemmarkuppercdefault quoteexpirydays vatmethod 2faemailallowed 2fasmsallowed '
        '2faauthenticatorallowed callscreencallscript showticketattachmenticon shownoapproverspopup '
        'listagentuserfirst quicktimeusermandatory enablepowershell sendacknowledgementemailstotoaddresses '
        'agentlinkedusermanagementenabled salesforce_tickettype salesforce_tickettype_guid '
        'clientimportidentifier siteimportidentifier userimportidentifier assetimportidentifier '
        'assetimportidentifier_guid supplierimportidentifier itemimportidentifier assettypeimportidentifier '
        'enableonlinepresence mainrefreshinterval usecallplan importazuredomain importazureappid '
        'importazuresite importazuresite_name azureuserfilter importazuresitefield enableazuresinglesignon '
        'azureautoredirect azureautoredirectuser useiconsforactionbuttonsmobile updatebillingfieldsonchange '
        'showservicecataloglink showmyservices servicerequestrtid servicerequestrtid_guid serviceincidentrtid '
        'servicedefaultok servicedefaultfault servicedefaultmaintenance servicefailurert '
        'dynamicscrmdefaultsite DefaultCustomerSiteUserView DefaultServiceAccessLevel pagerdutydefrequesttype '
        'pagerdutydefrequesttype_guid pagerdutyaccount pagerdutyservicekey pagerdutyservicename '
        'pagerdutysourcefield showitilselection splunk_tickettype splunk_tickettype_guid splunkuser '
        'enableoktasinglesignon okta_url okta_client_id oktaautoredirect salesforcedefaultsite '
        'salesforceuserfield salesforcedefaultsite_name usestatuscolouroncalendar timelinestepinterval '
        'azuressoappid azuretenantid smtpusethismailboxid usedaysforprojectbudgets hoursperday '
        'reopenticketstech showusersitecustomernotesonticketdetails lmirescueusername '
        'expandtimelineitemtofillblock rtimezone sameclientmergeonly lmichannelurl lmiallowothertechinvites '
        'lmichannelname defaultremotesessionuserid azurecreatesites remotesession_username allowquickinvites '
        'periodichistorydate adminsskippendingclosure timelinedaysspanthreshold timelinelineheight '
        'usenewportal portalshowworkflow portalshowawaitinginput webdashboardtitle sage200version '
        'sage200toplevel sage200tenantid sage200companyid sage200itemgroup sage200companyname usekashflow '
        'usexero useinvoicexml useinvoicecsv usevaribill keepescmsgrecord sage200token sage200tokenexpiry '
        'callscreenusetimeonactions oktasso adfssso azureadsso portalhomeshowkbsearch searchkbbyid '
        'portalhomeshowfeed portalhomeshowtoparticles portalhomeshownewsarticles showapprovalsonseparatetab '
        'pagerdutyserviceid autoswitchtodefaultremoteteam requireexternalkey change_collision_enabled '
        'cautomatedefaultsite cautomatetoplevel cautomateassetdefaultsite hideassetsystemfieldstatus '
        'sendmultiplenotifications allnotificationoverridessections sendnotificationemailforrtbcc '
        'defaultpdftemplatequote defaultcurrency pagerdutydefaultagent useareasfornewbtn '
        'showservicecataloguebuttonnewticket showincidentcataloguebuttonnewticket enablepasswordfieldaudit '
        'stopnewticketsviaemailreplywithtemplate_id stopnewticketsviaemailreplywithtemplate_guid '
        'stopnewticketsviaemailreplywithtemplate_name stopnewticketsviaemail vipnoprioritychange '
        'svcatchoosecategoryfirst skipresolved ninjatoplevel ninjadefaultsite ninjarmmmatchname '
        'ninjarmmlocation ninjarmmdefaultgroup ninjarmmdefaultgroup_guid ninjarmmimporttype '
        'solarwindsrmmtoplevel solarwindsrmmmatchname solarwindsrmmimporttype treecatforceleafselection '
        'contractexpirytemplate_id contractexpirytemplate_guid contractexpirytemplate_name '
        'defaultpdftemplatepo poprefixr poprefixo poprefixs kbsearchmode showDateDoneOnAptCompletionScreen '
        'removeemailfromlistonuserchange defaultpdftemplateso defaultpdftemplatefault '
        'sendwindowsappprintrequestonclose defaultpdftemplateinvoice defaultpdftemplatecontract '
        'defaultpdftemplatereport tracksoftwarechanges allow_notloggedin allow_kbs_notloggedin '
        'anonymoususersite anonymoususersite_name onlyShowApprovedChanges dosearchonaddress '
        'clientMainContactCompulsary ignoreparentvisibilityforcustomfieldvisiblity usescanners barcodedecoder '
        'ualluse2fa defaultSiteTimezone toggleAnnouncementIconOff donotsendfolloweremails '
        'donotusedynamiclistsforresponse prepaybalancethresholdperc prepaybalancethresholdupper '
        'allow_anonymous_approvals ncentralurl ncentral_username ncentraltoplevel ncentralmatchname '
        'ncentraldefaultgroup ncentralimporttype nableticketingusername ncentral_tickettype '
        'ncentral_tickettype_guid ncentraluser ncentral_alerttype defaultincludegroupeditemqty '
        'defaultincludegroupeditemprice defaultincludegrouppriceandqty callscreenallownewclientcreation '
        'nextcontractref displaycategorynoteondetailscreen autocreaterecurringinvoices syncholidays '
        'hideadhocitem enablekbmatchingforallitiltypes allowuserapprovaldelegation fixedassettype '
        'fixedassettype_guid businesscentral_site enablebusinesscentralsync timesheetstepinterval '
        'azuressoconnectionid azuressotenanttype showapproversthatareyettovote '
        'onlyinformofapprovalonfinalstep alwayscheckrulesaftermerge checkruleswhenticketsubmitted '
        'storeoutgoingemails enabletemplatesuggestions auto_close_send_email portalbackgrounddisplaymode '
        'autoaddrecurringinvoiceaftercontract enableinternalticketconversations '
        'internalticketconversationtickettype internalticketconversationtickettype_guid enableinternalreply '
        'internalreplystatus internalreplystatus_guid hidefeedback showallservicesoption ordersevbyseq '
        'useworkhoursforreminders qborealmid qbocompanyname qbotoplevel qboserviceitemgroup '
        'qboinventoryitemgroup qbocountry qbodefaultitemcode qboinvoiceemailstatus enableqbosync '
        'allowcodegeneration googlecalendartokenexpiry googlecalendaraccount googleworkplaceaccount '
        'googleworkplacereseller googleworkplaceusermatchingfields googleworkplaceagentmatchingfields '
        'googleworkplacemanagelicenses googleworkplacelicensedroles googleworkplaceimporttype enablegooglesso '
        'googlessoautoredirect googlessotype googleportalloginappname allowlogonbehalfof nhserverversionused '
        'disableStartTargetDateTimeAdjustements ticketstatusafterquoteaccepted '
        'ticketstatusafterquoteaccepted_guid ticketstatusafterquoterejected '
        'ticketstatusafterquoterejected_guid loadimagesfromapi centrify_clientid centrify_url '
        'centrify_applicationid centrify_ssotype centrify_autoredirect hide2fadontshowagain '
        'choosedefaultcontractfrombillingdescription enablearticlesuggestionsoneup allowsitesassetseup '
        'ruletickettypemandatory enablekbarticleversioning useagentdefaultrateonlogtime '
        'autogenerate_accountsid item_default_sales_nominal_code_id item_default_purchase_nominal_code_id '
        'item_default_asset_account_id show_accounts_success_message donotalloweditingpostedinvoices '
        'enablekbreview defaultnumberofdaysbetweenkbreviews trackkbsearches createemailactionsviawebapp '
        'portalhomescreenservicedisplaytype groupallinvoicetypes contractselectionincluderecentrenew '
        'defaultProblemTypeID lmirescueurl trackstock stockserialisationtype autocreateserialisedassets '
        'enablenewsarticles usepdftemplatesforscheduledreports onlyrouteemailtoexistingticketifsamemailbox '
        'xerodefaulttenantid salesorderlinedescriptionwhencreatedfromquotation '
        'allowapplytemplatetoexistingticket defaultstocklocation mustconsignorderstoinvoice '
        'mailboxsmtpforprojectschedule mailboxsmtpforcontractschedule rusesageso rsyncinvoices '
        'updateemaillists contractexpirydays2 contractexpirydays3 datto_url datto_clientid invoicecsvlocation '
        'svsearchmode defaultcurrencycode sendfollowernotifications matchemailsonsubjectandfrom '
        'myfollowertickets mandatoryrejectcomment kaseya_toplevel googlenewmethod integrationuserbatch '
        'serviceaddsareanote linkcallstoexistingtickets showpopupforvip hidesiteoncontract '
        'removezeroquantitylines showkbviewsinuseractivity overduetype overduetype2 '
        'prevent_stopped_ticket_creation auto_reply_dont_update quote_auto_expiry_status '
        'include_no_time_in_review match_ninja_field hide_opps_treeview_menu westcoast_delete_licences '
        'defaultconsigmentuser show_timezone_input default_appointment_agent_status '
        'prorata_user_line_description prorata_device_line_description prorata_licence_line_description '
        'default_quote_status default_quote_sent_status default_quote_accepted_status '
        'default_quote_rejected_status useticketquoteapprovals trustpilot_allowwebhooks '
        'trustpilot_reviewthreshold trustpilot_tickettype trustpilot_autoreply trustpilot_autoreplythreshold '
        'trustpilot_enablesurveys trustpilot_defaultusersite trustpilot_statusafterupdate '
        'xero_default_creditnote_status xero_default_creditnote_line_tax enablehighcontrastportal '
        'datepickermodal disablehalologinwithssoautoredirect accountemailpwdchange accountemail2faon '
        'accountemail2faoff accountemailauthenticatoron accountemailauthenticatoroff '
        'accountemailemailaddresschange accountemailusernamechange syncinvoicetoaccountspackagewhenapproved '
        'syncpotoaccountspackagewhenapproved allowusereditoptionallines supplier_permission_type cognigy_url '
        'show_user_searchbar bulkemailbatchsize addtional_agent_notifications hide_expired_quotes_portal '
        'default_add_all_group_items_quote dbconntype postgreslanguage link_to_confluence '
        'defaultdevicepdftemplate splitchannels enableagentreactions useiframesforhtml useiframesforhtml2 '
        'darkthemenotedisplay call_matching_field automate_import_software '
        'ignore_special_characters_asset_matching assign_sales_order_to_creator only_send_posted_invoices '
        'stock_return_removes_user azure_use_oid add_serialized_to_ticket recalcbillingfaultcontractchange '
        'exclude_apionly_informownertech lastdailytaskdate etilize_item_group zabbix_enable_alerting '
        'zabbix_alert_type zabbix_alert_user gw_dont_update_sites generate_id_per_invoice_type '
        'embeddings_use_trial_data connectwise_rmm_enable_alerting connectwise_rmm_alert_type '
        'connectwise_rmm_alert_user amazon_seller_create_users amazon_seller_default_site '
        'allowpdfcustomisation ninja_user_matching_custom_field tracelevel sales_order_project_linking_type '
        'enable_suggestions_on_call assetdiscovery_connection_type assetdiscovery_user_field '
        'show_payment_data_on_portal useintellisenseclientcache allow_quote_pdf_before_approval '
        'stopbackgroundservices trace_level_reset_days trace_level_reset_date incoming_unmatched_users '
        'incoming_default_user incoming_newuser_default_site incoming_newuser_send_welcome_email '
        'incoming_newuser_send_ack showbilling_plan_text_on_ticket itquoter_application_url itquoter_view_url '
        'many_to_many_related_tickets enabletsapprovals logic_monitor_cleared_status prometheus_defaultsite '
        'prometheus_asset_type_choice prometheus_defaultassettype prometheus_assettypefield '
        'prometheus_defaultgroup prometheus_enable_alerting prometheus_alerting_tickettype '
        'prometheus_alerting_user prometheus_deactivate_devices default_fortnox_tenant newagent_apptsync '
        'lock_submitted_timesheets only_invoice_approved_timesheets reassigndropdownbehaviour '
        'copy_contract_to_child_tasks use_subscription_status_for_invoice_line_status show_appointment_other1 '
        'show_appointment_other2 wordpress_importcategories wordpress_defaultfaqlist wordpress_tagtoimport '
        'atera_import_entities addigy_import_entities comanaged_no_reassign myobdefaulttenantid '
        'default_alert_time ticket_status_after_appointment userwayaccount checkreassignappclashes '
        'collapse_appt_filter enable_deferred_revenue deferred_revenue_code deferred_revenue_client '
        'itglue_import_list itglue_import_types childticketsdisplay childticketsdisplaysize newticketdisplay '
        'auto_link_so_proj_contract google_reviewthreshold google_reviewtickettype google_questiontickettype '
        'google_reviewdefaultusersite google_questiondefaultusersite google_reviewstatusafterupdate '
        'google_questionstatusafterupdate default_columns_id_supplier_contracts '
        'default_columns_id_supplier_contracts_guid enablefilescanning enableclientsideuploads '
        'allow_link_attachments attachment_details_upload sync_servicenow_attachments ninja_import_list '
        'ninja_import_types intacct_use_halo_creds show_whatsapp_settings enable_auto_anonuser '
        'days_until_anonuser create_credit_notes_with_negative_price always_display_halo_ihid '
        'customise_multiple_portals show_bundled_sales_order_lines set_appointment_from_estimate '
        'override_locale vector_score_minimum vector_score_knowledge_minimum vector_category2_type '
        'show_review_on_billing_screen default_view_assets_selectedid default_list_assets_guid '
        'logicmonitor_alerting_assetidentifier project_notes_tab_display send_timesheet_rejection_emails '
        'dont_show_empty_stock_locations_on_consign teams_chat_management teams_azure_authority '
        'teams_chat_default_name teams_connected_user teams_connected_user_id teams_connected_user_name '
        'default_quote_ticket_approval only_quote_ticket_approval show_currency_conversion_for_quote_lines '
        'update_first_action_details_via_template unlink_ticket_advanced_edit '
        'showseperateresolutionandfixbars bigpanda_tickettype bigpanda_asset_list google_cal_method '
        'google_import_type accent_insensitive_search azure_single_logout okta_single_logout '
        'google_single_logout default_salesorder_status use_default_call_summary '
        'show_quote_approval_signature update_respond_by_date_with_hold_time giacom_use_new_endpoint '
        'dattormm_alert_user invoice_minimum_item_id dattormm_webhook_ticket_type '
        'appt_import_agent_identifier appt_import_user_identifier planning_green_colour '
        'planning_orange_colour planning_red_colour crmshowsatisfaction update_milestone_dates_via_tasks '
        'hide_unknown_software_from_lists wordpressorg_importcategories wordpressorg_defaultfaqlist '
        'only_show_needs_order_lines_when_supplier_set show_attachments_from_linked_quote '
        'show_attachments_from_linked_so allow_sla_target_override show_invoice_totals_on_portal '
        'show_all_sites_for_device_quantity_calc user_portal_theme prometheus_create_devices_from_webhooks '
        'prometheus_api_urls allow_followers_modify_ticket gocardless_companyname_matching '
        'gocardless_defaultsite gocardless_use_sandbox show_lang_navbar sync_salesforce_status '
        'agreement_default_billing_period show_contributor_quality show_holiday_timesheet reply_outcome '
        'round_labour_invoice_quantity import_pax8_usage_lines related_assets_column_profile '
        'showusersassetsonnewticket auto_approve_pos mark_notifications_as_done_before_deleting '
        'track_category_id show_auto_payment_on_portal include_bundled_lines_for_recurring_invoices '
        'default_avalara_tenant default_meter_pricing_method logicmonitor_asset_type_choice '
        'logicmonitor_assettypefield logicmonitor_defaultgroup show_note_after_completed '
        'use_halo_invoice_id_for_pdf stripe_send_recipient_email meraki_top_level meraki_asset_type_choice '
        'merakidefaultassettype merakiassettypefield meraki_defaultgroup meraki_defaultgroup_guid '
        'lapsafe_default_installation lapsafe_default_bay_size lapsafe_default_expiry_hours '
        'lapsafe_status_after_webhook lapsafe_status_after_webhook_guid lapsafedefaultdropoffemailtemplate '
        'lapsafedefaultdropoffemailtemplate_guid lapsafedefaultcollectionemailtemplate '
        'lapsafedefaultcollectionemailtemplate_guid zabbix_dont_close_tickets warn_customtable_delete '
        'ai_thankyou_detection techdata_default_tenant ingram_default_tenant credit_item itglue_sync_entities '
        'itglue_show_message slack_channel_management slack_channel_default_name slack_channel_access_type '
        'hide_text_override_service nextfaultidcalculationmethod taskmonitorsnoozeseverity '
        'taskmonitorsnoozedate slack_channel_workspace slack_client_id slack_action_outcome '
        'slack_command_ticket_type slack_command_user quote_expiry_ticket_status default_online_report_group '
        'new_cf_storage_method default_for_action_reviewed ticket_info_display_top sla_bar_time_display '
        'assign_sales_order sync_customers_to_stripe show_accept_reject_all disable_edit_kb_fields '
        'workflow_progress_display_type showclosureattachment defaultinvoicedatetotoday '
        'user_match_phonenumber parent_and_related_cf_copy_priority ticketstatusafterquoteinternalrejection '
        'show_child_templates_always whatsapp_defaultclientsite xsoar_default_user xsoar_default_tickettype '
        'use_charge_rate_item_tax emailsendervalidation 2faemailallowedifnoothermethods useteamshifts '
        'dynamicscrm_sitenamefilter adobeacrobat_auto_expire_td defaultadobeactenant '
        'adobeacrobat_accept_status adobeacrobat_reject_status display_ticket_workflow_on_quote '
        'line_action_display_behaviour hide_addr_footer hide_phone_footer hide_email_footer hide_lang_footer '
        'show_html_footer html_footer adobecommercedefaultsite adobecommerce_integratorentitiestoimport '
        'update_all_actions_when_contract_changed use_new_search_method assetdiscovery_defaultsite '
        'assetdiscovery_defaultsite_name lansweeper_override_site_rules '
        'salesforce_integratorattachmentstoimport defaultpdftemplatebill default_filter_open_tickets '
        'assetdateformat use_item_catalogue only_show_invoices_after_3rd_party_sync always_show_line_actions '
        'due_date_type ai_connection_type enable_ai_kb_articles azureopenai_enable_ai_kb_articles '
        'enable_openai_emotion_detection enable_azureopenai_emotion_detection embeddingaideployment '
        'enable_openai_insights enable_azureopenai_insights auto_extend_end_dates_on_recurring_invoices '
        'portalservicedetailsdisplaytype ticket_embeddings_method ticket_embeddings_db '
        'ai_knowledge_search_method last_day_of_month_billing use_qbo_invoice_terms show_status_filter '
        'auvik_delete_devices order_teams_by_sequence email_template_for_pending_closure '
        'showaccountmanageronclientdetails show_asset_diagram_licences issue_project_non_consignable_items '
        'ticketstatusafterquotesent ticketstatusafterquotesent_guid use_azure_openai_surveys '
        'use_openai_surveys ai_survey_sample_rate default_asset_chart_relationships saml_matching_type '
        'saml_matching_attr freshdesk_statusfilter freshdesk_matchusername enhancedAnnouncement '
        'distributionlists_createusers distributionlists_defaultsite distributionlists_activityinuserfeed '
        'password_char_length agent_status_for_free_appointments gw_assettype_choice gw_default_devicetype '
        'gw_mobile_site_matching document_view_type quote_any_line_profit_for_approval_type '
        'quote_any_line_profit_for_approval_value quote_average_profit_for_approval_type '
        'quote_average_profit_for_approval_value gotoresolve_client_id allowclientmerging addclientdeleteperm '
        'only_use_out_of_hours_priority_for_user_tickets allow_reponse_edit_after show_linked_articles_users '
        'timelineshowagentworkhours feedback_comment_mandatory ai_search_store_descriptions '
        'textsplit_chunk_size textsplit_chunk_overlap ai_description_mapping ai_description_mapping_custom '
        'ai_embedding_field enable_purchase_currency last_license_sync_date show_home_html home_html_position '
        'match_datto_user match_datto_field datto_user_matching_custom_field optional_default_unchecked '
        'prorata_default_line_description ai_insights_context enable_ai_article_suggestions '
        'ignore_visibilty_restrictions_on_action_links enableoppteamscall allow_kb_publishing '
        'hide_credit_lines_on_invoices user_match_alternative_email_address default_site_sla '
        'auto_submit_auto_generated_is_auto_reply auto_submit_auto_replied_is_auto_reply '
        'default_use_linked_subscription_price default_use_linked_subscription_cost default_item_view '
        'restrict_portal_new_ticket mailchimp_integratorentitiestoimport mailcampaign_activityinuserfeed '
        'addautosuppressheader approval_showcomment enableperperiodexpirycalculation '
        'show_agents_forgot_password show_users_forgot_password lookup_search_filters assets_show_genpdf '
        'allow_presence_notifications po_visible_to_users default_columns_id_supplier '
        'default_columns_id_supplier_guid problemmatchproductmatch icinga_assigned_status '
        'use_purchase_order_id_for_reference show_res_in_desc freshdesk_action_userid_field '
        'update_recurring_bundle_price sync_invoices_manually set_accountsid_to_sku item_sku_is_unique '
        'match_item_on_sku allow_requestor_in_cab_approvals meraki_import_entities group_ticket_po_creation '
        'show_orderlines_no_supplier addigy_dont_update_device_type void_invoice_rewinds_billing_entites '
        'dont_show_zero_charge_rate_ready_for_invoice supplier_currency_override '
        'idle_session_timeout_mins_agent record_online_presence_snapshots '
        'check_same_customer_for_change_collision default_show_inactive_assets_on_site '
        'showemailinuseractivity po_approval_email_addr show_negative_tax_invoices '
        'donotalloweditingpostedinvoicesfreq default_quote_revised_status reservedintfield1 nag_down_priority '
        'nag_unreachable_priority nag_unknown_priority defaultbulkdevicepdftemplate '
        'allow_invoice_deletion_when_sent datadog_user datadog_tickettype datadog_user_name '
        'truncate_salesmb_reply_chain users_department_view_scope limit_po_stock_received '
        'set_budget_total_to_budget_table show_favourite_services_at_start reservedboolfield1 '
        'use_contract_rules contract_rules_match_type snelstart_invoice_template problemmatchcustomfield '
        'apply_rules_on_drag_and_drop open_report_without_loading show_livechat_url category_auto_expand '
        'hide_enddate_timezone enable_clear_nable_rmm_alert_check show_asset_diagram_keyfields '
        'allowkbinfaqgroup giacomdeletelicences apply_query_builder_perms ai_summary_description '
        'enable_ai_conversation_summary ticket_hover_summary autogroupnewitems use_prospects '
        'can_edit_sent_invoice_lines defaultcontractdetailslayout allow_kb_anonymous '
        'lapsafedefaultswapemailtemplate lapsafedefaultswapemailtemplate_guid orion_reset_status '
        'access_change_calendar_tickets services_portalbackgroundimageurl itglue_disable_address_sync '
        'conversion_probability_colour1 conversion_probability_colour2 conversion_probability_colour3 '
        'conversion_probability_colour4 nextattachmentidcalculationmethod portal_action_date_display '
        'show_action_date_display_toggle ignore_duplicate_emails hidekbviews hidekbratings '
        'show_markup_for_sales_orders ai_suggestion_alert quotes_from_mailbox_fallback_id matchinreplyto '
        'kbfeedbacktickettype usetravelchargeratesonbpc assetimportsecondaryidentifier '
        'assetimportsecondaryidentifier_guid appointment_sla_procedure_mins '
        'treat_comanaged_agent_emails_as_user gw_dont_create_new_devices exchange_calendar_webhooks '
        'exchange_azure_authority exchange_use_immutable_ids exchange_no_mutable_ids '
        'exchange_calendar_webhook_import_type warningafterxminutes use_phone_int_search '
        'use_xero_tracking_categories xero_tracking_category_1_name xero_tracking_category_2_name '
        'rpi_percent_increase google_analytics_measurement_id tickettimermodalpause hubspot_item_group '
        'hubspot_deal_tickettype hubspot_item_sync hubspot_webhooks_products hubspot_webhooks_deals '
        'hubspot_webhooks_quotes auto_complete_appointments_to_add_time matched_event_retention '
        'unmatched_event_retention auto_reorder_items delivery_default redact_card_details '
        'appointment_sla_procedure_status invoicesalesorderbillingdescriptionlong '
        'invoicesalesorderprojectsbillingdescriptionlong show_client_user_only orderingchecktype '
        'purchaseorderstatusafterallitemsreceived software_audit_level track_service_availability '
        'default_expand_item_catalogue services_skip_to_new_ticket surcharge_once_per_ticket '
        'checktoplevelmailboxoverride enable_check_ticket_details precedence_bulk_is_auto_reply '
        'reservedboolfield2 azure_allowed_tenants_type usesecurecontractsigning default_use_rpi_increase '
        'enableemailthreading att_item_group att_company_id processunclosedtravel '
        'use_document_management_for_clientsiteuser use_geo_restrictions_kb use_geo_restrictions_faqlist '
        'calculate_composite_tax_after_line_tax hide_rule_checks_on_automations showassettagongoodsin '
        'display_long_description_on_invoice defaultuserdetailslayout default_jira_connection '
        'use_portal_faq_restrictions order_groups_by_name_ignore_emojis sendagentemailafterquoterejected guid '
        'log_clientsiteuser_views enable_xml_generation_warnings last_auto_invoice_process_date '
        'send_incomplete_timesheet_notifications release2_autoupdate_method release3_autoupdate_method '
        'max_custom_extra_table_fields new_chat_window_controls welcome_email_expiry_days '
        'use_charge_rate_price_for_budget suppliers_use_column_view_search lock_tickets_during_action '
        'default_consigned_asset_status useticketpoapprovals only_po_ticket_approval '
        'default_po_ticket_approval default_columns_id_pos default_columns_id_pos_guid '
        'default_site_details_layout action_calendar_type action_calendar_ap_type meraki_dont_update_site '
        'select_all_in_team_calendar azuretranslate_allowchat chat_canned_text_paste call_screen_category '
        'call_screen_show_transferred teamsshifts_authentication_type enable_teamsshifts '
        'teamsshifts_azure_authority exact_default_invoice_status dont_set_list_colour_on_portal '
        'prepay_amount_as_price allow_multiselect_ticket_filtering enable_cmdb_service_link '
        'allow_all_asset_returns liongard_default_devicetype liongard_assettype_choice '
        'error_notification_min_severity_level process_approval_results_in_background asset_search_method '
        'check_asset_fields_on_closure show_all_related enable_idle_session_timeout_named_lic '
        'enable_idle_session_timeout_concurrent_lic colour_hidden_notes lansweeper_delete_devices '
        'lansweeper_delete_status prevent_edit_email_recipients default_filter_onhold_tickets '
        'ninja_import_warranty_data ready_for_invoice_recurring_review_check_all '
        'follow_sla_hold_procedure_for_excluded_tickets allow_agent_status_reassign '
        'enable_agent_status_permission allow_agent_status_reassign_manual abandoned_live_chat_enabled '
        'abandoned_live_chat_time_period abandoned_live_chat_close_ticket abandoned_live_chat_check_period '
        'chat_agent_large_box input_variable_upgrade_hint_shown saml_pass_client_id log_reportevent_data '
        'zabbix_auth_type hosted_group is_uat pwd read_only_db_admin_setting next_ticket_id next_invoice_id '
        'next_quote_id next_salesorder_id next_supplierorder_id multitenancy_enabled using_comanaged_it '
        'portal_url portal_colour portal_logo portalbackgroundimageurl mobileapp_disabled using_manual_rules '
        'using_browser_push_notifications using_automations app_colour_type send_or_ask_response_email '
        'chat_cannedtexts signalr_enabled pr_liccount domain_user_count pr_licence_exceeded pr_licence_msg '
        'security_questions clearalldata clearcustomerdata actisbillable use_slaholdcolour use_team_mgs '
        'use_department_mgs teamviewer_assetfield_id teamviewer_sitefield_id default_mailbox_id '
        'default_mailbox_name tenant_id tenantalias opportunity_fieldmappings_salesforce '
        'account_fieldmappings_salesforce contact_fieldmappings_salesforce anydesk_assetfield_id '
        'anydesk_sitefield_id agent_rolemappings_azuread _getsagedata _getsagetoken _clearsagetoken '
        'sageauthcode sageauthredirect gointegrator_id gointegrator_clientid beyondtrust_teams '
        'change_freeze_periods dynamicscrmdefaultsite_name cautomatedefaultsite_name '
        'cautomateassetdefaultsite_name automate_typemappings client_id_halointegrator '
        'client_secret_halointegrator loginas_halointegrator sccm_udl sccm_query sccm_sql_timeout '
        'sccm_idfield sccm_typefield sccm_sitefield sccm_userfield sccm_usermatchingfield sccm_defaultsite '
        'sccm_defaultsite_name sccm_updateonly sccm_donotvalidate sccm_fieldmappings sccm_sqlserver '
        'sccm_sqldatabase sccm_sqlusername sccm_assetimportidentifier sccm_new_sql_password sccm_new_method '
        'sccm_updated sccm_dontupdatesite sccm_dontremoveusers halointegrator_sccm '
        'halointegrator_sccm_lastsync halointegrator_sccm_lasterror sccm_allowed_clientids_list exapptsubject '
        'exapptlocation exapptbody portalbuttons ninjadefaultsite_name ninja_fieldmappings '
        'halointegrator_ninjarmm halointegrator_ninjarmm_lastsync halointegrator_ninjarmm_lasterror '
        'halointegrator_solarwindsrmm halointegrator_solarwindsrmm_lastsync '
        'halointegrator_solarwindsrmm_lasterror solarwindsrmm_fieldmappings _getintegrationdata '
        '_resendunsentemails _emailprocessed _addactiontofaultid integration_data_name integration_data_type '
        'takecontrol_button_id halointegrator_lansweeper halointegrator_lansweeper_lastsync '
        'halointegrator_lansweeper_lasterror lansweeper_updated lansweeper_databasetype lansweeper_sqlserver '
        'lansweeper_sqldatabase lansweeper_sqlusername lansweeper_new_sql_password lansweeper_new_method '
        'lansweeper_allowed_clientids_list lansweeper_query lansweeper_sql_timeout lansweeper_idfield '
        'lansweeper_typefield lansweeper_sitefield lansweeper_userfield lansweeper_usermatchingfield '
        'lansweeper_defaultsite lansweeper_defaultsite_name sccm_userssite lansweeper_userssite '
        'lansweeper_updateonly lansweeper_donotvalidate lansweeper_dontupdatesite lansweeper_dontremoveusers '
        'lansweeper_fieldmappings lansweeper_assetimportidentifier dattormm_fromaddress dattormm_tickettype '
        'dattormm_tickettype_guid cautomate_fromaddress cautomate_requesttype cautomate_requesttype_guid '
        'solarwindsrmm_fromaddress solarwindsrmm_requesttype solarwindsrmm_requesttype_guid '
        'halointegrator_integrations splunkuser_name ncentral_fieldmappings halointegrator_ncentral '
        'halointegrator_ncentral_lastsync halointegrator_ncentral_lasterror client_secret_ncentral '
        'ncentraluser_name azureconnection azuremapping businesscentral_fieldmappings '
        'businesscentralsite_name _createbusinesscentralasset businesscentralasset defaultquicktimemethod '
        'allowticketselectionduringquicktime miscitemidquotetaxrate miscitemidquotetaxratepo '
        '_getautomationbody _sendautomationhook _automationwebhookid _automationwebhookmappings '
        '_automationticketid _getwebhookbody _webhookid _webhookmappings _webhookticketid qbozerotaxcode '
        '_areaitems_to_convert _contracts_to_convert remotesession_trackingid takecontrol_deviceid '
        'showing_customer_fields _getgoogletoken google_code google_redirect _googlecalendardisconnect '
        'google_application googleworkplace_usermappings googleworkplace_agentmappings '
        'googleworkplace_sitemappings googleworkplace_rolemappings googleworkplace_cabmappings '
        'gw_user_matching_list gw_agent_matching_list gw_licensed_roles_list halointegrator_googleworkplace '
        'halointegrator_googleworkplace_lastsync halointegrator_googleworkplace_lasterror '
        'dynamicscrm_fieldmappings scom_fromaddress scom_requesttype scom_requesttype_guid scom_devicefield '
        'halointegrator_scom halointegrator_scom_lastsync halointegrator_scom_lasterror ncentral_customerid '
        'rdattodefaultassettypegroup_name prtgassetdefaultsite_name prtgdefaultassettype_name '
        'prtg_fieldmappings halointegrator_prtg halointegrator_prtg_lastsync halointegrator_prtg_lasterror '
        'migration_default_site_name client_secret_orion orionuser_name halointegrator_orion '
        'halointegrator_orion_lastsync halointegrator_orion_lasterror device42_customermappings '
        'device42_typemappings device42_devicemappings device42defaultsite_name _importtype '
        'item_default_sales_nominal_code item_default_purchase_nominal_code item_default_asset_account '
        'socuser_name client_secret_device42 datto_fieldmappings dattodefaultcustomer_name '
        'dattodefaulttoplevel_name dattodefaultassetsite_name halointegrator_datto '
        'halointegrator_datto_lastsync halointegrator_datto_lasterror csp_sitemappings _generatecspmappings '
        'atera_defaultsite_name atera_device_types atera_fieldmappings halointegrator_atera '
        'halointegrator_atera_lastsync halointegrator_atera_lasterror _deletedevices '
        '_deletedevices_integration device_guids client_guids site_guids _deletelicences licence_guids '
        'atera_alert_user_name teams_default_user_name _exchangeaction halointegrator_exchange '
        'halointegrator_exchange_lastsync halointegrator_exchange_lasterror okta_sitemappings '
        'okta_usermappings okta_agentmappings okta_rolemappings okta_cabmappings okta_user_matching_list '
        'okta_agent_matching_list okta_active_statuses_list halointegrator_okta halointegrator_okta_lastsync '
        'halointegrator_okta_lasterror reset_okta_lastsync quote_cannedtext merakiapplicationsecret '
        'merakiusername merakitickettypename lansweeper_authorized _getoauthtoken oauth_code oauth_redirect '
        'oauth_type graph_host _disconnectintegration lansweeper_sitemappings lansweeper_site_rules '
        'lansweeper_fieldmappings_api alarmminutes_bool _integrationid ninja_sitemappings '
        'ninja_alert_user_name dattormm_alert_user_name _closealerts _closealerts_integration alert_guids '
        'hashostedintegrator halointegrator_xlsimports halointegrator_xlsimports_lastsync '
        'halointegrator_xlsimports_lasterror snelstart_old_client_id _getsnelstartlink itglue_clientmappings '
        'itglue_sitemappings itglue_active_statuses_list itglue_typemappings itglue_configtypemappings '
        'itglue_statusmappings itglue_default_site_name halointegrator_itglue halointegrator_itglue_lastsync '
        'halointegrator_itglue_lasterror bookingtypes appsettings_encthumbprint old_pwd_enc_count '
        'scom_allowed_clientids_list orion_allowed_clientids_list teamsbot_disabled datto_sitemappings '
        'halointegrator_dynamics365crm halointegrator_dynamics365crm_lastsync '
        'halointegrator_dynamics365crm_lasterror _warning jamf_defaultsite_name '
        'jamf_defaultdtypecomputer_name jamf_defaultdtypemobile_name jamf_device_types jamf_fieldmappings '
        'halointegrator_jamf halointegrator_jamf_lastsync halointegrator_jamf_lasterror '
        'sentinel_ticketmappings halointegrator_sentinel halointegrator_sentinel_lastsync '
        'halointegrator_sentinel_lasterror server_time_zone use_project_datetime '
        'allow_cf_values_not_on_tickettype azuremonitor_fieldmappings azuremonitoruser_name '
        'syncro_defaultsite_name syncro_device_types syncro_fieldmappings halointegrator_syncro '
        'halointegrator_syncro_lastsync halointegrator_syncro_lasterror syncro_alert_user_name '
        'domotz_agentfieldmappings domotz_devicefieldmappings domotz_default_agentsite_name '
        'domotz_default_devicesite_name domotz_devicetypemappings halointegrator_domotz '
        'halointegrator_domotz_lastsync halointegrator_domotz_lasterror _deactivateusers '
        '_deactivateusers_integration user_guids user_tenantids _deactivateagents '
        '_deactivateagents_integration agent_guids halointegrator_haloassetdiscovery '
        'halointegrator_haloassetdiscovery_lastsync halointegrator_haloassetdiscovery_lasterror '
        'automate_sitemappings halointegrator_automate halointegrator_automate_lastsync '
        'halointegrator_automate_lasterror automate_import_entities_list atera_import_entities_list '
        'addigy_import_entities_list meraki_import_entities_list automate_alert_user_name lansweeper_exports '
        '_checkexportprogress export_module atera_sitemappings device42_sitemappings ncentral_sitemappings '
        'syncro_sitemappings halointegrator_g2aremote halointegrator_g2aremote_lastsync '
        'halointegrator_g2aremote_lasterror snow_default_devicesite_name snow_fieldmappings '
        'halointegrator_snow halointegrator_snow_lastsync halointegrator_snow_lasterror auvik_sitemappings '
        'auvik_network_typemappings auvik_device_typemappings auvik_network_fieldmappings '
        'auvik_device_fieldmappings auvik_default_site_name halointegrator_auvik '
        'halointegrator_auvik_lastsync halointegrator_auvik_lasterror auvik_alert_user_name '
        'teamsbot_allowed_tenants_list hubspot_sitemappings hubspot_company_fieldmappings '
        'hubspot_contact_fieldmappings hubspot_deals_fieldmappings hubspot_items_fieldmappings '
        'hubspot_quotes_fieldmappings hubspot_top_level_name hubspot_default_site_name '
        'hubspot_included_lifecycles_list halointegrator_hubspot halointegrator_hubspot_lastsync '
        'halointegrator_hubspot_lasterror qualys_typemappings qualys_fieldmappings qualys_default_site_name '
        'halointegrator_qualys halointegrator_qualys_lastsync halointegrator_qualys_lasterror '
        'passportal_defaultclientsite_name passportal_defaultusersite_name passportal_clientmappings '
        'halointegrator_passportal halointegrator_passportal_lastsync halointegrator_passportal_lasterror '
        'passportal_assetfieldmappings passportal_defaultassetsite_name passportal_import_entities_list '
        'auvik_top_level_domain lansweeper_include_linux intacct_sync_entities_list license_model '
        'addigy_clientmappings addigy_defaultassetsite_name addigy_assetfieldmappings halointegrator_addigy '
        'halointegrator_addigy_lastsync halointegrator_addigy_lasterror addigy_alert_user_name '
        'domotz_sitemappings halointegrator_liongard halointegrator_liongard_lastsync '
        'halointegrator_liongard_lasterror liongard_sitemappings liongard_fieldmappings '
        'liongard_defaultsite_name liongard_mappings_xtype halointegrator_stripe '
        'halointegrator_stripe_lastsync halointegrator_stripe_lasterror ingram_micro_client_mappings '
        'ingram_micro_top_level_name halointegrator_ingram_micro halointegrator_ingram_micro_lastsync '
        'halointegrator_ingram_micro_lasterror ingram_micro_import_entities_list pax8_client_mappings '
        'quoter_item_mappings etilize_item_mappings pax8_top_level_name halointegrator_pax8 '
        'halointegrator_pax8_lastsync halointegrator_pax8_lasterror pax8_import_entities_list '
        'halointegrator_giacom halointegrator_giacom_lastsync halointegrator_giacom_lasterror '
        'giacom_import_entities_list salesforce_contactfieldmappings salesforce_accountfieldmappings '
        'salesforce_opportunityfieldmappings salesforce_casefieldmappings halointegrator_salesforce '
        'halointegrator_salesforce_lastsync halointegrator_salesforce_lasterror '
        'salesforce_import_entities_list salesforce_import_attachments_list salesforce_clientmappings '
        'azure_allowed_tenants azure_allowed_tenants_list azure_auto_creation_site_name '
        'b2cazure_auto_creation_site_name halointegrator_newrelic halointegrator_newrelic_lastsync '
        'halointegrator_newrelic_lasterror halointegrator_backupradar halointegrator_backupradar_lastsync '
        'halointegrator_backupradar_lasterror _deactivateclients kaseya_defaultsite_name '
        'halointegrator_kaseya halointegrator_kaseya_lastsync halointegrator_kaseya_lasterror '
        'kaseya_agentfieldmappings kaseya_sitemappings kaseya_typemappings stripe_client_mappings '
        'stripe_paymentmethod_options_keypair stripe_manual_paymentmethod_options_keypair '
        'zabbix_fieldmappings zabbix_typemappings zabbix_default_type_name zabbix_default_site_name '
        'halointegrator_zabbix halointegrator_zabbix_lastsync halointegrator_zabbix_lasterror '
        'giacom_client_mappings giacom_top_level_name rhipe_client_mappings rhipe_top_level_name '
        'halointegrator_rhipe halointegrator_rhipe_lastsync halointegrator_rhipe_lasterror '
        'rhipe_import_entities_list techdata_client_mappings techdata_top_level_name halointegrator_techdata '
        'halointegrator_techdata_lastsync halointegrator_techdata_lasterror techdata_import_entities_list '
        'inty_client_mappings inty_top_level_name halointegrator_inty halointegrator_inty_lastsync '
        'halointegrator_inty_lasterror inty_import_entities_list westcoastcloud_client_mappings '
        'westcoastcloud_top_level_name halointegrator_westcoastcloud halointegrator_westcoastcloud_lastsync '
        'halointegrator_westcoastcloud_lasterror westcoastcloud_import_entities_list sherweb_client_mappings '
        'sherweb_top_level_name halointegrator_sherweb halointegrator_sherweb_lastsync '
        'halointegrator_sherweb_lasterror sherweb_import_entities_list also_client_mappings '
        'also_top_level_name halointegrator_also halointegrator_also_lastsync halointegrator_also_lasterror '
        'also_import_entities_list arrowsphere_client_mappings arrowsphere_top_level_name '
        'halointegrator_arrowsphere halointegrator_arrowsphere_lastsync halointegrator_arrowsphere_lasterror '
        'arrowsphere_import_entities_list dickerdata_client_mappings dickerdata_top_level_name '
        'halointegrator_dickerdata halointegrator_dickerdata_lastsync halointegrator_dickerdata_lasterror '
        'dickerdata_import_entities_list halointegrator_oracle halointegrator_oracle_lastsync '
        'halointegrator_oracle_lasterror halointegrator_servicenow halointegrator_servicenow_lastsync '
        'halointegrator_servicenow_lasterror xerodefaulttenantname qbdefaultcompanyname '
        'kashflowdefaultconnectionname dbcdefaulttenantname datadog_url clear_billing_mappings '
        'clearunsentactions clearunsentemailstore clearunsentescmsg clearunsentactions_attempted '
        'clearunsentemailstore_attempted clearunsentescmsg_attempted slack_ticket_user_name '
        'slack_command_user_name _checkexport_returnerrors device_tenantids client_tenantids '
        'connectwisecontrol_sitemappings connectwisecontrol_typemappings halointegrator_connectwisecontrol '
        'connectwisecontrol_import_entities_list halointegrator_connectwisecontrol_lastsync '
        'halointegrator_connectwisecontrol_lasterror connectwisecontrolassetdefaultsite_name '
        'salesforce_priority_mappings cors_whitelist_list okta_userrolemappings workspace_devicemappings '
        'workspace_site_mappings twilio_ticket_type_name twilio_default_user_name sccm_sqldriver '
        'sccm_sqlprovider lansweeper_sqldriver lansweeper_sqlprovider processstreettickettypename '
        'processstreetusername intacct_sync_halo_id_list intacctdefaultlocid_list intacct_warehouse_mappings '
        'teams_chat_tenant_list workspace_defaultsite_name halo_status_mappings halo_priority_mappings '
        'etilizeurl barracuda_sitemappings barracuda_clientmappings barracuda_fieldmappings '
        'logicmonitor_fieldmappings halointegrator_logicmonitor halointegrator_logicmonitor_lastsync '
        'halointegrator_logicmonitor_lasterror logicmonitor_defaultsite_name logicmonitor_alert_user_name '
        'logicmonitor_url halointegrator_barracuda halointegrator_barracuda_lastsync '
        'halointegrator_barracuda_lasterror barracuda_defaultsite_name barracudadefaultassettype_name '
        'barracuda_alert_user_name teams_chat_tenants teams_chat_welcome_message teams_chat_help_message '
        'gw_named_roles_list okta_named_roles_list lansweeper_mappings_xtype gw_userrolemappings '
        'whatsapptickettype_name twilio_whatsapp_number appointment_notification_body task_notification_body '
        'site24x7_fieldmappings site24x7_alert_user_name gw_mappings_new_user okta_mappings_new_user '
        'recaptcha_site_key jamf_site_links total_setup_steps completed_setup_steps cleardatakey '
        'halointegrator_icinga halointegrator_icinga_lastsync halointegrator_icinga_lasterror '
        'icinga_fieldmappings icinga_defaultsite_name icingadefaultassettype_name icinga_sitemappings '
        'icinga_alert_user_name default_columns_id_sites_guid default_columns_id_users_guid translations '
        'default_meter_tiers connectwisermm_sitemappings connectwisermm_typemappings '
        'connectwise_rmm_defaultclient_name halointegrator_connectwisermm connectwisermm_import_entities_list '
        'halointegrator_connectwisermm_lastsync halointegrator_connectwisermm_lasterror cookiemessage '
        'icinga_xtype_mappings logicmonitor_xtype_mappings shopifydefaultsite_name shopify_userfieldmappings '
        'shopify_customerfieldmappings halointegrator_shopify halointegrator_shopify_lastsync '
        'halointegrator_shopify_lasterror shopify_import_entities_list intacct_invoicefieldmappings '
        'intacct_invoicelinefieldmappings intacct_orderfieldmappings intacct_orderlinefieldmappings '
        'intacct_creditfieldmappings intacct_creditlinefieldmappings intacct_billfieldmappings '
        'intacct_billlinefieldmappings halointegrator_xensam halointegrator_xensam_lastsync '
        'halointegrator_xensam_lasterror xensam_defaultsite_name xensam_import_entities_list '
        'xensam_fieldmappings xensam_datacentre_fieldmappings xensam_clientmappings xensam_mappings_xtype '
        'trustpilot_defaultusersite_name okta_sitegroup_mappings lansweeper_sql_port sccm_sql_port '
        'can_disable_incoming_service zabbix_alert_user_name connectwise_rmm_alert_user_name '
        'amazon_seller_default_site_name halointegrator_amazonseller halointegrator_amazonseller_lastsync '
        'halointegrator_amazonseller_lasterror is_nhserverless incoming_default_user_name '
        'incoming_newuser_default_site_name prometheus_fieldmappings prometheus_defaultassettype_name '
        'prometheus_defaultsite_name prometheus_xtype_mappings prometheus_alerting_user_name '
        'halointegrator_prometheus halointegrator_prometheus_lastsync halointegrator_prometheus_lasterror '
        'halointegrator_mattermost halointegrator_mattermost_lastsync halointegrator_mattermost_lasterror '
        'halointegrator_wordpress halointegrator_wordpress_lastsync halointegrator_wordpress_lasterror '
        'reset_halointegrator_wordpress_lastsync _dbintegrator_success deferred_revenue_client_name '
        'halointegrator_googlebusiness halointegrator_googlebusiness_lastsync '
        'halointegrator_googlebusiness_lasterror reset_halointegrator_googlebusiness_lastsync '
        'google_reviewdefaultusersite_name google_questiondefaultusersite_name device_tenantids_strings '
        'twilio_account_sid halointegrator_googlecalendars halointegrator_googlecalendars_lastsync '
        'halointegrator_googlecalendars_lasterror aireports_enabled halointegrator_wordpressorg '
        'halointegrator_wordpressorg_lastsync halointegrator_wordpressorg_lasterror '
        'reset_halointegrator_wordpressorg_lastsync halointegrator_splashtop '
        'halointegrator_splashtop_lastsync halointegrator_splashtop_lasterror gocardless_userfieldmappings '
        'gocardless_defaultsite_name halointegrator_gocardless halointegrator_gocardless_lastsync '
        'halointegrator_gocardless_lasterror reset_halointegrator_gocardless_lastsync prometheus_api_url_list '
        'aidetection_enabled itglue_sync_entities_list slack_command_workspaces meraki_top_level_name '
        'meraki_client_mappings meraki_device_fieldmappings merakidefaultassettype_name meraki_xtype_mappings '
        'halointegrator_meraki halointegrator_meraki_lastsync halointegrator_meraki_lasterror meraki_url '
        'saml_certififcate whatsapp_defaultclientsite_name xsoar_default_username '
        'halointegrator_adobecommerce halointegrator_adobecommerce_lastsync '
        'halointegrator_adobecommerce_lasterror adobecommercedefaultsite_name '
        'adobecommerce_import_entities_list openai_enabled azureopenai_enabled azureopenai_embedding_enabled '
        'azureaisearch_demo_enabled freshdesk_statusfilter_list distributionlists_defaultsite_name '
        'workspace_mobilemappings workspace_mappings_xtype _index_kbs_now _index_services_now home_html '
        'home_html_top agent_presence_rules halointegrator_mailchimp halointegrator_mailchimp_lastsync '
        'halointegrator_mailchimp_lasterror mailchimp_import_entities_list '
        'reset_halointegrator_mailchimp_lastsync quoteapprovalfields recordonlinepresence '
        'exchange_agent_subscriptions _do_convert_to_prospects dynamicscrm_customtable_mappings '
        'webdashboardtitle_override contractapprovalfields sccm_dontupdatetype lansweeper_dontupdatetype '
        'portal_requestor_display_attribute1 portal_requestor_display_attribute2 '
        'converted_currency_rounding_behaviour agent_status_reassign_mappings new_integration_key '
        'new_integration_key2 new_integration_method new_integration_webhook_key integration_webhook_username '
        'new_integration_webhook_method atera_url businesscentral_url businesscentral_appid '
        'businesscentral_domain businesscentral_tokenexpiry businesscentral_redirect '
        'businesscentral_authorised dynamicscrm_url dynamicscrm_appid dynamicscrm_domain '
        'dynamicscrm_tokenexpiry dynamicscrm_redirect dynamicscrm_authorized exchange_application_id '
        'exchange_tenant_id exchange_token_expiry exchange_redirect exchange_authorized device42_url '
        'device42_username prtg_url prtg_username prtg_password gfi_url soc_api_id qbo_client_id '
        'qbo_token_expiry qbo_authorized qbo_redirect qbo_url sage50password servicenow_url '
        'servicenow_username autotask_username connectwise_url connectwise_public_key connectwise_private_key '
        'ninja_url ninja_client_id ninja_authorized ninja_token_expiry ninja_redirect itglue_url '
        'snelstart_url snelstart_client_id snelstart_authorized snelstart_token_expiry jamf_url jamf_username '
        'interact_url interact_username interact_tenant interact_token_expiry gw_url gw_client_id '
        'gw_token_expiry gw_redirect gw_authorized scomservername scomdomain scomusername scompassword '
        'scom_access orion_server_name orion_username orion_password orion_access beyondtrust_url '
        'beyondtrust_username beyondtrust_token_expiry beyondtrust_authorized sentinel_token_expiry '
        'sentinel_redirect sentinel_authorized syncro_url domotz_url g2aremote_client_id automate_url '
        'automate_username g2aremote_authorized automate_token_expiry g2aremote_refresh_token '
        'g2aremote_token_expiry g2aremote_redirect snow_username snow_url auvik_tenant auvik_username '
        'hubspot_url hubspot_client_id hubspot_authorized hubspot_token_expiry hubspot_redirect qualys_url '
        'qualys_domain qualys_username azuretranslate_region azuretranslate_currentusage passportal_apikey '
        'passportal_url passportal_refresh_token passportal_token_expiry hudu_url cipp_url intacct_sender_id '
        'intacct_company_id intacct_username backupradar_url addigy_clientid ingram_micro_url '
        'ingram_micro_marketplace ingram_micro_username ingram_micro_token_expiry freshdesk_url liongard_url '
        'liongard_client_id salesforce_client_id pax8_client_id salesforce_authorized pax8_token_expiry '
        'salesforce_refresh_token salesforce_token_expiry salesforce_redirect salesforce_url '
        'client_secret_newrelic newrelicuser_name newrelic_url new_glclientsecret kaseya_client_id kaseya_url '
        'kaseya_authorised kaseya_alert_user_name kaseya_servicedesks chat_service_url report_service_url '
        'zabbix_url zabbix_username rhipe_client_id techdata_client_id inty_url inty_username '
        'westcoastcloud_url westcoastcloud_username sherweb_client_id sherweb_tenant also_url also_username '
        'dickerdata_url quoter_url quoter_client_id halolink_url halolink_client_id includechatsettings '
        'includeprsettings includeintegrationsettings includebillingsettings includeemailsettings '
        'includechangefreezesettings includeportalsettings includerecurringinvoicesettings '
        'includequotesettings includecontractsettings integrationmoduleid includeresourcebookingsettings '
        'includecalendarsettings includeadvancedsettings gw_scopes gw_asset_scopes pagerduty_services '
        'integration_client_id whatsapp_authorised logicmonitor_access_id openai_default_model '
        'azure_openai_url azure_openai_version azure_ai_search_url azure_ai_search_version integration_url '
        'integration_tenant openai_embeddings_tickettypes azureopenai_embeddings_tickettypes '
        'aiembedding_enabled_tickettypes vectorise_tickettypes vectorise_date opsgenie_url '
        'opsgenie_instance_url teams_tenant_id teams_client_id teams_authorized freshdesk_status_mappings '
        'freshdesk_priority_mappings freshdesk_team_mappings freshdesk_field_mappings coralogix_url '
        'coralogix_uuid gw_mobile_scopes mailchimp_authorised zendesk_url zendesk_email teamsshifts_tenant_id '
        'teamsshifts_client_id teamsshifts_authorized teamsshifts_mappings halointegrator_microsoftteams '
        'halointegrator_microsoftteams_lastsync halointegrator_microsoftteams_lasterror '
        'reset_halointegrator_microsoftteams_lastsync hopewiser_user hopewiser_maf '
        'teamsshifts_shifttype_mappings webhook_iterations'
    ),
    'Costcentres': 'id name chargeable addr1 addr2 addr3 addr4 _warning',
    'Currency': 'id name symbol code conversion_rate last_updated _warning',
    'CustomButton': 'guid intent id usage name label seq icon url newtab msid type runbook_id runbook_name _warning',
    'CustomQuery': 'id name sql_script run run_result lookup_values column_name top_max',
    'CustomTable': (
        'intent ctfield customfields add_customfields edit_customfields delete_customfields id guid name '
        'db_name linkto_table_id linkto_table_guid linkto_table_name note import_folder data_entry_type '
        'clear_on_close primary_field_1 primary_field_1_guid primary_field_1_name primary_field_2 '
        'primary_field_2_guid primary_field_2_name fields customextratableid can_load_data _warning '
        'customtable_orderby customtable_orderby_guid customtable_orderby_name _isimport _importtype key '
        'access_control access_control_level import_name columns'
    ),
    'DashboardLinks': (
        'id name use link iframe newtab in_app admin_only org_id department_id team_id agent_id org_name '
        'department_name team_name display_type restriction_type layouts widgets access_control '
        'access_control_level report_access_token reportingperiod reportingperiodstartdate '
        'reportingperiodenddate reportingperiodvisibility filters user_access is_published published_id '
        'allow_anonymous rowheight manually_load_dashboards dashboard_theme_override list_item_height '
        '_warning'
    ),
    'DattoCommerceDetails': (
        'id url new_api_key halointegratorenabled halointegrator_lastsync halointegrator_lasterror item_group '
        'item_group_name customer_field_mappings item_group_mappings quote_status_mappings '
        'create_items_on_import product_supplier_on_import sostatustoimport sostatustoimport_list _warning'
    ),
    'Device': (
        'os_override id changeguid intent inventory_number key_field key_field2 key_field3 client_id '
        'client_name site_id site_name business_owner_id business_owner_name business_owner_site '
        'business_owner_client business_owner_cab_id business_owner_cab_name username technical_owner_id '
        'technical_owner_name technical_owner_cab_id technical_owner_cab_name intune_default_site '
        'assettype_id assettype_name colour icon warranty_end inactive is_primary_asset parent_id '
        'lansweeper_parent_id child_id sibling_id contract_value contract_ref supplier_id supplier_name '
        'supplier_contract_id supplier_contract_ref supplier_sla_id supplier_priority_id fields customfields '
        'relationship_id custombuttons default_contract_value itemstock_id item_id stock_date non_consignable '
        'reserved_salesorder_id reserved_salesorder_line_id matching_field device42_id device42_url '
        'related_services technical_owner business_owner primary_asset_chart_json criticality service_id '
        'ascendant_count ascendant_assets descendant_count descendant_assets service_count user_count '
        'licence_count notes pingservice guid import_guid contract_id contractvaluecurrent contractvalueprior '
        'warranty_note goodsin_po_id issue_consignment_id supplier_expirydate supplier_reference '
        'third_party_id_string supplierheaderid purchaseorder_line_id teamviewerpassword commissioned '
        'kaseyaid children parent_assets child_assets hierarchy users clone_count _dontaddnewfields '
        '_dontupdatetype sla_name supplier_sla_name priority_name supplier_priority_name '
        'clone_inventory_numbers _isclone contracts scheduled_tickets site_guid sqlimport_user sqlimport_id '
        'software businesscentral_id intune_id intune_connectionid azure_userid azure_userprincipalname '
        'stockdetails assetgroup_name prtg_id prtg_details_id status_name services datto_site_uid ateraid '
        'items_issued lansweeper_id lansweeper_url lansweeper_software dlastupdate createdfrompurchaseorder '
        'stockdate item_cost old_software_version new_software_version user_role_breakdown itglue_id '
        'area_guid jamf_id jamf_type phone_number bookmarked open_ticket_count onhold_ticket_count '
        'total_ticket_count opened_thismonth_count domotz_agentid domotz_id domotz_type_id snow_client_id '
        'deactivate_child_devices auvik_network_id parent_third_party_ids snowUsers tab_config qualys_id '
        'assettype_config passportal_client_id addigy_policy_id addigy_applications addigy_users _warning '
        'isassetdetails domotz_agent liongardid iskaseyaagent _donotvalidate datto_remote_url qualys_software '
        'xtypeunamecanedit external_links new_external_link _match_thirdparty_id _match_integration_id '
        '_match_integration_name stockbin_id ethernetMacAddress physicalMemoryInBytes azureTenantId '
        'services_hierarchy _validateonly copy_unmapped_info_fields user_email lansweeper_relations kbs '
        'site_external_link_id workspace_orgunitpath sibling_assets import_details_id icinga_hostname '
        'access_control new_access_control jamf_details_id access_control_level is_stock_change '
        'parent_third_party_id is_return _print_generate pdftemplate_id printhtml pdf_attachment_id '
        '_dont_fire_automations last_modified asset_chart_json lansweeper_site_id thirdparty_client_id '
        'syncro_asset_type dynatrace_to_relations dynatrace_from_relations open_incident_count '
        'open_change_count thirdparty_type_id is_stock_site matching_value related_service_names '
        'parent_asset_names child_asset_names sibling_asset_names related_kb_names licences add_licences '
        'licences_hierarchy sqlimport_accountsid created_from_template sqlimport_did extratabs linked_service '
        'is_linked_service runbook_button_id use device_number assettype_guid warranty_start '
        'labour_warranty_start labour_warranty_end parent_guid child_guid status_id third_party_id '
        'latest_contract_ref sequence ncentral_url ncentral_remote_url contract_end_date atera_id automate_id '
        'automate_url connectwise_control_url ninjarmm_id ninja_url ninja_remote_url syncro_url syncroid '
        'itglue_url defaultsequence service_ids bulkcreated bulkbillingperiod asset_field datto_alternate_id '
        'syncro_id snow_id passportal_id auvik_device_id auvik_url allowallstatus allowed_status datto_id '
        'addigy_id liongard_url liongard_environmnet_id liongard_id kaseya_id kaseyavsa_url teamviewerid '
        'serialization_user zabbix_id zabbix_url stockbin_name issue_consignment_line_id item_name datto_url '
        'ncentral_details_id nable_id connectwisecontrolid _isimport _importtype workspace_id workspace_url '
        'supplier_purchasedate logicmonitor_id barracudarmm_id sla_id priority_id icinga_id '
        'related_service_name related_service_count connectwisermm_id xensam_id asset_type_priority '
        'snipeit_id prometheus_id dynatrace_id vmworkspace_id tanium_id tenable_id kandji_id '
        'criticality_description auvik_id is_template aws_id manageengine_id manageengine_customer_id '
        'lastchangeofvaluedate commissiondate first_user_id changebackupexists _isbatch virima_id '
        'service_guid service_name lansweeperid'
    ),
    'DeviceChange': (
        'id field_desc asset_id asset_site asset_number field_id field_name old_value new_value who datetime '
        'software_id software_user_id software_user_name old_site new_site customfield_id item_id'
    ),
    'DeviceMeterReading': (
        'id recurringinvoice_line_id asset_id meter_name timestamp who ticket_id invoice_id reading_type '
        'pack_id reading previous_reading reason reviewed _warning'
    ),
    'DistributionLists': (
        'id name desc mailbox_from mailbox_replyto dynamic_members users members addtheseusers '
        'removetheseusers users_count _isimport _importtype mailbox_from_address new_external_link '
        '_match_thirdparty_id _match_integration_id _match_integration_name third_party_url filters '
        'linked_campaigns _warning'
    ),
    'DistributionListsLog': (
        'id distributionlists_id user_id agent_id action datetime emailsubject emailbody action_desc '
        'user_name'
    ),
    'Downtime': (
        'id faultid fault_summary service service_desc workdays hours startdate enddate ended calculated '
        'allday'
    ),
    'DynatraceDetails': (
        'id name url new_integration_key new_integration_method default_devicesite default_devicesite_name '
        'default_devicetype default_devicetypename assetimportidentifier assetimportidentifier_fieldname '
        'host_fieldmappings service_fieldmappings sitemappings enableintegrator lastsyncdate lastsyncerror '
        'halo_integrator_import_list halo_integrator_import_types delete_devices dont_create_new_devices '
        'dont_update_device_type dont_move_site _warning guid mappings_xtype default_assetgroup '
        'default_assetgroupname assettype_choice assettype_field webhook_username new_webhook_password '
        'webhook_salt webhook_iterations enable_alerts ticket_type ticket_type_name ticket_user '
        'ticket_user_name new_webhook_password_method'
    ),
    'EcommerceOrder': (
        'id moduleid thirdpartyid thirdpartyurl thirdpartyordernumber thirdpartycustomerid thirdpartystatus '
        'thirdpartystatus2 thirdpartycreateddate integration_name ticket_id details_id shop_name '
        '_unlink_from_ticket jsonobj _amazon_buyer_info _adobecommerce_billing_address linked_tickets'
    ),
    'EmailRule': (
        'id type name pop3serverid mailbox_name subject body fromaddr toaddr enabled starttag endtag '
        'fieldname length useendofline 2starttag 2endtag 2fieldname 2length 2useendofline 3starttag 3endtag '
        '3fieldname 3length 3useendofline closestring requesttype 4starttag 4endtag 4fieldname 4length '
        '4useendofline seq pagerduty fromaddrexact toaddrexact privateactions 3useticketuser fieldmappings '
        'endtagmatchtype 3matchtype 3endtagmatchtype pagerdutyagent pagerduty_service pagerduty_service_name '
        '5starttag 5endtag 5fieldname 5length 5useendofline 5endtagmatchtype splunkoncall attachmentname '
        'attachmentmatchtype matchonattachment matchccandbcc 6starttag 6endtag 6length 6useendofline '
        '6endtagmatchtype always_close_alerts closed_alerts_read_status dontsendacknowledgement '
        'scan_full_body _warning response_template_id response_template_name dont_update_from_address'
    ),
    'EmailStore': (
        'id ref emailsubject emailbody emailbody_html emailto emailcc dateemailed emailattachments '
        'messagegroup_id faultid templateid emailbcc keymessage reply_direct replyaddress '
        'addactionaftersending mailbox_id org_id client_id site_id username user_id test_credentials '
        '_emailsent attachments quotation_id salesorder_id purchaseorder_id invoice_id '
        'sales_mailbox_override_id datecreated contract_id bulk_user_id bulk_user_id_array _isbatch kb_id '
        'report_id from_dl_id add_to_feed _warning'
    ),
    'EscMsg': (
        'emailaddress full type emailstatus popupstatus popupaddress subject summary emailbody emailbody_html '
        'ccaddress smsstatus pushstatus smsnos smsbody sendemailifnopopup slackid template_id approval_id '
        'msteamsid deleted apiversion integratorwarning next_retry_date template_already_processed '
        'mattermost_channelid replyto_address mailbox_from batch_master batch_use batch_status '
        'batch_parent_id _warning _ignoreperms agent_id user_id eventno notification_id notification_name '
        'message read_status read_status_update datetime ticket_id action_number client_id shown key_id '
        'status status_update popupcolour attachment_type at_entity at_uniqueid'
    ),
    'EventRule': (
        'guid intent id name notes precedence user_id user_name tickettype_id tickettype_guid tickettype_name '
        'template_id template_guid template_name create_type values criteria mappings active event_key '
        'hide_actions _warning'
    ),
    'ExactDetails': (
        'id name tokenexpiry isauthorized redirecturi clienttoplevel itemgroup enablesync defaultitemcode '
        'showmessage client_id syncentities exdnewmethod new_client_secret item_group_name code _exchangecode '
        '_disconnect new_access_token new_refresh_token client_top_level_name sync_entities_list _importtype '
        'client_mappings item_group_mappings locale division division_name division_object _warning'
    ),
    'Expense': (
        'id agent_id fault_id actionnumber description amount lookup_id date_added date_reimbursed '
        'date_invoiced invoiceable ihid _warning'
    ),
    'ExternalLink_List': (
        'id table_id module_id integration_name halo_id third_party_id third_party_desc third_party_type '
        'third_party_url third_party_assigned_to third_party_count primary halo_desc halo_second_id '
        'halo_second_desc extra_match_field details_id third_party_secondary_id _warning third_party_status '
        'third_party_priority _match populate_url date_created date_updated subscription_id '
        'new_subscription_key subscription_expiry _webhookaction revisions dont_move_existing_assets '
        'chat_message_count third_party_additional_id'
    ),
    'FAQListHead': (
        'guid intent id name showforall showforallagents level is_group group_id group_name full_name '
        'article_count type fields grandparent_name greatgrandparent_name greatgreatgrandparent_name '
        'greatgreatgreatgrandparent_name fullgroup_name roles draft_roles new_external_link '
        '_match_thirdparty_id _match_integration_id _match_integration_name _isimport _importtype '
        'import_details_id third_party_id translations access_control access_control_level clients '
        'dontshowonportal geo_restrictions'
    ),
    'FacebookDetails': (
        'id user_id user_name page_id page_name _exchangecode oauth_code new_user_token new_page_token '
        'redirect_uri authorized new base_address page create_messenger_tickets messenger_ticket_type '
        'messenger_ticket_type_name messenger_user messenger_user_name reopen_messenger_tickets '
        'create_post_tickets post_ticket_type post_user post_user_name post_ticket_type_name days_after_post '
        'include_word_list exclude_word_list reopen_post_tickets messenger_create_users messenger_site '
        'messenger_site_name post_create_users post_site ratings_create_users ratings_create_tickets '
        'ratings_site ratings_ticket_type ratings_user ratings_status_after_update ratings_only_negative '
        'ads_create_users ads_create_tickets ads_site ads_ticket_type ads_user ratings_site_name '
        'ratings_ticket_type_name ratings_user_name ads_site_name ads_ticket_type_name ads_user_name '
        'ratings_status_after_update_name post_site_name insta_messenger_create_users '
        'insta_messenger_create_tickets insta_messenger_site insta_messenger_ticket_type insta_messenger_user '
        'insta_reopen_messenger_tickets insta_messenger_ticket_type_name insta_messenger_user_name '
        'insta_messenger_site_name insta_create_post_tickets insta_post_ticket_type insta_post_user '
        'insta_post_user_name insta_post_ticket_type_name insta_days_after_post insta_include_word_list '
        'insta_exclude_word_list insta_reopen_post_tickets insta_post_create_users insta_post_site '
        'insta_post_site_name linked_instagram_account _warning'
    ),
    'FaultApproval': (
        'ticket_id purchase_order_id purchase_order_ref quote_id quote_ref startdate_timezone '
        'startdate_with_timezone targetdate_timezone targetdate_with_timezone invoice_id invoice_ref seq '
        'actionnumber emailstatus result emailaddress type adhoc agent_id user_id ticket_user_id '
        'ticket_user_name cab_id templateid name image initials colour requestor_agent_id requestor_user_id '
        'datetime approval_process_id approval_process_name approval_process_guid approver_note '
        'requestor_name requestor_imgpath requestor_colour requestor_initials requestor_onlinestatus '
        'requestor_lastonline summary note _includeticketinresponse attachment_list fields customfields '
        'agent_name agent_initials agent_requestor_colour agent_requestor_imgpath delegated_by_uid '
        'votes_required_to_accept votes_required_to_reject is_mandatory _warning faresultchanged token '
        'uniqueid signature newsignatureadded lastreminderdatetime startdate targetdate starttime targettime '
        'timetaken allow_approver_attachments holiday_id holiday_ref attachments admin_overridden '
        'admin_override_id role_id total_count send_webhook dateapproved step_id step_name '
        'approval_inprogress role_name _isportalagentnote delegated_by_username'
    ),
    'FaultToDo': (
        'ticket_id id done done_by_id done_by_name text start_date end_date actual_start actual_end sequence '
        '_warning addedby group_id group_name group_seq'
    ),
    'Faults': (
        'oppjobtitle id dateoccurred summary details status_id status_name tickettype_id tickettype_name '
        'sla_id sla_name priority_id client_id client_name site_id site_name user_id user_name team agent_id '
        'agent_name category_1 category_2 category_3 category_4 categoryid_1 categoryid_2 categoryid_3 '
        'categoryid_4 category_1_display category_2_display category_3_display category_4_display estimate '
        'estimatedays projecttimepercentage projectcompletionpercentage projectearlieststart projectlatestend '
        'timetaken chargehours nonchargehours travelhours totalmileage itemsprice items supplier_name '
        'parent_id child_count child_count_open attachment_count flagged read enduserstatus onhold '
        'respondbydate responsedate first_responsedate responsestartdate slaresponsestate fixbydate '
        'dateclosed dateassigned excludefromsla slaholdtime site_timezone parentguid parentassign '
        'slaactiondate slapercused slatimeleft currentelapsedhours lastactiondate last_update '
        'lastchildactiondate organisation_id department_id reportedby user_email emailtolist '
        'emailtolistsupplier emailcclist emailcclistsupplier matched_kb_id release_note product_id '
        'product_name release_id release_name release2_id release2_name release3_id release3_name '
        'child_ticket_id_string asset_key_field_string asset_type_name workflow_name workflow_stage '
        'workflow_stage_id workflow_stage_number lastincomingemail child_ticket_ids nextactivitydate '
        'inventory_number workflow_id workflow_step workflow_seq pipeline_stage_id pipeline_stage_name '
        'hasbeenclosed unread_child_action_count unread_related_action_count child_action_count '
        'parent_subject related_action_count is_vip isimportantcontact inactive impact urgency startdate '
        'startdate_timezone startdate_with_timezone starttime starttimeslot targetdate targetdate_timezone '
        'targetdate_with_timezone targettime targettimeslot deadlinedate followupdate oppcontactname '
        'oppcompanyname oppemailaddress oppcustomertitle opptel oppaddr1 oppaddr2 oppaddr3 oppaddr4 '
        'opppostcode oppcountry oppregion opptype oppvalue oppvalue_monthly oppvalue_annual oppvalue_oneoff '
        'oppconversionprobability oppvalueadjusted oppprofit oppcurrentsystem oppcompetitors opptrialdate '
        'oppdemodate oppdiscountdate oppattemptsmade oppconverteddate oppproductchosen oppreason opphear '
        'opptimezonename oppclosurecategory cost quantity projecttimebudget projectmoneybudget '
        'projecttimeactual projectmoneyactual lastnote userdef1 userdef2 userdef3 userdef4 userdef5 source '
        'release_important releasenotegroup_name releasenotegroup_id third_party_id third_party_id_string '
        'supplier_status contract_refextra appointment_type customfields timeentries section_timezone '
        'itilname related_service_descriptions related_service_category_names projectinternaltask '
        'appointment_id nextappointmentdate firstname lastname connectedinstance_id web_url api_url '
        'action_number action_ticket_id action_datetime action_outcome action_chargerate action_contract_ref '
        'action_note ticket_invoices_for_each_site salesorder_id orderhead_id budgettype requesttype_name '
        'recalculate_billing impactlevel supplier_id pr_id branch_id branch_name update_milestone_id '
        'milestone_id milestone_name milestone_value milestone_sequence milestone_status milestone_startdate '
        'milestone_enddate colour reviewed action_agent_name merged_into_id reassigncount parent_status '
        'parent_agent child_status date_fully_closed lastaction_chargerate hover_summary slatimeelapsed '
        'ai_summary search_score phonenumber details_html takenby datecreated createdfrom_id '
        'createdfrom_summary clonedfrom_id clonedfrom_summary closure_note closure_note_html closure_time '
        'top_level_id customer_relationships asset_number asset_site slastate slaexcuse site_sla_id '
        'client_reference supplier_slaexcuse supplier_date supplier_contract_id supplier_contract_ref '
        'supplier_sla_id supplier_priority_id supplier_responsestate supplier_responsedate '
        'supplier_responsetime supplier_respondbydate supplier_slastate supplier_slatimeelapsed '
        'supplier_dateclosed supplier_fixbydate supplier_breachrespsent supplier_breachfixbysent changestate '
        'approvedby showforusers messsent satisfactionlevel satisfactioncomment invoicenumber invoicenote '
        'invoicedate invoicepaiddate nonbillable_time mileage planneddate ccaddress agreedcleared '
        'responsetime first_responsetime alsoinform justification backoutplan communicationplan testplan '
        'riskdescription risklevel impactdescription service_id isparentservice surveysent planneddateend '
        'currentfaactionnumber approval_process_step approval_process_step_name approval_cab_name '
        'approval_process_id faultcodeopen faultcode laststatus3rdparty inform3rdpartysystem deliverycontact '
        'delivery_address surveyneeded knownerror development causedby messsentlast unapprovedchangestatus '
        'changeseq lastrecurringemailsentdate template_id template_name child_template_id '
        'slaholdreminderdatelastemailed closurereminderdatelastemailed assetstring mailboxid alerttype '
        'actisbillabledefault emaildisplayname emailpriority chargerate timezonename forwardinboundupdates '
        'loggedoutofhdworkinghours acctmaninformedsurvey laststatuschangeinformed gfialerttype '
        'quotedescription quotelabouramount quotepriority budgetcode actualcost invoicestatus '
        'invoicedescription invoicelabouramount invoicematerialsamount firsttimefix quotematerialsamount '
        'ukasaccredited labno twitterscreenname twitterid facebook_id fixbydateadjusted loggedonbehalfby '
        'alternativecontactno operationalserviceid requestdetailsprinted serviceformprinted auditstatus '
        'auditunum auditdate auditnote auditfaileddate auditfailednote userrequestedapprover '
        'oppdontaddtomailinglist sendprintrequest pagerdutyid pagerdutyincidentidstring pagerdutystatus '
        'pagerdutyurl pagerdutyincidentid opportunity_third_party_url pr_link github_repository component_id '
        'component_name version_id version_name mailentryid contract_id contract_ref billing_address '
        'workflow_stepstarted lessonslearned laststatuschangeinformedmanager lastbugzillasync sapid '
        'sapattachmentsuuid currency projectconsignmentheaderid projectconsignmentdetailid servicefailurestid '
        'hdid deleted matched_rule_id matched_rule_name matched_rule_dont_show_notification ignore_kb_match '
        'deadlinenotificationhours asset_type showonroadmap roadmapnote phonenumberfrom addressfrom '
        'changeinformation_html team_department_id sendack newaction_emailfrom '
        'newaction_emailfrom_address_override _canupdate _mustupdateticketuser _spam _spamblock users_name '
        'sibling_count_open parent_summary parent_status_name new_approvalprocess '
        'new_approvalprocess_agent_id new_approvalprocess_user_id new_approvalprocess_email '
        'new_approvalprocess_cab_id approvers approvers_history appointment_count open_chat_count task_count '
        'create_article qualifications target_adjust start_adjust dont_do_rules dont_do_databaselookups '
        'apply_rules apply_this_rule _forcereassign _appointment01_ok _agent01_ok _agent02_ok _asset01_ok '
        'return_this _validate_form _validate_updates attachments documents popup_notes current_action_type '
        'current_action_name _ispreview assets nochangesequpdate _reclose _reclose_oid _recover reference '
        'email_start_tag_override email_end_tag_override follower_count contact_address chat_id actioncode '
        'clone_count todo_count todo_list service_count unsubscribedfromserviceid is_opportunity is_project '
        'items_issued_count items_issued project_items_issued quotation_count salesorder_count '
        'purchaseorder_count invoice_line_count third_party_client_id _refreshresponse _isimport _isalert '
        '_novalidate is_closure_reminder_closure is_slahold_reminder_closure _importid sendtopagerduty '
        'splunkurl splunksearch budgettype_id budgettype_name budgets process_ai send_remoteinvite '
        'invite_emaillist third_party_call_id remotetechid linkremotesession remotesessionid utcoffset '
        'form_id database_lookup_result azure_tenants azure_tenants_name _warning _warning_is_error '
        'close_unassigned canbechild _changefreeze01_ok _force _ticketclash01_ok _milestonedate01_ok '
        '_ignoremilestonedates locked has_related pagerdutyeragent elapsed_response_hours '
        'elapsed_resolution_hours sla_start_date _print_generate printhtml pdf_attachment_id journeys '
        'devops_agent _dontupdate_devops category_note_1 category_user_note_1 category_include_note_1 '
        'category_itil_1 category_note_2 category_user_note_2 category_include_note_2 category_itil_2 '
        'category_note_3 category_user_note_3 category_include_note_3 category_itil_3 category_note_4 '
        'category_user_note_4 category_include_note_4 category_itil_4 devops_comment_count _iszapier '
        'ncentral_ticketid _isnotify created_from_action_id created_from_action_name createacknowledgement '
        'your_vote your_vote_comment donotapplytemplateintheapi _create_outstanding_appointments '
        '_create_outstanding_appointment_email scomalertstate orionalertid orionalertactiveid '
        'orionacknowledgestate orionclosestate orionacknowledgedby orionacknowledgedate _acknowledgealert '
        'orionacknowledgenote orionacknowledgedbyname orionalertname servicenow_id third_party_parent_id '
        'third_party_problem_id opened_by resolved_by sendtosplunkoncall splunkoncalltarget '
        'splunkoncalltarget_id splunkoncall_id splunkoncallurl splunkoncallstatus connectwise_id '
        'connectwise_project_id prepay_balance_hours prepay_balance_amount servicenow_number '
        'parent_ticket_type_name createdfrom_ticket_type_name clonedfrom_ticket_type_name autotask_id '
        'autotask_number atera_alert_id syncro_alert_id laststatuschangestatus laststatuschangestatusdate '
        'mark_as_read_only audit_log meraki_device meraki_alert_type matched_rules powershell_script_count '
        'devops_workitem_count ninja_alert_id ninja_device_id usertype actionworkflowset isbillable '
        'itemsarebillable childrenlefttocreate who resourcetype_id resourcetype_name resource_booking_type '
        'resource_booking_timeslot resource_booking_asset matched_rule_ids forceruleupdate teams_user_id '
        '_isteams faultapprovalfailed article_description article_resolution article_notes article_type tags '
        'dontcreatechild needcreatechild sentinel_id sentinel_resourcegroup sentinel_subscriptionid '
        'sentinel_workspace faultapprovalexists _validate_only _validation_key azuremonitor_id domotz_alertid '
        'domotz_deviceid domerge isnew automate_id device_automate_id auvik_id auvik_url contract_balance '
        'bookingurl billable_time isclone clonedfrom slatimeremaining customfieldvalidationreason '
        '_has_automations chat_count _dontupdate_jira jira_issue_count call_log_count sentinel_url '
        'sentinel_display_id postloggedview addigy_alert_id ninja_alert_type freshdesk_id external_links '
        '_match_thirdparty_id _match_integration_id _match_integration_name kaseya_agent_id '
        'salesforce_contactid salesforce_accountid salesforce_parentid salesforce_status newrelic_id '
        'newrelicincident_id backup_radar_id backup_radar_state linktypesarray kaseyaid alluserscanview '
        '_dontupdate_salesforce sync_to_salesforce salesforce_stage _newticket_quickclose '
        'service_request_detail_id visible_child_tickets check_status_freeze expenses clear_feedback '
        'facebook_message_id twitter_message_id ncentral_details_id requesttype_published_id chat_key_id '
        'supplier_contact_id parent_itil_ticket_type parent_release_note parent_release_name '
        'parent_release2_name parent_release3_name pagerdutyservice pagerdutyservice_name '
        '_dontupdate_pagerduty _dont_fire_automations teamsmessage default_teams_chat_name show_chat_create '
        'htmlmessage linked_halo_ticket_count halolink_ticketid override_opening_action_who '
        'whatsappcreatedfromid unotes smemo amemo _matchintacctclass intacct_class intacct_class_name '
        'sms_override device_name milestones email_message_id seenby recaptcha_token resource_booking_site '
        'extratabs new_approvalprocess_role_id new_approvalprocess_customfieldid '
        'linked_ecommerce_order_number linked_ecommerce_order_url parent_milestones vectors '
        'ai_matched_tickets ai_matched_articles ai_suggestions _apply_ai_suggestions _dismiss_ai_suggestions '
        'suggested_category1 thirdpartyreviewscore datto_alert_state forwarded_by reviewed_date is_sensitive '
        'contract_schedule_plan_id instagram_message_id default_reporter defaultsendattachments devops_key '
        'related_tickets new_related_tickets unrelate_from_ticket_id ecommerce_orders hide_feedback '
        'workflow_history connectwisermm_ticketid colour_rule google_reviewdata google_questiondata '
        'original_agent do_lookups liongard_system_id bigpanda_id contributors internet_message_id '
        'matching_value sqlimport_id respondbydateadjusted date_dependencies new_milestone_ticket '
        'assets_columns slaresponseexcuse can_add_cc_followers _fromchatprofileid lapsafe_count olas '
        'ola_count new_workflow_history default_slack_channel_name show_channel_create slack_channel_id '
        'slack_callback_id ai_suggested_priority ai_suggested_resolution ai_generated_summary ai_search_query '
        'ai_suggested_type ai_sentiment_analysis ai_satisfaction_level ai_tonality _isagentuser '
        'ai_survey_score ai_survey_comment freshdesk_ticket_data freshdesk_group_name freshdesk_agent_name '
        'freshdesk_agent_email freshdesk_product_name matched_kb_id_acessible_to_user remotesession_count '
        'search_index_sync_timestamp search_index_sync_batches new_whe_ new_actioncode notepad '
        'embedding_match_timestamp _re_index _fetch_matches workflow_move_date_override lookup_search '
        'agent_booking_type agent_booking pandadoc_attachment pandadoc_attachment_name '
        'pandadoc_attachment_url thirdparty_url security_signal_id datadog_id ai_conversation_summary '
        'incomingevent_count azure_connection_id kblinkid ticket_client_to_invoice_to_id '
        'ticket_client_to_invoice_to_name _prevent_outgoing dont_copy_history user_linked_sites '
        'prepay_threshold automation_entity_type make_automation_entity_inactive is_downtime add_tags '
        'locked_by_agentid _forceunlock _is_aisuggestion_merge service_linked_device table use canbevotedfor '
        'supplier_reference top_level_name isbeingclosed maximumRestrictedPriority primary_service_name '
        'idsummary scomclearance scomalertid statusseq statuscolor next_appointment_type account_manager '
        'orionalert orionnote orionwho product_key ticketage ninja_id teams_ticket_icon lastactiondateteams '
        'priority_name useful_count notuseful_count sitepostcode mailbox userdepartments updateservicestatus '
        'servicestatusnote itil_requesttype_id startdatetime enddatetime closure_agent_id '
        'closed_in_integration_system createdfromautomationstdid ticket_tags status_change_frozen '
        'approval_status opp_country_name opp_region_name invoiceseperatelyoverride purchaseordernumber '
        'overrideticketcost budgethours created_by additional_agents client_to_invoice_to_id primary_issue '
        'primary_workitem billing_plan_text default_appointment_summary default_appointment_details '
        'agent_signature customer_signature new_agent_signature new_customer_signature _importtypeid '
        '_importthirdpartyid _importtype new_external_link'
    ),
    'FaultsForecasting': 'id agent_id ticket_id date hours _warning',
    'Feedback': (
        'id ticket_id key score date comment score_band user_message customsurveyfields recaptcha_token '
        'feedback_faultid fields automation_id _warning ip_address'
    ),
    'Field': (
        'guid intent kind id typeinfo_id name validate systemuse url idstring datafrom datalength issoftware '
        'sequence lookup mandatory showoncalendar moveupdatetype inactiveupdatetype moveupdatedefault '
        'showonactivity values new_values parenttype_id parenttype_name mapping_id '
        'order_values_alphanumerically tab_id tab_name tab_sequence tab_columns groupname techdetail '
        'userdetail visibility_conditions access_level _warning'
    ),
    'FieldGroup': (
        'id guid intent header name description fields translations access_control access_control_level '
        'tickettypes outcomes visibility_conditions endusernew enduserdetail technew techdetail enduseraction '
        'techaction techdetailhideifempty enduserdetailhideifempty _warning collapsedbydefault'
    ),
    'FieldInfo': (
        'intent id guid name label labellong summary hint lookup type custom usage usage_guid tab_id tab_guid '
        'tab_name tab_sequence tab_columns table_id table_guid table_name readonly addunknown extratype '
        'calcfield characterlimit characterlimittype inputtype copytochild copytoparent searchable '
        'user_searchable calendar_searchable defaultvalue ordervaluesalphanumerically ordervalueby '
        'defaultvalue_lookup defaultvalue_table values table_values new_values variable_name '
        'faults_field_name actions_field_name table_info client_restrictions org_restrictions '
        'database_lookup_id database_lookup_name database_lookup_auto database_lookup_triggers '
        'third_party_name sqllookup copytochildonupdate copytoparentonupdate showintable importalias '
        'hyperlink seq visibility groupname _testsql _warning showhintondetails partslookupusedin '
        'showondetailsscreen selection_field_id selection_field_name variable_format_1 variable_format_2 '
        'customextratableid copytorelated deleteafterclosure deleteafterclosuredays defaultdate '
        'validation_data calculation rounding regex onlyshowforagents excludefromallfields mandatory '
        'visibility_conditions access_control access_control_level inherit_ac_from_tickettype is_horizontal '
        'sqlcfvariables showoncrmnote database_lookup_input table_data_entry_type isencrypted table_height '
        'sql_connection_type sql_user sql_new_password sql_server sql_database sql_certificate_id '
        'sql_certificate_name lookup_request max_selection hint_type defaultdays new_storage_method where_sql '
        'load_type hide_from_filters lookup_method integration_method_id integration_method_name '
        'integration_method_value integration_method_value_name display_property value_property showinpool '
        'allow_pool_override simplify_rich'
    ),
    'FlowHeader': (
        'guid intent id name note notinuse flow_chart_json steps always_allow_actions active stages in_use '
        'access_control access_control_level targets workflow_history _warning'
    ),
    'FormattedEmail': (
        'id fmid fmdata customer priority dateopened site email_to username timeopened subject details '
        'tickettype agent team category1 category2 category3 category4 opportunity_contact_name '
        'opportunity_company_name opportunity_email opportunity_phone opportunity_value email_cc '
        'opportunity_country template_name _warning'
    ),
    'FortnoxDetails': (
        'id name new_access_token new_refresh_token token_expiry isauthorized new_method client_id '
        'new_client_secret client_top_level client_top_level_name show_message sync_entities item_group '
        'sync_entities_list code _exchangecode _importtype item_group_name _warning'
    ),
    'Generic': (
        'guid intent id name memo islan connector showasitem showasequip showwarningifonrequest '
        'moveassetonrequest defaultsite kaseyaid items_in_group_no_consign sequence assettypes thirdpartyid '
        '_isimport isfixedasset nominalcode nominalcode_name nominalcodepurchase nominalcode_name_purchase '
        '_warning tcsnote accounts_mappings tax_id tax_name tax_id_purchase tax_name_purchase itemcode_id '
        'itemcode_name new_external_link _match_thirdparty_id _match_integration_id _match_integration_name '
        'import_details_id multipleaccountstenants invoice_class qbo_item_type access_control '
        'access_control_level item_recurring_default item_donttrackstock_default '
        'item_doesnotneedconsigning_default item_contract_default item_assettype_default '
        'item_billing_period_default avalara_item_code item_assettype_name_default xero_category_1_lookup '
        'xero_category_2_lookup xero_category_1_lookup_name xero_category_2_lookup_name'
    ),
    'GoogleBusinessDetails': (
        'id connectionname new_integration_method new_access_token new_refresh_token _code _exchangecode '
        'authorized enabled account location account_name location_name _disconnect _warning'
    ),
    'HaloNews': (
        'id name title details css use button_label button_url height theme_name theme_base theme_css '
        'theme_colour_type theme_colour one_version one_patch min_version min_version_seq max_version '
        'max_version_seq one_dbid one_product db_location version_group start_date end_date agent_type '
        'customer_type enabled_module read _warning'
    ),
    'Holidays': (
        'id holid workday_id workday_guid date end_date allday name duration holiday_type agent_id agent_name '
        'entity _force date_only end_date_only isrecurring schedule schedulehandledtype createnextappt '
        'approval_start approvalnote approval_status _return_appointment appointmentobj thirdpartyid '
        'date_datetime _warning'
    ),
    'ImportCsv': 'id name type mappings create_new_lines one_time_charges _warning',
    'IncomingEmail': (
        'old_id id mbid agentid addactiontofaultid datecreated dateprocessed memo processed delete issalesmb '
        'from html to user subject mailid data source status removed_from_mailbox retry_remaining '
        'last_attempt_date _checkmailid _downloadmail mailbox mailbox_type_int outbound _warning'
    ),
    'IncomingEvent': (
        'id rule_id timestamp status duration requestheaders requestbody responsestatus responsebody url '
        'error _warning deletion_date output_variables _retry _apply_this_rule _is_link rule_name entity_id '
        'thirdparty_id status_name responsetype response_desc'
    ),
    'IngramMicroDetails': (
        'id name new_method import_entities toplevel update_addresses marketplace username guid new_password '
        'new_subscription_key new_access_token client_mappings top_level_name halointegrator '
        'halointegrator_lastsync halointegrator_lasterror import_entities_list _warning'
    ),
    'IngramMicroResellerDetails': (
        'id name new_method client_id customer_number country_code correlation_id company_id '
        'receive_order_status_updated receive_quote_to_order auto_create_purchase_order sync_entities '
        'sync_entities_list api_app_type reseller_site delivery_address_auto_po order_status_canceled '
        'order_status_backordered order_status_processing order_status_hold order_status_delivered '
        'new_client_secret new_access_token new_webhook_signature company_name ordered_status_canceled_name '
        'order_status_backordered_name order_status_processing_name order_status_hold_name '
        'order_status_delivered_name guid default_assetgroup_id default_assetgroup_name _warning'
    ),
    'Instance': (
        'id hostname envname version commits_ahead commits_behind syncid offline insync versionmatch canmerge '
        'iscurrent nomergereason isself isprod _restore_from_prod _restore_from_prod_result'
    ),
    'IntegrationConfiguration': (
        'id application_url client_id new_client_secret new_access_token new_refresh_token token_expiry '
        'redirect_uri _isauthorized tenant resource new_method alternate_client_id '
        'new_alternate_client_secret client_credentials password_credentials webhook_username '
        'new_webhook_password webhook_iterations new_webhook_method last_update token_url _warning'
    ),
    'IntegrationError': 'id module_id detail_id entity_type entity_id entity_name endpoint error date _warning',
    'IntegrationExport': (
        'id export_id module_id halo_id halo_name third_party_id third_party_name export_url export_date '
        'export_progress ready_for_import progress_error details_id exportdata _warning'
    ),
    'IntegrationFieldData': 'id msid name fieldid type details_id _warning',
    'IntegrationLookUp': 'id module_id type third_party_id value _success _warning',
    'IntegrationRequest': (
        'id isoutgoing operation type msid request_body datelogged resultcode response_body url details_id '
        'request_headers response_headers trace _retrywebhook preserve hastrace format_as_xml _warning'
    ),
    'InvoiceChange': (
        'id invoice_id field_id field_name old_value new_value who datetime invoice_line_id '
        'invoice_detail_quantity_id invoice_detail_prorata_id type_id _warning'
    ),
    'InvoiceHeader': (
        'disabled customfields id use client_id client_name sitenumber site_name accountsid uid invoicenumber '
        'thirdpartyinvoicenumber posted name address1 address2 address3 address4 address5 deladdress1 '
        'deladdress2 deladdress3 deladdress4 deladdress5 tel_number contactname global_tax_code invoice_date '
        'schedule_date dateposted last_synced last_modified notes_1 notes_2 notes_3 taken_by order_number '
        'cust_order_number payment_ref global_nom_code global_details invoice_type_code salesorder_id '
        'datetype percentold percent contract_id contract_ref datesent currency currency_code '
        'currency_code_name currency_conversion_rate paymentterms hideinvoice ticket_id invoicetype datepaid '
        'paymentstatus xeroid amountpaid amountdue amount_remaining emailstatus address shipaddress '
        'originaddress lines add_lines _print_preview _print_generate printhtml pdf_attachment_id '
        'pdf_attachment_date_created pdftemplate_id pdftemplate_name composite_tax_total total reference '
        'duedate _is_invoice_run _billing_cut_off is_recurring_invoice schedule_id lastcreated '
        'nextcreationdate period schedule create_recurring_invoice take_auto_payment recurring_invoice_id '
        'add_contract_assets add_labour add_project add_travel add_mileage add_itemsissued add_prepay '
        'add_salesorder force_creation _create_from_areaitems _create_from_contract _validateonly qboid '
        'billingcategory _sendmassinvoice xero_tenant_id xero_branding_theme_id xero_branding_theme_name '
        'xero_branding_theme due_date_int due_date_type createdbyagentname internal_note mailboxid '
        'period_type kashflow_tenant_id kashflowid kashflow_pdf original_client_id original_client_name '
        'xero_status merge_data snelstart_id time startdate enddate daysplus periodname _isimport duedatename '
        'date_created invoice_prorata_periods_ahead nextcreationperiod qbo_company_id intacct_recordno '
        'period_start_date period_end_date payments markaspaid markaspaidmoduleid dbc_id dbc_company_id '
        'reviewrequired _warning _xmlwarning creditlinkedtoinvoiceid creditlinkedtoinvoiceid_thirdpartynumber '
        'creditlinkedtoinvoiceid_typeid purchaseorder_id sage_business_cloud_details_id '
        'sage_business_cloud_id exact_id exact_division xero_line_tax invoice_auto_increase_period '
        'invoice_percent_increase schedule_ignore_delete assigned_agent assigned_agent_name approval_status '
        'approvalagent approvalemailaddress approvalnote approvalagentid approvaldatetime ticket_summary '
        'ticket_note approval_start requires_approval xero_online_invoice_payment_url '
        'generic_online_invoice_payment_url intacct_save_location intacctseparatetaxline intacct_class '
        'intacct_class_name take_payment_on_duedate contains_calculated_quantity intacct_tax_solution '
        'intacct_tax_solution_name intacct_project intacct_project_name _create_credit_note credit_total '
        'supplier_id supplier_name _dont_fire_automations _is_process _is_task_schedule payments_pending '
        'include_in_autopay _forcethirdpartysync client_to_invoice_to_id creation_source typeid '
        'twilio_invoice invoice_separately minimum_price_active minimum_line_description minimum_amount '
        'avalara_details_id qbo_term_name qbo_term_id qbo_term exact_payment_conditon_name '
        'exact_payment_conditon_id exact_payment_conditon avalara_details_name voided '
        'credit_outstanding_for_customer credit_outstanding credit_used mark_credit_as_used apply_credit '
        'apply_credit_id apply_credit_amount apply_credit_description apply_credit_long_description '
        'apply_credit_tax_type invoice_display _novalidate sqlimport_id invoice_match_id sync_include_paid '
        'dont_set_original_client_id _docommitsync _ignore_dont_send_invoice ticket_client_to_invoice_to_id '
        'originaddress1 originaddress2 originaddress3 originaddress4 originaddress5 most_recent_invoice_id '
        'most_recent_invoice_type custombuttons extratabs update_invoice_conversion_rate conversion_rate '
        'dont_sync_to_3rd_party is_invoice_screen _dotaxsync tax_total revenue external_links _importtypeid '
        '_importthirdpartyid _importtype new_external_link'
    ),
    'InvoicePayment_List': (
        'id invoice_id date amount method status module_id intent_id intent_date intent_response '
        'webhook_payload webhook_received_date sage50_reference thirdpartyid client_id client_name '
        '_statuswarning _warning qbo_id xero_id _isimport _importtype sqlimport_id invoice_match_id '
        'invoice_invoicenumber'
    ),
    'Item': (
        'asset_type_matching_field_name id use name status assetgroup_id assetgroup_name '
        'third_party_assetgroup_id note supplier_part_code description purchase_description internalreference '
        'externalreference quantity_in_stock quantity_reserved quantity_on_order goodsinunit goodsoutunit '
        'inoutconversion qtyissuedthisyear baseprice created_by supplier_id supplier_name manufacturer_id '
        'manufacturer_name assettype_id assettype_name minstockqty min_purchase_qty secondprice '
        'promptforprice sleeveprice taxcode taxcode_name taxcodeother taxcodeother_name costprice accountsid '
        'margin reorderqty binlocation nominalcode costingmethod servicefee recovery avco qtyonallsalesorders '
        'doesnotneedconsigning shaccountsid applydiscount secondhandprice hours markupperc metertype '
        'meterlife isrecurringitem template_id template_name recurringprice showmobilescanner icon '
        'icon_download_url customfields _isimport _importtype group_third_party_id sagetoken third_party_id '
        'custombuttons item_suppliers xero_salestax xero_purchasetax purchasenominalcode fullyqualifiedname '
        'salestaxincluded purchasetaxincluded taxable assetaccountcode qbo_quantity qboinitial_quantity_date '
        'stocklocations xero_tenant_id xero_tenant_name xerodetails_id income_account_name '
        'expense_account_name asset_account_name income_account expense_account asset_account qbosku '
        'qbocategoryid qbocategoryname qbo_category autotaskserviceid autotaskproductid iscontractitem '
        'dontinvoice kashflowid kashflow_tenant_id kashflow_tenant_name nominalcode_name '
        'purchasenominalcode_name linked_item_id linked_item_name update_recurring_invoice_price '
        'update_recurring_invoice_cost snelstart_id snelstart_department_id snelstart_department_name '
        'snelstart_department linked_asset_defaults maxitemdiscount item_default_billing_period '
        'primaryimageid datecreated lastmodified qbo_company_id import_details_id quickbooks_details '
        'qbo_company_name extra_invoice_description isitemdetails intacct_type item_group_nominalcode '
        'item_group_nominalcode_purchase item_group_itemcode item_group_taxcode item_group_taxcode_purchase '
        'recurringcost dbc_company_id dbc_company_name type external_links new_external_link '
        '_match_thirdparty_id _match_integration_id _match_integration_name _warning '
        'sage_business_cloud_details_id sage_business_cloud_details_name budgettype_id budgettype_name '
        'serialise_only_one exact_division exact_division_name dattocommerce_tenant user_description weight '
        'ignore_from_accounting_sync invoice_class sage50uk_department_id dont_track_stock dont_receive_on_po '
        'xero_inventory_account_code xero_cogs_account_code xero_inventory_account_code_name '
        'xero_cogs_account_code_name intacct_product_line_id _updateitemtype related_item_count myob_tenant '
        'myob_tenant_name myob_asset_account_code items_per_buying_price items_per_selling_price '
        'avalara_item_code purchase_currency_code purchase_currency_code_name purchase_currency '
        'autorenew_quote_line_default price_calculated_from_components cost_calculated_from_components '
        'auto_reorder_type relatedcategories relatedcategories_list item_listed_only_on_bundle_setup'
    ),
    'ItemGroup': (
        'id name lines oldLines hideitems add_all_group_items_quote quantity_group_items_quote '
        'hide_items_group_items_quote _warning access_control access_control_level hide_grouped_items_price '
        'category name_extra one_optional_mandatory one_optional_mandatory_list default_billingperiod '
        'nominal_code force_quantity_relationship force_price_relationship force_term_relationship '
        'price_calculation_formula _updaterecurringbundleprices'
    ),
    'ItemStock': (
        'id item_id item_name item_assettype_id stocklocation_id stocklocation_name date quantity_in '
        'quantity_issued quantity_remaining cost supplier_id supplier_name purchaseorder_id '
        'purchaseorder_line_id purchaseorder_ref salesorder_id ticket_id serialised_asset_count '
        'serialised_assets_in_stock serialised_assets is_stock_take delivering_to_user _warning line_site_id '
        'stockbin_id note real_quantity_in _isimport stockbin_name serialise_only_one'
    ),
    'ItemSupplier': (
        'id guid item_id supplier_id supplier_name price cost client_id client_name note supplier_sku filters '
        '_is_new _warning'
    ),
    'JamfDetails': (
        'id url username new_password new_integration_method instancetype devicetypes device_types '
        'defaultsite defaultsite_name site_links fieldmappings sitematchtype computerassettype '
        'computerassettype_name mobileassettype mobileassettype_name assetimportidentifier '
        'assetmatchingfield_name halointegrator halointegratorerror halointegratorlastsync '
        'dontupdateassettype _warning dont_create_new_devices'
    ),
    'JiraDetails': (
        'guid intent id name instance_url username newmethod new_password sync_components issue_body '
        'defaulttickettype defaulttickettype_guid defaulttickettype_name defaultuser defaultuser_name '
        'visibletoendusers primary_update_status relation_type type issuetype defaultsendattachments '
        'default_reporter status_mappings tickettype_mappings jirafield_mappings comment_contains '
        'remove_comment_tag priority_mappings _warning'
    ),
    'Journey': (
        'id unum faultid actionnumber description startdate enddate startodometer endodometer vehicle '
        'startgps endgps datereimbursed dateinvoicedmileage dateinvoicedtraveltime ihidmileage ihidtraveltime '
        'invoiceable type _warning'
    ),
    'KBEntry': (
        'id name description view_count useful_count notuseful_count date_created date_edited tag_string '
        'inactive type next_review_date customfields limit_start_date limit_end_date editor_type kb_tags '
        'confluence_url search_score resolution_list link geo_restrictions resolution creator_id creator_name '
        'editor_id editor_name xrefkbentry xreftype xrefdoc ticket_id description_html description_markdown '
        'resolution_html resolution_markdown internalmemoagent internalmemoagenthtml internalmemomarkdown '
        'tags faqlists fields teams your_vote showforall attachments _isimport importfaqs last_review_date '
        'reviewed_by reviewer_name _reviewed new_version_from_id other_versions servicenow_id '
        'import_attachments related_articles your_comment freshdesk_id freshdesk_folder_name '
        'freshdesk_category_name translations _print_generate printhtml pdf_attachment_id pdftemplate_id '
        'pdftemplate_name kbentryclientaccess kbentrytoplevelaccess _warning devices faq_write '
        'new_external_link _match_thirdparty_id _match_integration_id _match_integration_name '
        'import_details_id external_links wordpress_tags wordpress_categories importtags owners '
        'search_index_sync_timestamp search_index_sync_batches kbpermalinks negativeFeedbackTicket '
        'generatetoken latestversion use key table ticket_template_id _importtypeid _importthirdpartyid '
        '_importtype'
    ),
    'KandjiDetails': (
        'id name url apiurl new_integration_key new_integration_method default_devicesite '
        'default_devicesite_name default_devicetype default_devicetypename assetimportidentifier '
        'assetimportidentifier_fieldname fieldmappings sitemappings enableintegrator lastsyncdate '
        'lastsyncerror delete_devices dont_create_new_devices dont_update_device_type dont_move_site _warning '
        'mappings_xtype default_assetgroup default_assetgroupname assettype_choice assettype_field'
    ),
    'KashflowDetails': (
        'id name username new_password enabled client_top_level client_item_tax client_service_tax '
        'client_contract_tax client_top_level_name item_group item_group_name isdefault enablesync '
        'default_item_code show_message _importtype client_item_tax_name client_service_tax_name '
        'client_contract_tax_name supplier_top_level supplier_top_level_name _warning'
    ),
    'LDAPConnection': (
        'guid intent id name connection_type hostname domainname authentication_type username '
        'integrator_password basedn synccontacts external phppassword pagesize port use_ssl mappings_user '
        'mappings_agent ldap_strings useadauthentication _is_test _connection_success _connection_message '
        '_get_mappings _containers _containerfilter _get_users _userfilter _new_only cab_ldap_strings '
        'halointegratorenabled halointegrator_lastsync halointegrator_lasterror halointegrator_importtype '
        'halointegrator_batch halointegrator_ipaddress halointegrator_allowedclientidslist '
        'halointegrator_allowedclientids user_matching_fields agent_matching_fields user_matching_list '
        'agent_matching_list new_password new_method allow_access syncedstrings _warning uactguidmappingfield '
        'new_user_template new_user_type mappings_new_user new_user_template_name'
    ),
    'LanguagePack': (
        'id name short_name active flag is_custom synctonhd linked_id linked_code azure_code is_right_to_left '
        'notes translations translation_details translations_are_custom dont_remove_translations '
        'access_control access_control_level _warning'
    ),
    'LanguagePackTranslationsCustom': (
        'id language_id entity fieldname entity_id entity_id2 translation _dotranslate _translateonly '
        '_isimport default_translation _warning'
    ),
    'LicenceInfo': (
        'id site_id client_id client_name version apiurl organisationname is_trial support_type trialexpiry '
        'registrationdate'
    ),
    'Licence_List': (
        'id type name count client_id site_id client_name site_name purchase_price start_date snowid '
        'manufacturer notes licences_in_use licences_in_use_user licences_available supplier_id supplier_name '
        'licence_client_name vendor licence_roles end_date tenant_id tenant_name name_extra deleted '
        'assigned_at_deletion billing_cycle term_duration status autorenew _isimport _importtype '
        '_importchildren third_party_product price monthly_price monthly_cost _removed distributor is_active '
        'azure_connection_id azure_connection requested_quantity requested_quantity_date _warning '
        'ingram_micro_details_id _details_id snow_client_id thirdparty_client_id product_sku '
        'vendor_product_sku parent_id configuration_items add_configuration_items licence_match '
        'device_child_id device_count new_software'
    ),
    'LiveChatMsg': (
        'id chat_id sender_id text value_int timestamp system_id ticket_id user_id agent_id unknown_id '
        'display_name lastmessageid _isremoteinvite _remoteintegration remotetechid user_chat_url input_id '
        'next_input_id next_input_fieldinfo kb_search_results services_search_results chat_image_type '
        'attachment_ids attachment_id _warning value_bool value_date value_multi is_message_safe'
    ),
    'Lookup': (
        'intent lookupid id name value2 value2_bool value3 value3_bool value4 value4_bool value5 value5_bool '
        'value6 value6_bool value7 value7_bool value8 value8_bool value9 value9_bool rates contract_ref '
        'overriding_rate_id _isnewcode _isimport _importtype kashflow_tenant email_template_name sla_name '
        'access_control access_control_level custom1 custom1_bool custom2 tax_rate_name xero_tenant_name '
        'surcharge_item_name dynamics_company_name valueint1 linked_item sequence sub_lookup translations '
        '_warning inactive column_profile_name jira_instance_name'
    ),
    'MYOBDetails': (
        'id isdesktop url company_url company_id company_name code new_client_secret _exchangecode authorized '
        'newmethod client_id defaulttaxcodeid defaulttaxcodename clienttoplevel defaultitemgroup '
        'defaultsalesaccountid defaultsalesaccountname defaultexpenseaccountid defaultexpenseaccountname '
        'enablesync syncentities showmessage defaultinvoiceitem defaultorderitem suppliertoplevel '
        'suppliernamefield username new_password client_top_level_name item_group_name '
        'supplier_top_level_name sync_entities_list new_access_token new_refresh_token _disconnect '
        '_importtype client_mappings supplier_mappings _warning'
    ),
    'MailCampaign': (
        'id created_datetime status status_desc sent_datetime emails_sent halo_created name distribution_list '
        'mailbox_from mailbox_replyto type type_name distribution_list_name external_links new_external_link '
        '_match_thirdparty_id _match_integration_id _match_integration_name mailchimp_campaign '
        'recipients_count create_in mailchimp_list mailchimp_sent_to emails marketing_unsubscribes '
        'unsubscribe_rate total_unsubscribes total_opens unique_open_rate total_clicks click_rate top_clicks '
        'all_clicks all_opens _isimport _importtype _warning _start_code _start_campaign '
        '_start_campaign_confirmed _cancel_campaign _end_campaign'
    ),
    'MailCampaignEmail': (
        'id mailcampaign_id sequence subject body_html body date_sent status send_type send_at_datetime '
        'send_at_timeafter_days send_at_timeafter_hours send_at_timeafter_mins status_desc design'
    ),
    'Mailbox': (
        'id name server username smtpaddress enabled type azureemail display_address google_email '
        'inbound_method halointegrator_lastsync halointegrator_outlook_lastsync halointegrator_outlook '
        'halointegrator_outlook_lasterror password usetls restriction_type restrictto_org_id '
        'restrictto_org_name restrictto_department_id restrictto_department_name restrictto_team_id '
        'restrictto_team_name exchangemailboxdisplayname exchangemailboxfqdn harddeletereadmessages '
        'tickettype_id popport smtpserver smtpusername smtppassword smtpport smtpusetls '
        'usesmtpforazuremailbox messagegroup_id smtpdisplayname syncaddressbook dontsendack defaultuser '
        'defaultuserid changeseq accesstoken accesstokenexpirydate refreshtoken refreshtokenexpirydate '
        'tokendestructiondate deleteditemsfolder tlstype ewsusername azureappid azuretenant new_client_secret '
        'new_azure_access_token new_azure_refresh_token oauth_code azureredirecturi _exchangecodefortoken '
        '_testonly signature_overrides _isglobalsmtp new_google_access_token new_google_refresh_token '
        'google_token_expiry google_redirect _getgoogletoken google_code azure_authorized google_authorized '
        '_warning shared_mailbox_emailaddress google_type graph_host azuredatecutoff azureleavemailininbox '
        'imapdatecutoff imapleavemailininbox azure_subscription_id azure_subscription_expiry azure_subscribed '
        'new_azure_subscription_secret _webhookaction ignore_cc_emails accept_auto_replies '
        'allow_email_hashtags site_prefix_matching site_wildcard_matching site_domain_matching '
        'site_tocc_matching unmatched_users newuser_default_site newuser_default_site_name '
        'newuser_send_welcome_email newuser_send_ack halointegrator_lasterror azure_authority defaultusersite '
        'safe_attachment_policy safe_attachment_placeholder creationdate dontimportbeforecreation '
        'azure_authentication_type _confirmmanagedidentitysetup _confirmclientcredentialssetup '
        'stopnewticketsviaemail _confirmropcssetup showinfromaddress mappings_user'
    ),
    'ManageEngineDetails': (
        'id name type instancetype region manageengine_clientid new_access_token new_refresh_token '
        'tokenexpiry isauthorized new_client_secret username server_url unique_user_id _code _otp '
        'set_local_auth_token new_integration_key client_links default_devicesite default_devicesite_name '
        'default_devicetype default_devicetypename assetimportidentifier assetimportidentifier_fieldname '
        'manageengine_fieldmappings sitemappings enableintegrator lastsyncdate lastsyncerror '
        'halo_integrator_import_list halo_integrator_import_types delete_devices dont_create_new_devices '
        'dont_update_device_type import_software dont_move_site _warning guid mappings_xtype '
        'default_assetgroup default_assetgroupname assettype_choice assettype_field _disconnect'
    ),
    'MarketingOpen': (
        'id mailcampaign_id user_id email_address url email_id type date user_name mailcampaign_name '
        'email_name token'
    ),
    'MarketingUnsubscribe': (
        'id mailcampaign_id user_id email_address email_unsubscribed date_unsubscribed user_name '
        'mailcampaign_name email_unsubscribed_name token validate_token unsub_all'
    ),
    'MattermostDetails': (
        'id name url new_integration_method new_access_token _code _exchangecode authorized channels '
        'enableintegrator integratorhours _warning'
    ),
    'MessageContent': (
        'id guid intent name description body_text body_sms body_html design announcement_end_date _isclone '
        '_warning sectionid header_text access_control access_control_level is_single_obj messagegroup_id'
    ),
    'MicrosoftSubscriptionMapping': (
        'id halo_id halo_name microsoft_id microsoft_name site_path site_name azure_connection_id '
        '_subscriptionaction subscription_id subscription_expiry subscribed new_subscription_key '
        'azure_connection _dosave mappings_folder sharepoint_list sharepoint_site change_token type fullname'
    ),
    'MicrosoftTeamsMapping': (
        'id team_id team_name _subscriptionaction subscription_id subscription_expiry subscribed '
        'new_subscription_key _dosave'
    ),
    'ModuleSetup': (
        'id intent module_name enabled core licensed accesslevel halointegratorenabled '
        'halointegrator_lastsync halointegrator_lasterror actual_name _warning'
    ),
    'NCentralDetails': (
        'id name url username toplevel dontsyncaddr defassettypegroup defassettypegroup_name newmethod '
        'alerttickettype tickettype_name alertticketuser user_name alertusername alertclientid syncentities '
        'enableintegrator lastsyncdate lastsyncerror reqcredsremote deactivateclients deactivateassets '
        'asset_type_choice default_assettype assettype_field mappings_xtype default_assettype_name '
        'client_links site_links asset_fieldmappings new_password new_alert_password new_client_secret '
        'automaticclientsitelink _warning login_port match_user_device ignore_probes'
    ),
    'NHD_DeviceInfo': (
        'id user_id device_name manufacturer model os app_name app_version apns_device_token '
        'firebase_device_token _warning'
    ),
    'NHD_Identity_Application': (
        'grant_type loginas_agent_id loginas_agent_name inactive system_use redirecturi logoutredirecturi '
        'cors_whitelist redirecturi_list postlogoutredirecturi_list cors_whitelist_list scopes allowagents '
        'allowusers organisation_id organisation_name loginas_client_id loginas_client_name '
        'loginas_supplier_id loginas_supplier_name loginentity language_id language_name disable_windowsauth '
        'disable_azure disable_adfs disable_okta disable_centrify disable_google button_config '
        'assertion_consumer_service_index disable_anon _warning _issystem authorizations clientId '
        'clientSecret concurrencyToken consentType displayName id permissions postLogoutRedirectUris '
        'properties redirectUris tokens type'
    ),
    'NHD_Roles': (
        'intent chargerates id_int notes teams departments clients tickettypes assetfields unamecustomfields '
        'unameappointmenttypes notifications claims custombuttons _warning assettypes Oo_name '
        'uname_usercustomfields access_control access_control_level ac_tickettypes ac_approvals ac_rules '
        'ac_cannedtext ac_customfields ac_customtables ac_dashboards ac_workflows ac_roles ac_slas '
        'ac_templates ac_outcomes ac_workdays ac_emailtemplates ac_messagegroups ac_reportgroups '
        'ac_fieldgroups ac_languagepacks ac_itemgroups ac_suppliers ac_suppliercontracts is_integration '
        'ac_assettypes ac_assetgroups ac_servicecategories ac_services ac_chatprofiles ac_faqlists ac_devices '
        'sites ac_databaselookups id name normalizedName concurrencyStamp'
    ),
    'NHServerConfig': (
        'id name acceptattachments acceptautoreplycheckbox actionemails actionsendlimit approvalscan '
        'assetattachmentmaintenance autocreatedevice autodevicesite autodevicetype autolinkdevices '
        'automatchlocation2 autoondiagram autorequests calendarsync clearlogboxes confforemails datefilter '
        'deleteerrors emailcreatenewuser emaillogfolder emailnoack emailrequesttype emailsiteint '
        'emailtechieint emailusefullname emailuserdefault emailuserint emailusesitedomain errorreportemail '
        'errorreportemailaddress errorreportrequest ewslastapptsync forcehtml highlevellogging ignorecc '
        'ignoreduplicateemails ignoreifsitenotmatched intervalseconds maintenancerequests mainttime '
        'nhdsuppliersync nooverduescan pop3interface popuptimeoutseconds prepayautotopup processxmlfiles '
        'recurringcalendarsync refreshautoinv requestscan saverawemail sendsmtp sendtray sendwelcomeemail '
        'servicestatus statussendlimit storeemailsindb timeoutseconds emailsitename emailusername '
        'autodevicesitename autodevicetypename reporttimeout deletecustomdata bulkemail _warning'
    ),
    'NPR_Result': (
        'windows_user email_address activedirectory_dn onpremise_activedirectory_dn enrolled questions '
        'hide_answers validated'
    ),
    'NotificationContent': 'id guid intent name message body_text _warning',
    'OnlineStatus': (
        'techID lastOnlineDate isOnline lastOnline agent_status status_overidden fetch_all is_logout command '
        'last_active is_idle'
    ),
    'OrderHead': (
        'customfields id use title ticket_id user_id user_name site_id site_name client_id client_name '
        'client_to_invoice_to_id assigned_agent assigned_agent_name open_status date ship_date total cost '
        'profit note po_number createdby_agent_id deliverby summary datereceived numberbottles ship_status '
        'soldby accountsref status leadsource canvasser invoice_date invoicenumber includegroupeditemprice '
        'includegroupeditemqty currency currency_code currency_code_name currency_conversion_rate '
        'quotation_id consignment_id do_not_invoice closeandconsignwhenpoprocessed lines add_lines '
        '_cancel_reserve _validateonly _print_preview _print_generate printhtml pdf_attachment_id '
        'pdftemplate_id pdftemplate_name purchaseorder_count invoice_count percentage_invoiced '
        'outstanding_total _create_po _create_invoice _create_invoice_method _create_invoice_percentage '
        '_create_invoice_amount _create_invoice_qty _create_invoice_lines _create_invoice_line_description '
        '_create_invoice_invoice_date _return_invoice createdbyagentname last_update_time _warning '
        '_distributorMessage project_faultid order_project_template_id order_project_template_name _iscopy '
        'includegrouppriceandqty costperweight showpercentageinvoiced linked_to_opportunity linked_to_ticket '
        'linked_to_project intacct_class intacct_class_name intacct_save_location override_delivery_address '
        'deladdress1 deladdress2 deladdress3 deladdress4 deladdress5 delivery_address _isimport '
        '_match_thirdparty_id _match_integration_id _match_integration_name dattocommerce_clientid '
        'dattocommerce_contactname dattocommerce_contactemail deliveryamount deliverytax is_so_screen '
        '_novalidate avalara_details_id avalara_details_name originaddress originaddress1 originaddress2 '
        'originaddress3 originaddress4 originaddress5 custombuttons extratabs _dotaxsync tax_total revenue '
        'external_links _importtypeid _importthirdpartyid _importtype new_external_link'
    ),
    'Organisation': (
        'guid intent id name reply_address messagegroup_id address phone fax email website logo portal_logo '
        'portalbackgroundimageurl deliverysite portalurl portalcolour portalfolderlocation departments '
        'linked_client_id allowall_tickettypes allowed_tickettypes faqlists customfields _warning '
        'isorganisationdetails bank_details_line_1 bank_details_line_2 bank_details_line_3 '
        'bank_details_line_4 bank_details_line_5 tax_number new_icon portal_title user_faqlists '
        'all_user_faqlists_allowed portal_chat_profile_override portal_chat_profile_override_name'
    ),
    'OutboundIntegration': (
        'id guid intent name module_id authorizationtype granttype authorizationurl client_id '
        'new_client_secret username new_password tokenurl scope state headername headerprefix algorithm '
        'bearername bearerlocation resourcebaseurl certificate_id certificate_name response_token_name '
        'token_expiry_mins library_licence_name icon_base64 icon major_version_number minor_version_number '
        'patch_version_number version_number note install_popup authorized methods _code _verifier '
        '_callback_uri _disconnect _warning'
    ),
    'OutboundIntegrationMethod': (
        'id guid intent integration_id integration_guid integration_name integration_baseurl name full_name '
        'resource path method authorizationtype requesttype responsetype requestbody '
        'log_retention_policy_days uri_params headers body_mappings output_variables _test _test_variables '
        '_test_runbook_variables _test_output_variables _test_result _warning _isbatch _is_system_method '
        '_is_cf_method'
    ),
    'Outgoingemail': (
        'id datesent memo html delete from to cc subject likely_cause changeseq type idone idtwo actiondate '
        'error _warning'
    ),
    'PRTGDetails': (
        'id url username new_password new_method defsite site_name defassettype assettype_name '
        'assetmatchingfield_name assetmatchingfield _warning halointegratorenabled halointegratorlasterror '
        'halointegratorlastsync asset_fieldmappings enable_webhooks new_webhook_secret webhook_ticket_type_id '
        'webhook_ticket_user_id webhook_ticket_user_name webhook_ticket_summary webhook_ticket_details '
        'webhook_autoclosure_status'
    ),
    'PartsLookup': (
        'lookup_value_obj id name use active field_id field_name table_id table_name sql_user '
        'sql_new_password sql_server sql_database sql_script key_field lookup_field itemdesc1_field '
        'itemdesc2_field itemdesc3_field itemvalue_field matchedhint notmatchedhint lookuponrefresh '
        'messagestring_user messagestring_agent showmessagetouseroragent messagerequiresconfirmationuser '
        'messagerequiresconfirmationagent fields field_mappings agent_mappings run lookup_value customfields '
        'lookup _warning client_id site_id user_id ticket_id lookupconnectiontype lookup_type '
        'lookup_type_name contract_id certificate_id certificate_name allowmultipleresults lookup_field_id '
        'lookup_field_name outcome_mapped_field outcome_mapped_field_name invert_outcome_mapped_result '
        'trigger_type rules integration_method_id integration_method_name integration_method_value '
        'integration_method_value_name access_control access_control_level'
    ),
    'PartsLookupConfirmation': 'id database_lookup_id ticket_id form_id value lookup_values',
    'PdfTemplate': (
        'id name type description orientation margin default_mainhtml default_subhtml default_subhtml2 '
        'default_subhtml3 includeheader headerl headerc headerr headerishtml headerheight headerhtml '
        'includefooter footerl footerc footerr footerishtml footerheight footerhtml colour colour_type '
        'backgroundimageurl width config_source_type config_url reportingperiod system_use detailcolumns '
        'pages is_preview is_generate printhtml pdf_attachment_id pdf_attachment_link quotation salesorder '
        'purchaseorder invoice contract report consignment reports composite_report_apid '
        'canbeaccessedbyallusers permissions_user schedule clientid licencename library_id '
        'image_attachment_id pagewidthinches pageheightinches icon_base64 icon kbentry showinlineimage '
        'pdf_media_type asset prefix_pdf_attachment_id prefixpdfappend iscustomised show_bundled_lines '
        '_warning _xmlwarning override_attachment_name portal_display_type bulkprint_asset_id_list '
        'invoicexmltemplate pdftinvoicexmltemplate_name'
    ),
    'Policy': (
        'id slaid sla_guid priorityid name fixtime fixunits enterslaexcuse responsetime responseunits '
        'ishidden fixendofday responseendofday colour catprompt workdaysoverride responsestartofday '
        'responsestartofdaytime startofday startofdaytime workdays setfixtostartdate setfixtotargetdate '
        'translations enterslaresponseexcuse _warning'
    ),
    'PowerShellScript': (
        'id name type location resultstring resultpartialmatch resultstatus resultfailedstatus customtableid '
        'customtable_name fieldmappings_powershell method halointegrator_lastsync halointegrator_lasterror '
        'halointegrator_allowedclientidslist halointegrator_allowedclientids _warning usepowershellseven'
    ),
    'PowerShellScriptCriteria': 'pssid id fiid finame parametername fiusage filabel _warning',
    'PowerShellScriptProcessing': (
        'id pssid faultid processed failactionadded execution_parameters success result_message run_date '
        'script_name _requeue requeued rule_id _warning'
    ),
    'PrepayHistory': (
        'id client_id client_name date hours description invoicedate invoice_id amount expirydate '
        'expirychecked _warning invoice_number client_to_invoice_to_id'
    ),
    'PublishProfiles': (
        'id profile_username active auth_method basic_auth_password basic_auth_salt basic_auth_iterations '
        '_profile_access_token'
    ),
    'Qualification': 'guid intent id name weight mustmatch criteria agents agent_matched _domatch _warning',
    'QuickBooksDetails': (
        'id name country company_id company_name new_access_token new_refresh_token token_expiry authorized '
        'redirect_uri authorization_code _exchangecode _disconnect _importtype new_method automatic_sales_tax '
        'online_payments api_url client_id new_client_secret default_tax_code_id default_tax_code_name '
        'default_tax_code zero_tax_rate_id zero_tax_rate_name zero_tax_rate client_top_level '
        'client_top_level_name client_name_field inventory_item_group inventory_item_group_name '
        'non_inventory_item_group non_inventory_item_group_name service_item_group service_item_group_name '
        'enable_sync sync_entities sync_entities_list show_message deactivate_customers default_invoice_item '
        'default_order_item default_invoice_item_name default_order_item_name invoice_email_status '
        'supplier_top_level supplier_top_level_name supplier_name_field invoice_custom_po '
        'invoice_custom_po_id invoice_custom_po_name default_order_account_id default_order_account_name '
        'default_order_account order_email_status multi_currency default_sales_account_id '
        'default_sales_account_name default_sales_account default_expense_account_id '
        'default_expense_account_name default_expense_account default_asset_account_id '
        'default_asset_account_name default_asset_account receive_client_created receive_client_updated '
        'receive_payment_created receive_payment_updated sync_halo_invoice_id sync_invoice_class '
        'sync_invoice_bill_address sync_invoice_ship_address use_qbo_invoice_terms round_payments_to_2dp '
        '_warning default_deferred_code_id default_deferred_code_name dont_post_item_quantities '
        'dont_sync_cost_tracking_lines remove_unapplied_payments default_deferred_account qbo_sitemappings '
        'mark_as_void minor_version'
    ),
    'QuotationHeader': (
        'customfields id use table title ticket_id status po_ref date expiry_date revenue tax_total total '
        'carriage_desc carriage_price tax_total_estimate auth_by note user user_id user_name site_id '
        'site_name client_id client_name scope risk qr2filename agent_id assigned_agent assigned_agent_name '
        'includegroupeditemprice includegroupeditemqty daystodeliver currency currency_code '
        'currency_code_name currency_conversion_rate includequotationlinenotes includegrouppriceandqty '
        'approvalname approvalemailaddress approvaldatetime approvalnote approvalstate lines _validateonly '
        '_print_preview _print_generate printhtml pdf_attachment_id ponumber pdftemplate_id pdftemplate_name '
        'portal_display_type _create_so salesorder_id salesorder signature createdbyagentname quote_viewed '
        'canned_text_id canned_text_name canned_text last_update_time images internal_approval_status '
        'approval_start internal_approvalagent internal_approvalemailaddress internal_approvalnote '
        'internal_approvalagentid internal_approvaldatetime requires_approval ticket_summary ticket_note '
        'new_ticket_status _isimport datto_commerce_id datto_commerce_url third_party_url '
        'dattocommerce_clientid dattocommerce_contactname dattocommerce_contactemail deliveryamount '
        'dattocommerce_tenantid deliverytax dontupdateporef can_approve linked_pdf_list_append '
        'linked_pdf_list_prepend automatic_sales_tax contactuser contactusername _match_thirdparty_id '
        '_match_integration_id _match_integration_name third_party_number intacct_class intacct_class_name '
        'intacct_save_location is_leased term_limit margin _warning billingcontactname '
        'billingcontactemailaddress billingcontactphonenumber so_number use_ticket_approval '
        'approval_process_id new_approvalprocess_agent_id new_approvalprocess_user_id '
        'new_approvalprocess_users new_approvalprocess_email new_approvalprocess_cab_id '
        'new_approvalprocess_cab site_delivery_override address1 address2 address3 address4 address5 '
        'deladdress1 deladdress2 deladdress3 deladdress4 deladdress5 address delivery_address '
        'workflow_history workflow_step workflow_id _isclone _revision_from_id _originalid _customisepdf '
        'is_customised_pdf customisedpdf new_approvalprocess_role_id is_quote_screen _novalidate '
        'avalara_details_id adobe_details_id avalara_details_name _startthirdpartysign _hasadobesignopen '
        'user_approval_unavailable top_level_purchase_currency_code tree_purchase_currency '
        '_updatepurchasecurrency _remove_zero_quantity_lines site originaddress originaddress1 originaddress2 '
        'originaddress3 originaddress4 originaddress5 original_revised_from_id quoteapprovalfields '
        'custombuttons extratabs status_name _dotaxsync external_links _importtypeid _importthirdpartyid '
        '_importtype new_external_link'
    ),
    'Release': (
        'id name name_expanded releasetype_id releasetype_name branch_id branch_name whoreleased_id builddate '
        'releasedate note public_note product_id product_name product_icon sequence major_version_number '
        'minor_version_number patch_version_number releasenote_count release1_emaildate release2_emaildate '
        'release3_emaildate send_release1_email send_release2_email send_release3_email preview_release_email '
        'release_email_subject release_email_html release_email_tickets releasetype instance_count '
        'total_instance_count adoption issues_logged open_issues licences jira_name _warning'
    ),
    'ReleaseComponent': 'id name product_id product_name _warning',
    'ReleaseNoteGroup': 'id name releasenote releasenotes _warning',
    'ReleasePipeline': (
        'id name integration_link linked_product devops_pipeline_id devops_details_id active '
        'devops_project_id pipeline_mappings linked_product_name _warning'
    ),
    'ReleaseProduct': (
        'id name third_party_id release_count logo new_icon release_emails components third_party_name '
        'third_party_url devops_project devops_otherfield_mappings devops_details_id devops_details_name '
        'devops_instance show_devops_mappings github_repo branches jira_details_id jira_details_name '
        'jira_instance jirafield_mappings jira_project devops_id devops_name devops_url default_pipeline '
        'default_pipeline_name _warning'
    ),
    'ReleaseType': (
        'id name releasenoteset template_id template_name spotlight_template_id spotlight_template_name '
        '_warning'
    ),
    'RemoteSessionData': (
        'id thirdpartyid ticket_id actionnumber calllogid customername sitename username emailaddress '
        'sessionstate sessionfinished unum uname queuedate leftqueuedate sessionstartdate sessionenddate '
        'matchedclient matchedsite matcheduser outcome phonenumber notes summary resolved isnewreq userid '
        'livechatid clientid siteid _override_create_action time_taken _warning agent_url '
        'new_webhook_password module_id recording_url'
    ),
    'RequestType': (
        'id guid intent name use sequence default_sla_guid group_id group_name jira_issue_type ticket_count '
        'cancreate agentscanselect itilrequesttype allowattachments copyattachmentstochild '
        'copyattachmentstorelated is_sprint fieldidlist enduserscanselect anonymouscanselect '
        'hasmandatorytechfields hasmandatoryuserfields statusafteruserupdate statusafteruserupdate_guid '
        'statusaftersupplierupdate statusaftersupplierupdate_guid closedrequestswithupdates '
        'pendingrequestswithupdates portalcanreopen closedrequestswithupdatesincpending includeinmobiledbsync '
        'workflow_id workflow_guid always_bcc reopenedstatus reopenedstatus_guid closedrequestsemailid '
        'closedrequestsemailguid pendingrequestsemailid pendingrequestsemailguid closedrequestsemail_name '
        'pendingrequestsemail_name closeduserupdatehours pendinguserupdatehours webannouncement chargerate '
        'initial_status initial_status_guid default_team_to_agents_default default_sla default_category_1 '
        'default_category_2 default_category_3 default_category_4 default_summary default_details '
        'default_details_html default_excludefromsla default_showforusers default_sendack default_sendemail '
        'default_matchedkbid default_kb_name default_kb_accessible_for_enduser allowall_actions allowall_team '
        'allowed_teams allowed_actions allowall_status allowed_status allowall_category1 allowed_category1 '
        'allowall_category2 allowed_category2 allowall_category3 allowed_category3 allowall_category4 '
        'allowed_category4 approval_process_id approval_process_guid approval_process_name from_mailbox_id '
        'hide_respond close_kb_action default_product_id default_product_name default_budgettype_id '
        'default_budgettype_name email_start_tag_override email_end_tag_override acknowledgementtemplate '
        'acknowledgementtemplate_guid acknowledgementtemplate_name acknowledgementtemplateooh '
        'acknowledgementtemplateooh_guid acknowledgementtemplateooh_name dontsendslareminders '
        'dontusependingclosure database_lookup_id database_lookup_name applydefaultsontypechangebool '
        'apply_workflow_on_type_change allowtickettypetobechild fields default_estimate '
        'mustclosechildbeforeclosurebool default_sendremoteinvite logtimeindays logtimeindaysincrement '
        'usetimeslotsforstartandtargettimes childticketcolumnsoverride childticketcolumnsoverride_guid '
        'childticketcolumnsoverride_name showunborntab allowcustomiseunborn inform_account_manager '
        'statusaftertechupdate statusaftertechupdate_guid pdftemplate_id pdftemplate_name '
        'quote_pdftemplate_id quote_pdftemplate_name maximumRestrictedPriority auto_respond_logged_manually '
        'autoCloseHours allowed_clients closedrequestreplylimit pendingrequestreplylimit alluserscanviewit '
        'alluserscanview thisentitycanbevotedfor show_vote_comment '
        'overridewiththefollowingtemplatewhenloggingmanually '
        'overridewiththefollowingtemplatewhenloggingmanually_guid editservstatus appointmentdefaultbody '
        'appointmentdefaultbody_guid appointmentdefaultbody_name setrelatedservicesfromassets '
        'default_sendtosoc default_soctargettype default_soctargetid default_soctargetname soc_default_target '
        'forwardinboundupdates default_appointment_summary default_appointment_details displayonquicktime '
        'statusafterapproverupdate statusafterapproverupdate_guid display_audit_tab overwrite_showforusers '
        'default_services access_control access_control_level showdownvote addactionstolinked '
        'addnoteonlytolinked dontconfirm_updateparent default_impact default_risklevel default_justification '
        'default_impactdescription default_riskleveldescription default_testplan default_backoutplan '
        'default_communicationplan default_changeinformation_html isbillable items_are_billable '
        'defaultresourcetype defaultresourcetype_name defaultlisttype defaulttab defaultsync_to_sentinel '
        'adduserupdatestochildren default_targetdate allowed_resourcebooking_teams '
        'defaultresourcetype_name_agent agentresourcebookingtype userbookfromportal defaultresourcetype_agent '
        'defaultagentresourcebookingduration_id rtdefaultagentresourcebookingduration_name '
        'showotheropenticketsinnewtab showopenusertickets showopensitetickets showopenclienttickets '
        'showopendevicetickets showuserfeed updateservicestatus default_servicestatusnote attendeesenduser '
        'showautomationstab showbillingtab showsuggestionstab showoppcontacttab showactivestatuskanban '
        'ganttgrandchildview _warning submitlabeloverride allowall_appointment_types '
        'include_appointments_scheduled_hours ticketlinktype allowed_appointment_types '
        'allowall_iframe_customtabs allowed_iframe_customtabs default_sync_to_salesforce '
        'salesforce_default_stage show_add_note auto_delete_data auto_delete_days show_child_tasks_type '
        'pin_important_actions showdecendantwarningoptions statusafterresourcebook '
        'parentstatusafterallchildclosed parentstatusafterallchildclosed_name allowlogonbehalfof translations '
        'auto_create_appt hide_anon_contact_info ticket_created_override newrequestmessage '
        'allow_anonymous_logging published_id cors_whitelist_list add_ack_attachments defaultpagerdutyservice '
        'defaultpagerdutyservice_name defaultsidebarcollapsed logonbehalflabeloverride tab_display '
        'sprint_tickettype_id sprint_tickettype_name usemilestones tab_config enableusermentions sladontclose '
        'pendingdontclose minattachments enableforecasting make_cc_followers default_kanban_view '
        'showgeneralsurveyfields default_send_to_pagerduty completion_status_type show_project_task_dates '
        'auto_forward_email_updates default_is_sensitive process_open_tickets todolistportalvisibility '
        'legacy_print_request_details legacy_print_service_form default_appt_type show_child_assets '
        'hide_anon_phonenumber showconfirmemail ticket_status_after_appointment max_open_per_user '
        'max_total_per_user max_open_per_user_reached max_total_per_user_reached milestone_billing '
        'showopensuppliertickets allowall_suggestion_faqlists allowed_suggestion_faqlists '
        'startdate_validation startdate_validation_days targetdate_validation targetdate_validation_days '
        'auto_contributor allow_teams_chat_creation teams_chat_default_name show_teams_chats_as_tabs '
        'default_servicenow_type enable_task_dependencies exclude_from_sales_mailbox_match '
        'lapsafe_status_after_webhook lapsafe_status_after_webhook_guid show_status_on_portal '
        'allow_slack_channel_creation slack_channel_default_name show_slack_channels_as_tabs '
        'slack_channel_access_type slack_channel_workspace slack_channel_workspace_name hide_anon_email '
        'continue_autorelease do_ai_survey enduserscanlog anonymouscanlog generate_ai_embeddings '
        'load_balance_interval load_balance_max_tickets load_balance_on_schedule '
        'load_balance_schedule_frequency load_balance_schedule allowall_child_tickettypes '
        'allowed_child_tickettypes portal_summary_hint_is_placeholder portal_details_hint_is_placeholder '
        'agent_summary_hint_is_placeholder agent_details_hint_is_placeholder portal_screen_after_logging '
        'show_related_of_related show_all_related hideuserdetails allowanonattachments '
        'inherit_parent_category1 inherit_parent_category2 inherit_parent_category3 inherit_parent_category4 '
        'default_is_downtime is_chat_ticket add_related_assets_to_parent third_party_migration_id '
        'wait_time_type default_wait_time wait_time_calc_hours project_type kanbanstatuschoice '
        'kanbanstatuschoice_list email_start_tag email_end_tag default_agent default_agent_name default_team '
        'workflow_name overridewiththefollowingtemplatewhenloggingmanuallyname default_priority visible'
    ),
    'RequestTypeGroup': 'id name fields _warning',
    'SQLImport': (
        'guid intent id seq name table udlpath enabled sql keyfield datafield1 datafield2 datafield3 '
        'datafield4 defaultsite defaultsitename lastrundate nhdfield3 updateonly integrator_enabled fields '
        'sqlserver sqldatabase sqlusername sisqlpassword new_sql_password useusers_site dontupdatesite '
        'dontremoveusers canupdaterecords syncto3party halointegrator_lastsync halointegrator_lasterror '
        'halointegrator_allowed_clientids_list halointegrator_allowed_clientids new_method allow_access '
        'include_linux_software dontupdatetoplevel donotvalidate assetimportidentifier '
        'assetimportidentifier_guid assetimportidentifier_name sql_provider _warning sql_driver '
        'dontupdatetype sql_timeout sql_port import_table import_table_name entity_match_field '
        'table_matching_field table_matching_field_name linkto_table_id table_update_type match_accountsid'
    ),
    'SageBusinessCloudDetails': (
        'id name tokenexpiry isauthorized redirecturi clienttoplevel itemgroup enablesync defaultitemcode '
        'showmessage client_id syncentities sbcdnewmethod new_client_secret item_group_name code '
        '_exchangecode _disconnect new_access_token new_refresh_token client_top_level_name '
        'sync_entities_list _importtype client_mappings item_group_mappings _warning'
    ),
    'SalesMailbox': (
        'type id name tenantid applicationid new_client_secret new_access_token new_refresh_token '
        'token_expiry halointegrator_enabled halointegrator_lastsync halointegrator_lasterror redirect_uri '
        '_authcode _exchangecodefortoken mailboxes authorized new_method google_authorized '
        'new_google_access_token new_google_refresh_token google_token_expiry google_redirect google_email '
        '_getgoogletoken google_code google_type graph_host import_sent match_method _warning'
    ),
    'Schedule': (
        'id startdate enddate subject hours dailyrecurrencepattern dailyrecurrencedays weeklyrecurrenceweeks '
        'endafteramount rangeofrecurrence requesttype recurrencepattern agentid monthlyrecurrencepattern '
        'yearlyrecurrencepattern monthlyrecurrencespecificdate monthlyrecurrencespecificdateinterval '
        'monthlyrecurrencespecificday monthlyrecurrencespecificdayofweek monthlyrecurrencespecificdayinterval '
        'yearlyrecurrencespecificdate yearlyrecurrencespecificdatemonth yearlyrecurrencespecificdateinterval '
        'yearlyrecurrencespecificday yearlyrecurrencespecificdayofweek yearlyrecurrencespecificdaymonth '
        'yearlyrecurrencespecificdayinterval type uniqueid weeklyrecurrencestring nextcreationdate '
        'nextrundate contract_schedule_plan weeklyrecurrenceamount _validateonly events _warning'
    ),
    'ScreenLayout': (
        'id name usage tab_display tab_config _warning field1_visibility field2_visibility field3_visibility '
        'field4_visibility field5_visibility field6_visibility field7_visibility field8_visibility field1_tab '
        'field2_tab field3_tab field4_tab field5_tab field6_tab field7_tab field8_tab field9_tab field10_tab '
        'field1_tab_name field2_tab_name field3_tab_name field4_tab_name field5_tab_name field6_tab_name '
        'field7_tab_name field8_tab_name field9_tab_name field10_tab_name'
    ),
    'ScriptHeader': 'id name note category_1 questions _warning',
    'SectionDetail': (
        'id guid intent name sequence forrequests foropps forprojects ticket_count department_id '
        'department_name org_team_name inactive override_column_id managers teamphotopath last_modified '
        'hide_agents_in_tree_if_no_tickets timesheet_approver timesheet_approver_name concurrent_lic_limit '
        'workinghoursbeforealert emailaddress addtoallagents allowlivechat rtid mailbox_override agents '
        'organisation_id cannedtext templates allowall_category1 allowed_category1 allowall_category2 '
        'allowed_category2 allowall_category3 allowed_category3 allowall_category4 includeinloadbalance '
        'allowed_category4 override_column_name messagegroup_id _warning _canupdate _canupdate2 '
        'main_email_address phone_number timezone alternative_name logo dontsendsurvey team_note '
        'booking_workday_id booking_workday_name recurring_shifts third_party_migration_id '
        'enable_teams_shifts use department_guid homescreendashboardid homescreendashboardname'
    ),
    'SecurityQuestion': 'id name enabled answer _warning',
    'ServSite': (
        'sendemailtype email_subscriber_count id guid intent name summary sequence showinusercatalog '
        'showintechcatalog trackstatus service_category_id service_category_guid service_category_name '
        'business_owner_id business_owner_name business_owner_cab_id business_owner_cab_name '
        'technical_owner_id technical_owner_name technical_owner_cab_id technical_owner_cab_name '
        'compliance_owner_id compliance_owner_name compliance_owner_cab_id compliance_owner_cab_name cost '
        'estimated_delivery estimated_delivery_days subscribable subscriber_count asset_count assettype_id '
        'assettype_ids current_status status_message_update_internal status_message_update_public '
        'using_default_public_message status_ticket_id status_date service_tickettype_id '
        'serviceshownewreqscreen service_template_id newservicereqtype incident_tickettype_id '
        'incident_template_id newincidenttype relatedworkdayid status_end_date status_ticket_start_date '
        'status_ticket_end_date requestdetails_count requestdetails_id requestdetail_url '
        'requestdetail_shownewreqscreen requestdetail_type screenafterlogging pricingrange override_site_id '
        'failcreaterequest workdays checkminutes failalwaysnewrequest criticality search_score device_id '
        'override_site_name override checkmon checktue checkwed checkthu checkfri checksat checksun '
        'servicekind url param1 param2 param3 min max note pop3serverid pop3serverid_name subject body '
        'fromaddr toaddr enabled oksubject okbody okfromaddr oktoaddr okany failsubject failbody failfromaddr '
        'failtoaddr failany wdid cat2 workdays_name photopath allowincidients allowoptin '
        'service_tickettype_name service_template_name incident_tickettype_name incident_template_name '
        'autoemail servicedetailshtml alsosubscribe allowunsubscribe allowservicerequests userlevel '
        'showonmyservicespage assettype_name smsmessage servicerequestlbl servicerequesthint incidentlbl '
        'incidenthint allowall_category1 allowed_category1 allowall_category2 allowed_category2 '
        'allowall_category3 allowed_category3 allowall_category4 allowed_category4 seq '
        'unsubscribe_ticketortemplate unsubscribe_tickettype_id unsubscribe_template_id create_on_unsubscribe '
        'unsubscribe_all field_id field_name tickettype_name template_name recent_servicerequest_count '
        'recent_incident_count open_incident_count open_servicerequest_count user_access subscribers '
        'linked_services assets update_status user_subscribed user emailtemplate send_service_email '
        'preview_service_email service_email_from service_email_subject service_email_html allowfollowfault '
        'status_subscribedtoupdates unsubcount new_icon _warning showinrelatedservices user_canunsubscribe '
        'customfields translations optional_services isservicedetails statushistoryportal status_history '
        'service_request_details device_child_id device_count incidentonly cat_phonenumber kbs '
        'search_index_sync_timestamp search_index_sync_batches preview_when_logging tags track_availability '
        'tracking_period tracking_target delay_avilability_calc use icon relatedworkdayid_name '
        'relatedworkdayid_content status_message_update_internal_html status_message_update_public_html '
        'future_statuses current_statuses service_url incident_url access_control access_control_level '
        '_isimport link tag_string device_guid device_name'
    ),
    'ServStatus': (
        'id timestamp status message_internal message_public ticket_id who lastcheck lastok lastfailed '
        'okcount failedcount lastemail totaldownmins totaldowninstances message_internal_html '
        'message_public_html status_ticket_start_date status_ticket_end_date _warning uniqueid'
    ),
    'ServiceAvailability': 'id service service_desc period percent startdate enddate totalhours downhours targetmet',
    'ServiceCategory': (
        'guid intent id name userlevel seq important icon new_icon summary parent_id parent_guid parent_name '
        'grandparent_name long_name service_count user_access translations _warning access_control '
        'access_control_level phonenumber portalbackgroundimageurl portaldesc'
    ),
    'SetupTab': (
        'id title subtitle seq duration system_use completed article1 article2 group_id group_name icon '
        'translations _warning'
    ),
    'ShopifyDetails': (
        'id shopname new_integration_method new_access_token code _exchangecode _disconnect authorized '
        'enabled _warning'
    ),
    'Site': (
        'accountsid accountsfirstname accountslastname accountsemailaddress accountsccemailaddress '
        'accountsbccemailaddress sitephonenumberint id name client_id client_name clientsite_name inactive '
        'sla_id phonenumber colour timezone invoice_address_isdelivery notes isstocklocation messagegroup_id '
        'item_quantity_in_stock item_serialised_assets_in_stock item_quantity_reserved '
        'item_quantity_reserved_on_order item_quantity_available datecreated text globx globy style inuseby '
        'upwho uptimestamp xrefsite zoffsetx zoffsety zoomx zoomy smallx smally bigx bigy ldapstring '
        'emaildomain deliverby isinvoicesite refnumber defaultdelivery seriousnesslevel geocoord1 geocoord2 '
        'todomain defaultstocklocation stopped sitetimeoffset sitedateformat disclaimermatchstring '
        'emailsubjectprefix regionaldirector facilitiesmanager actguid teamviewerpassword contractlastchecked '
        'maincontact_name wildcardref monthlyreportlastrun monthlyreportinclude monthlyreportemailmanager '
        'accountmanagertech monthlyreportemaildirect language_id language_name snowname '
        'linked_organisation_id slocked newsite_contactname newsite_contactemail newsite_contacttitle '
        'newsite_web_access_level newsite_sendwelcomeemail delivery_address invoice_address popup_notes '
        '_reassign_all_to_user fields open_ticket_count onhold_ticket_count total_ticket_count '
        'opened_thismonth_count guid sitecontacts _isimport cautomateid ninjarmmid _importtype _isxero '
        '_match_first_site servicenowid isnhserveremaildefault device42id datto_id datto_alternate_id '
        'datto_url connectwiseid azuretenantid autotaskid pagerdutywildcard ateraid slastupdate '
        'site_service_tax_code site_prepay_tax_code site_contract_tax_code site_item_tax_code_name '
        'site_service_tax_code_name site_contract_tax_code_name site_prepay_tax_code_name site_sales_tax_code '
        'site_purchase_tax_code site_purchase_tax_code_name syncroid third_party_client_name auvik_id '
        'faqlists all_faqlists_allowed hubspot_id passportal_id import_site_mapping _warning issitedetails '
        'hudu_url liongardid kaseyaid surchargeid country_code region_code stockbins ncentral_details_id '
        'new_external_link _match_thirdparty_id _match_integration_id _match_integration_name '
        'import_details_id hasitemsinstock _dont_fire_automations sqlimport_id matching_value '
        'lapsafe_default_installation_name lapsafe_default_installation_obj external_links extratabs '
        'businesscentral_area_company_id businesscentral_billing_client _convert_phonenumbers sequence '
        'authrocket_locale use customfields site_fields gfisiteid delivery_address_line1 '
        'delivery_address_line2 delivery_address_line3 delivery_address_line4 delivery_address_line5 '
        'itglue_id client_itglue_id custombuttons stockbin_id stockbin_name country_code_name '
        'region_code_name ref lapsafe_default_installation maincontact_id site_item_tax_code'
    ),
    'SlaHead': (
        'id guid intent name hoursaretechslocaltime workday_id workday_guid responsereset autoreleaseoption '
        'workdays priorities response_reset_approval autoreleaselimit trackslaresponsetime trackslafixbytime '
        'statusafterautorelease slstatusafterfirstwarning slstatusaftersecondwarning workday_name '
        'dontsendholdreminders statusafterautorelease_name _warning access_control access_control_level'
    ),
    'SlackDetails': (
        'id teamname name new_access_token webhookurl enabled agent_id agent_name channel_id '
        'allow_ticket_create ticket_type ticket_type_name _getoauthtoken oauth_code oauth_redirect scopes '
        'team_id ticket_user ticket_user_name command_ticket_type command_ticket_type_name command_user '
        'command_user_name uninstalled _warning'
    ),
    'SnipeITDetails': (
        'id name url new_integration_key new_integration_method toplevel toplevel_name default_devicesite '
        'default_devicesite_name default_devicetype default_devicetypename assetimportidentifier '
        'assetimportidentifier_fieldname snipeit_fieldmappings enableintegrator lastsyncdate lastsyncerror '
        'halo_integrator_import_list halo_integrator_import_types delete_devices dont_create_new_devices '
        'dont_update_device_type dont_move_site _warning client_links guid mappings_xtype default_assetgroup '
        'default_assetgroupname assettype_choice assettype_field'
    ),
    'SnowDetails': (
        'id name url username sdpassword new_integration_key new_integration_method toplevel toplevel_name '
        'default_devicesite default_devicesite_name default_devicetype default_devicetypename '
        'user_matching_type assetimportidentifier assetimportidentifier_fieldname snow_fieldmappings '
        'enableintegrator lastsyncdate lastsyncerror halo_integrator_import_list halo_integrator_import_types '
        'delete_devices dont_create_new_devices dont_update_device_type dont_move_site '
        'dont_update_site_addresses _warning client_links guid'
    ),
    'StdRequest': (
        'id guid intent name type domain group_id restriction_type restrictto_department_id '
        'restrictto_department_name restrictto_team_id restrictto_team_name restrictto_agent_id '
        'restrictto_agent_name summary tickettype_id rule_count creation_rules todo_list emailto emailcc '
        'emailbcc emailsubject time disabled lastcreated nextcreationdate nextcreationdate_after_end '
        'execution_type startdate end_date period create_locked one_ticket_id created_ticket_id approval_id '
        'reportarea reportarea_name users_can_use priority_id estimate category_1 category_2 category_3 '
        'category_4 status_id status_guid details details_html clearance workflow_id workflow_guid '
        'workflow_name approval_name team agent_id agent_name showforusers excludefromsla defaultresourcetype '
        'defaultresourcetype_name informlevel scheduletype dom mon tue wed thu fri sat sun year _clearlastrun '
        'daysplus every reportid impact urgency reportperiod reportsite repeat toplevel report_id emailbody '
        'kbid did yeargapvalue graph table csv json prompt promptproceed pdf sendifempty copied_from_id '
        'customfields assets users itil_request_type create_on_nonworkdays invoice_id webhook_id creationtype '
        'parentticketid kb_id kb_name kb_accessible_for_enduser forwardinboundupdates enable_budget_table '
        'budgets budgettype_id budgettype_name emailcclist services _canupdate user_id user_name '
        'updateparent_status_close updateparent_target_create access_control access_control_level '
        'clone_parent_id increasecontractnextcalldate makeinactive _queue _sendnow _warning '
        'automationcriteria isclone showforusers_int forwardinboundupdates_int excludefromsla_int '
        'start_num_days_added target_num_days_added milestones sqltoselectusers usersqllookup notification_id '
        'additional_agents new_audits new_changes child_count_of_ticket_to_save ticket_id_to_save '
        'create_child_templates ticket_template ticket_template_guid ticket_template_name '
        'enable_task_dependencies date_dependencies upload_type integration_details_id '
        'integration_details_name integration_mapping integration_mapping_name integration_folder '
        'overwrite_files create_for_user_type sla_id restrictto_department_guid restrictto_team_guid clients '
        'tickettype_guid automationtype optionalservice optional_agent_id optional_team optional_status_id '
        'optional_tickettype_id optional_create_locked optional_defaultresourcetype optional_excludefromsla '
        'optional_customfields optional_assets optional_forwardinboundupdates optional_showforusers '
        'optional_urgency optional_impact optional_workflow_id optional_estimate optional_category_1 '
        'optional_category_2 optional_category_3 optional_category_4 optional_priority_id '
        'optional_budgettype_id optional_kb_id optional_service optional_service_details_id service '
        'optional_sla_id'
    ),
    'StreamOneIonDetails': (
        'id name account_id new_method guid import_entities top_level update_addresses halointegrator '
        'halointegrator_lastsync halointegrator_lasterror new_refresh_token new_access_token client_mappings '
        'top_level_name import_entities_list _warning'
    ),
    'SupplierOrderHeader': (
        'customfields id use title ticket_id status po_ref date datesent carriage_desc carriage_price auth_by '
        'note price total supplier_id supplier_name goodsin_status 3rd_party_ponumber date_published '
        'approval_status approval_start assigned_agent assigned_agent_name approvalagent approvalemailaddress '
        'approvalnote approvalagentid approvaldatetime thirdparty_status accounts_ref deliver_to_us '
        'deliver_to_so_address deliver_to_ticket_address delivery_backup est_delivery_date salesorder_id '
        'currency user user_id user_name site_id site_name client_id client_name cost_centre_id '
        'cost_centre_name ticket_summary ticket_note attachment_id lines add_lines _validateonly '
        '_print_preview _print_generate printhtml pdf_attachment_id pdftemplate_id pdftemplate_name '
        'createdbyagentname xero_id xero_tenant_id xero_status last_synced last_update_time requires_approval '
        'below_approval_minimum approval_for_below_minimum _warning so_assets warrantyurl qbo_company_id '
        'qbo_id _iscopy _create_invoice _create_invoice_method _create_invoice_percentage '
        '_create_invoice_lines _return_invoice percentage_invoiced invoices invoice_count '
        'intacct_save_location currency_code currency_code_name currency_conversion_rate duedate '
        'intacct_class intacct_class_name suppliers_order_reference _create_invoice_invoice_date deladdress1 '
        'deladdress2 deladdress3 deladdress4 deladdress5 delivery_address _forcethirdpartysync '
        '_create_invoice_amount _create_invoice_qty _create_invoice_line_description _ticket_access '
        'third_party_id is_po_screen avalara_details_id avalara_details_name _purchasing_run _novalidate '
        '_dodistributorsync originaddress originaddress1 originaddress2 originaddress3 originaddress4 '
        'originaddress5 custombuttons extratabs _dont_fire_automations approval_process_id '
        'use_ticket_approval new_approvalprocess_agent_id new_approvalprocess_user_id '
        'new_approvalprocess_users new_approvalprocess_email new_approvalprocess_cab_id '
        'new_approvalprocess_cab new_approvalprocess_role_id _isbatch token receipt_confirmed '
        'receipt_confirmation_date _dotaxsync tax_total revenue external_links _importtypeid '
        '_importthirdpartyid _importtype new_external_link'
    ),
    'SynnexDetails': (
        'id name new_method client_id new_client_secret new_access_token guid client_mappings import_entities '
        'toplevel top_level_name update_addresses application_region application_type halointegrator '
        'halointegrator_lastsync halointegrator_lasterror import_entities_list _warning'
    ),
    'TOutcome': (
        'id guid intent outcome buttonname labellong colour sequence hidden systemid dontshowscreen '
        'respondtype update_parent_attachment_type sendemail sendsms actionvisibility child_template_id '
        'createchildticketortemplate child_ticket_type_id tfstype icon translate_before_sending colour_type '
        'child_template_guid child_ticket_type_guid newstatus newstatus_guid slaholdischecked userdesc '
        'emailtemplate_id emailtemplate_guid emailtemplate_name slareleaseischecked chargerate defaultuserdef '
        'defaultmanhrs defaultnonbill securitylevel approval_process_id approval_process_guid '
        'approval_process_name hidefromuser fieldvisible hotkey buttonimage hidesendemail hidesendsms '
        'hidecloserequest defaultagent defaultagent_name defaultpriority defaultteam includecc includeto '
        'default_note mustassign requesttype requesttype_guid mustaddnote worddocid worddocpath synctosap '
        'child_template_name child_ticket_type_name tooverride ccoverride bccoverride workflow_id '
        'workflow_guid workflow_name workflow_step_id workflow_step_name synctodynamics showhidecheckbox '
        'showslacheckbox showimportantcheckbox isimportant showfollowcheckbox follow '
        'primaryserviceusersfollow defaultappointmentstatus reportid report_attach_pdf report_attach_xls '
        'report_attach_csv report_attach_json reportname todo_template_id todo_template_guid '
        'todo_template_name child_emailtemplate_id child_emailtemplate_guid child_emailtemplate_name '
        'default_linkedticket_status default_linkedticket_status_guid newaction_subject '
        'newaction_subject_close newaction_emailto newaction_emailcc newaction_emailbcc newaction_emailfrom '
        'newaction_emailfrom_address_override newaction_projecttimebudget newaction_supplier '
        'newaction_supplier_contract_id newaction_supplier_sla_id newaction_supplier_priority_id '
        'newaction_thirdpartynhdapiurl newaction_thirdpartynhdapiareaid newaction_thirdpartynhdapisupplierid '
        'fields newticket_user from_action_id to_ticket_id newticket_summary newticket_details '
        'newticket_tickettype_hidden attachments _ticketinfoloaded script_id script_name usetimer '
        'update_dynamic_email_list skip_pending_closure newsummaryfromsource newdetailsfromsource '
        'show_email_fields logtimeunits callscreencallscript callscreencallscript_name newaction_smsto '
        'pdftemplate_id pdftemplate_name excludeFromDynamicLists automation_runbookid automation_runbookname '
        'integration_method_id integration_method_name setdetailsfromnewticket hideactionfromcandi '
        'setemailbodytonote bccfollowers followersccbcc access_control access_control_level showevenifnochild '
        'replytype parentdefaultuser parentdefaultuser_name _warning assetsearchtext action_resets_response '
        'showattachmentstouser customurl defaultcat1 defaultcat2 defaultcat3 defaultcat4 '
        'includeallattachments useremailintellisense supplieremailintellisense azure_action '
        'azure_connection_id azure_connection_name azure_connection azure_input_mappings '
        'azure_output_mappings default_sync_to_salesforce show_to_user defaultsupplier_id '
        'defaultsupplier_name isbillingaction ishiddenfrominternalit default_sync_to_servicenow '
        'default_asset_type default_asset_type_guid default_asset_type_name showautorelease workflows '
        'quoter_template apptcompletetimetype default_asset_status tickettypes translations travelrate '
        'default_sync_to_jira newaction_thirdpartynhdjirasupplierid allow_user_attachments '
        'default_send_to_halo tagreleasetype releaseid releasename releaseid2 releasename2 releaseid3 '
        'releasename3 showsendtwitter showsendfacebook lastusercontactmethod default_private_note '
        'ai_operation ai_model ai_prompt showsendwhatsapp default_opp_closure_cat default_send_to_pagerduty '
        'minattachments defaultappointmenttype showsendsurvey sendsurvey showsendinstagram '
        'showslacheckbox_mandatory ai_preview ai_improve_agent_note_default_on defaultcommunicationmethod '
        'newaction_thirdpartynhdservicenowsupplierid related_note_visibility override_from_mailbox_id '
        'override_from_mailbox_name create_issue_type show_when_locked showsendgooglebusiness '
        'submitlabeloverride default_send_jira_note config_type show_on_parent show_on_child newactiondisplay '
        'newactiondisplaysize lapsafe_default_installation lapsafe_default_installation_name '
        'lapsafe_default_installation_obj hide_header_button charge_rate_overrides_ticket '
        'linked_from_variable default_team_to_agents_default do_not_allow_with_open_appointments '
        'new_ticket_attachments run_ai_insights sales_mailbox_override_id hide_user_visibility_toggle '
        'email_editing default_distribution_list default_distribution_list_name'
    ),
    'TStatus': (
        'id guid intent name shortname type sequence colour slaaction ticket_count showonquickchange '
        'timeuntilloffhold statuschangeto statuschangetofreq statusnochangehours nochangehoursrecurring '
        'statusnochangehoursmanager statusnochangehoursmanagerrecurring statusnochangehourssection '
        'statusnochangehourssectionrecurring nochangetemplate nochangetemplate_guid includeinloadbalance '
        'statusemailfreqdays statusemailid statusemail_guid statusemailname notifystatuschange '
        'dontsendslareminders nochangetemplatename slaignorerelease statuschangetoname _warning '
        'useworkinghours useworkinghours_statusnochangehours useworkinghours_statusnochangehourssection '
        'useworkinghours_statusnochangehoursmanager tickettypes outcomes translations'
    ),
    'Tabname': (
        'intent id guid name tableid columns sequence fields url linked_dashboard_id icon '
        'send_secure_url_parameter new_iframe_secret _warning module_id'
    ),
    'Tag': 'id text add_to_kbid add_to_ctid add_to_stid _warning',
    'TaniumDetails': (
        'id name url apiurl new_integration_key new_integration_method tokenexpiry default_devicesite '
        'default_devicesite_name default_devicetype default_devicetypename assetimportidentifier '
        'assetimportidentifier_fieldname asset_fieldmappings sitemappings enableintegrator lastsyncdate '
        'lastsyncerror halo_integrator_import_list halo_integrator_import_types delete_devices '
        'dont_create_new_devices dont_update_device_type dont_move_site _warning mappings_xtype '
        'default_assetgroup default_assetgroupname assettype_choice assettype_field'
    ),
    'Tax': (
        'id name code value thirdparty_tax_rates xero_tenant_id xero_tenant_name third_party_desc '
        'is_composite linked_rates xerotaxrate kashflow_tenant_id kashflow_tenant_name kashflowtaxrate '
        'qbotaxrate qbocode qbocode_name qbotaxcode qbo_company_id qbo_company_name sageintacttaxcode '
        'sage_tenant_id sage_tenant_name sagebusinesscloudtaxcode exact_division exact_division_name '
        'exacttaxcode onseparateline myobtaxcode myob_details_id myob_details_name third_party_id avalara_id '
        '_warning category_code'
    ),
    'TaxRule': 'id name taxid sequence tax_name tax_conditions _warning',
    'TeamsChatMessage_List': (
        'id chat_id message_id external_link_id note_html note who_azure_id who datetime whoagent_id '
        'whoagent_name _sendmessage _warning remote_session_id'
    ),
    'TechDataResellerDetails': (
        'id name new_method client_id type region api_to_use customer_number application_type '
        'new_client_secret guid _warning'
    ),
    'TenableDetails': (
        'id name url key new_integration_key new_integration_method default_devicesite '
        'default_devicesite_name default_devicetype default_devicetypename assetimportidentifier '
        'assetimportidentifier_fieldname fieldmappings sitemappings enableintegrator lastsyncdate '
        'lastsyncerror delete_devices dont_create_new_devices dont_update_device_type dont_move_site _warning '
        'guid mappings_xtype default_assetgroup default_assetgroupname assettype_choice assettype_field '
        'exports'
    ),
    'TicketArea': (
        'guid intent id name sequence entity_singular entity_plural icon default_filter_id '
        'default_filter_name default_view default_view_selectedid default_view_selectedname '
        'default_columns_id default_ticket_type default_itil_ticket_type default_template_group_id '
        'default_columns_name selectservice enableprojecttreeview showtabondetailsscreens filters '
        'team_restrictions area_use area_use_name shownewticketbutton allow_ticket_type_selection '
        'kanbanstatuschoice kanbanstatuschoice_list _warning'
    ),
    'Timesheet': (
        'id agent_id agent_name colour date start_time end_time estimated_start_time estimated_end_time '
        'target_hours actual_hours break_hours unlogged_hours allowed_break_hours work_hours percentage '
        'workdayid events timesheet_manager forecasting_id _submitapproval _approve _reject approval '
        '_approval_message chargeable_hours forecasting_hours'
    ),
    'TimesheetEvent': (
        'id event_type subject start_date end_date timetaken agent_id break_type break_note ticket_id '
        'action_number action_invoice_number note customer holiday_id charge_type_colour site_id user_name '
        'charge_rate mileage tickettype_id lognewticket client_id category1 category2 category3 category4 '
        'contract_id agents clear_end traveltime originalstartdate _warning charge_type_name'
    ),
    'ToDoGroup': 'id seq text _warning todo_list',
    'Tree': (
        'toplevel_mailbox_override id guid intent name accounts_override_mailbox concurrent_lic_limit '
        'parentid notes kashflowurl kashflowusername kashflowpassword mailbox_override agent_department '
        'messagegroup_id agents users cannedtext templates announcement invoice_class quote_profit_currency '
        'quote_profit_currency_name _warning _canupdate use organisation_id organisation_guid '
        'organisation_name org_department_name long_name type teams agent_members managers user_count '
        'open_ticket_count onhold_ticket_count total_ticket_count opened_thismonth_count'
    ),
    'TwilioWhatsAppDetails': (
        'id name twilio_sid phone_number sender_configured site_id ticket_type reopen_existing_tickets '
        'allow_inbound new_auth_token ticket_type_name site_name _warning'
    ),
    'TwitterDetails': (
        'id screen_name user_id new_oauth_token new_oauth_token_secret authorized _gettoken _oauthtoken '
        '_oauthverifier create_direct_message_tickets direct_message_ticket_type '
        'direct_message_ticket_type_name direct_message_user direct_message_user_name '
        'reopen_direct_message_tickets create_mention_tickets mention_ticket_type mention_ticket_type_name '
        'mention_user mention_user_name days_after_mention include_word_list exclude_word_list '
        'direct_message_create_users direct_message_site direct_message_site_name mention_create_users '
        'mention_site mention_site_name _warning'
    ),
    'Uname': (
        'sites id name onlinestatus_actual onlinestatus is_online lastonline team isdisabled email ad '
        'lastlogindate agentphotopath initials firstname surname colour jobtitle sms extensionnumber '
        'ticket_count is_agent one_client teams departments clients tickettypes qualifications '
        'qualification_weighting qualified role_list current_action_type current_action_name assettypes '
        'googleemail linemanager linemanager_name inboxes exchange_authorized exchange_account '
        'sentinel_authorized licence_type named_licences_in_use concurrent_licences_in_use '
        'concurrent_agent_total google_mail_authorized inbox_clientid isapiagent splashtop_authorized '
        'gotoresolve_authorized datecreated password lunchbreak agentphotodata pagesize signature '
        'default_filter_id_tickets default_filter_name_tickets default_columns_id_tickets '
        'default_columns_name_tickets default_view_tickets default_view_tickets_selectedid '
        'default_view_tickets_selectedname default_filter_id_opps default_filter_name_opps '
        'default_columns_id_opps default_columns_name_opps default_view_opps default_view_opps_selectedid '
        'default_view_opps_selectedname default_action_view default_action_display default_feed_view '
        'ticket_preview_mode default_ticket_preview_size list_type navmenu_mode default_calendar_view '
        'calendar_options search_options newtabpref theme theme_revert language_id language_name app_colour '
        'app_colour_type nav_display_mode enablehighcontrast actionscreen_display_type homescreenchartid '
        'homescreenchartname homescreenchartpublishedid homescreendashboardid homescreendashboardname '
        'sidemenudashboardid sidemenudashboardname clientdetails_layout_id clientdetails_layout_name '
        'nav_layout_id nav_layout_name sendowneremails warnifnoscan dontemailmeifiloggedit workhour_start '
        'workhour_end activedirectory_dn third_party_guid roles add_roles claims department '
        '_is_a_departmentmanager _is_a_teammanager access_control twofactor_enabled _isnew adconnection '
        'useadlogin container_dn notifications notifications_personal emailconfirmed accountconfirmed '
        'isinvite is_sales _getlogmeinid _isimport _importtype _importtoken beyondtrust_name azure_roleid '
        'customfields chargerates warnifnoscan_integrator warnifnoscan_integrator_hours orion_username '
        'orion_password ncentral_username soc_username autotaskid oktaid okta_status new_ncentral_key '
        'pomincostforapprovaltype pomincostforapproval quotemarginforapprovaltype quotemarginforapproval '
        'new_orion_password orion_access new_method exchange_token_expiry exchange_redirect _getoauthtoken '
        'oauth_code oauth_redirect oauth_type new_access_token new_token_type new_refresh_token '
        '_disconnectintegration sentinel_token_expiry sentinel_redirect default_columns_id_assets Oo_name '
        '_warning isagentdetails excludefromresourcebooking delegation_activated delegation_timebased '
        'delegation_start delegation_end delegation_user_id delegation_user_name '
        '_reassign_all_accounts_to_agent _kick _revoke_tokens authenticatorapp_configured '
        '_revoke_authenticatorapp ispasswordreset graph_host linked_halo_url holiday_allowance '
        'remaining_holiday_allowance _isbatch import_photo travelrate github_username _signature_id '
        '_signature is_admin ac_tickettypes ac_approvals ac_rules ac_cannedtext ac_customfields '
        'ac_customtables ac_dashboards ac_workflows ac_roles ac_slas ac_templates ac_outcomes ac_workdays '
        'ac_emailtemplates ac_messagegroups ac_reportgroups ac_fieldgroups ac_languagepacks ac_itemgroups '
        'default_columns_id_clients default_view_clients_selectedname default_view_assets_selectedname '
        '_do_reassign01 check_reassign01 _force default_view_customers_selectedid '
        'default_view_customers_selectedname default_view_users_selectedid default_view_users_selectedname '
        'default_columns_id_contracts default_view_contracts_selectedname default_columns_id_sites '
        'default_columns_sites_selectedname default_columns_id_users default_columns_users_selectedname '
        'pagerduty_email ac_assettypes ac_assetgroups ac_servicecategories ac_services ac_suppliers '
        'ac_suppliercontracts last_modified jira_instance jira_instance_name pref_notification_sound '
        'pref_chat_sound default_columns_id_supplier_contracts default_view_supplier_contracts_selectedname '
        'default_view_assets default_view_assets_selectedid default_view_assets_selectedid_name '
        'matching_value sqlimport_id splashtop_url splashtop_token_expiry default_splashtop_channelname '
        'splashtop_channel ac_chatprofiles ac_faqlists allow_automatic_call_scripts gotoresolve_token_expiry '
        'ac_devices azure_connectionid allow_presence_notifications azure_tenant_id azure_client_id '
        'presence_subscription default_columns_id_supplier default_columns_supplier_selectedname '
        'default_view_suppliers_selectedid default_view_suppliers_selectedname linked_user_client_id '
        'contractdetails_layout_id contractdetails_layout_name default_action_date_display signature_image '
        'exclude_from_automatic_assigning userdetails_layout_id userdetails_layout_name guid '
        'calendar_options_multi ac_databaselookups default_columns_id_pos default_view_pos_selectedname '
        'sitedetails_layout_id sitedetails_layout_name enable_teams_shifts warnif_incomplete_ts '
        'warnif_incomplete_ts_manager incomplete_ts_threshold incomplete_ts_sendtime '
        'incomplete_ts_lastcreated use assetfields unamecustomfields unameappointmenttypes _canupdate '
        '_canupdate_moreinfo logmeinid allowbeyondtrustinvites jira_id custombuttons namewithinactive '
        'apptsync okta_id enableshifts sendemailerrors uname_usercustomfields can_approve_purchaseorder '
        'can_approve_quote can_approve_invoice default_splashtop_channel workday_id workday_name '
        'workday_timezone costprice chargerate first_role_id in_queried_team guid_string'
    ),
    'UnameEventSubscription': (
        'id agent_id azure_identifier _subscriptionaction subscription_id subscription_expiry subscribed '
        'new_subscription_key _dosave agent_name'
    ),
    'UnameNotification': (
        'guid intent id name agent_id agent_name type delivery_method sendpushnotification '
        'sendpushnotificationbrowser popupinnotificationpane eventno emailtemplate_id emailtemplate_guid '
        'emailtemplate_name user_id user_name email_list slack_id interval useworkinghours restriction_type '
        'restriction_department_id restriction_department_guid restriction_department_name '
        'restriction_team_id restriction_team_guid restriction_team_name webhook_id agents condition_count '
        'subscriber_count role_id role_name conditions _canupdate slack_channel_name teams_id '
        'teams_channel_name value1 value1_name _iszapier filter_sitecontact sitecontact_type _warning roles '
        'mattermost_channelid mattermost_channel_name rule_id rule_name user_roles filter_type '
        'customisecolour colour'
    ),
    'UnamePresenceSubscription': (
        'id agent_id azure_connection_id azure_oid azure_upn new_access_token new_refresh_token token_expiry '
        'redirect_uri _subscriptionaction subscription_id subscription_expiry subscribed new_subscription_key '
        'oauth_code graph_host azure_connection _dosave'
    ),
    'UnsubEmailServiceUsers': 'id stid uid key _warning',
    'UserRoles': (
        'guid intent isimportantcontact2 id showmeonly ischangeapprover2 ispoapprover web_access_level canadd '
        'canviewopps allowviewsitedocs allowviewclientdocs canviewcontracts canaccesscatalog cataloglevel '
        'canaccessinvoices name notes device_access_level is_integration _warning dontackemails2 departments '
        'notifications canuploaddocuments'
    ),
    'Users': (
        'is_comms_user ischangeapprover2 sitephonenumberint phonenumberint homenumberint mobileint '
        'mobilenumber2int faxint id name site_id site_id_int site_name client_name firstname surname initials '
        'title emailaddress phonenumber_preferred sitephonenumber phonenumber homenumber mobilenumber '
        'mobilenumber2 fax telpref activedirectory_dn onpremise_activedirectory_dn container_dn login '
        'inactive colour isimportantcontact other1 other2 other3 other4 other5 notes neversendemails '
        'default_currency_code site_guid area_guid site_cautomate_guid priority_id linked_agent_id '
        'covered_by_contract contract_value software_role_name customfields attachments custombuttons '
        'relationship_id user_relationships uddevsite uddevnum uduserid userdevicerolecount site_hubspot_guid '
        'isserviceaccount ignoreautomatedbilling isimportantcontact2 connectwiseid autotaskid messagegroup_id '
        'role_list sitetimezone client_account_manager_id datecreated inv1 inv2 inv3 inv4 slaid new_password '
        'dontackemails web_access_level showmeonly showrecentonly inform inv1site inv2site inv3site inv4site '
        'inv5 inv6 inv7 inv8 inv9 inv10 inv5site inv6site inv7site inv8site inv9site inv10site informaction '
        'informclearance inv11 inv12 inv13 inv14 inv15 inv16 inv17 inv18 inv19 inv20 inv21 inv22 inv23 inv24 '
        'inv25 inv11site inv12site inv13site inv14site inv15site inv16site inv17site inv18site inv19site '
        'inv20site inv21site inv22site inv23site inv24site inv25site showslatimes canadd allowviewsitedocs '
        'third_party_guid third_party_sql ischangeapprover cancreateuser department isheadofdept deputysite '
        'deputyusername cat2 lastlogindate email2 email3 iscontractcontact informnewarea informactionarea '
        'informclearancearea disclaimermatchstring viewallcleared isexternal question1 question2 question3 '
        'question4 question5 dontaddtomailinglist caneditwebdetails cataloglevel canaccesscatalog '
        'hasbeentrained admanager canviewcontracts ispoapprover encmethod adconnection useadlogin '
        'sendwelcomeemail welcomeemail_template_id resetpassword _anonymise _reassign_all_to_user '
        'ismaincontact primary_address addresses departments organisation_id popup_notes open_ticket_count '
        'onhold_ticket_count total_ticket_count opened_thismonth_count _isnew _isimport memberof _importtype '
        'usercompany supplier supplier_name claims app_colour emailconfirmed agent_app_url imagedata '
        'webannouncement cautomateid azure_connectionid _importtoken jira_id zapier_client_name '
        'delegation_activated delegation_timebased delegation_start delegation_end delegation_user_id '
        'delegation_user_name googleworkplace_id isnhserveremaildefault matchprimaryemail servicenow_id '
        'servicenow_username site_servicenow_id sgatewayid software canaccessinvoices samaccountname oktaid '
        'okta_status authenticatorapp_configured _revoke_authenticatorapp ulastupdate _isopp oppcompanyname '
        'oppcontactname oppemailaddress assets locked site_guid2 allowviewclientdocs azure_tenant_id '
        'azure_last_login_date linked_user_id linked_user_name hubspot_id hubspot_url hubspot_dont_sync '
        'hubspot_archived passportal_id passportal_client_id opportunity_id _warning isuserdetails hudu_url '
        'sqlimport_id sqlimport_user unsubscribed canviewopps azure_tenant_domain servicenow_companyid '
        'external_links new_external_link _match_thirdparty_id _match_integration_id _match_integration_name '
        'salesforce_dontsync _hascontactsenabled new_site_name _isbatch roles azure_roleid add_roles '
        'facebook_id facebook_username twitter_id twitter_username _merge_user_into _email_collision '
        '_dont_fire_automations device_access_level ticket_customfields manager_email _remove_licenses '
        '_new_usersite_only thirdpartygroups linked_sites dontackemails2 instagram_id instagram_username '
        'jira_instance jira_instance_name third_party_id no_manager_roleid matching_value theme lang '
        'gocardless_customfields service_account_overridden sendaccountsemails extratabs informifack '
        'informnewareaifack marketing_unsubscribes new_account_name prospect_account_id '
        'open_opportunity_count _convert_phonenumbers update_user_tickets check_update_user_tickets '
        'canuploaddocuments runbook_button_id use key table client_id item_tax_code automatic_sales_tax '
        'client_taxable overridepdftemplatequote overridepdftemplatequote_name contract_end_date okta_id '
        'azure_id user_with_clientsite client_automatic_callscript_id neversendmarketingemails is_prospect '
        'whatsapp_number azureoid date_of_birth _importtypeid _importthirdpartyid'
    ),
    'VMWorkspaceDetails': (
        'id name region url vmworkspace_clientid new_integration_key new_integration_method '
        'default_devicesite default_devicesite_name default_devicetype default_devicetypename '
        'assetimportidentifier assetimportidentifier_fieldname vmworkspace_fieldmappings sitemappings '
        'enableintegrator lastsyncdate lastsyncerror halo_integrator_import_list halo_integrator_import_types '
        'delete_devices dont_create_new_devices dont_update_device_type dont_move_site _warning guid '
        'mappings_xtype default_assetgroup default_assetgroupname assettype_choice assettype_field'
    ),
    'ViewColumns': (
        'id guid intent name tile_html columns _temp card_html linked_dashboard_id use_dashboard '
        'include_children restriction_type agent_id agent_name team_id team_guid team_name type type_name'
    ),
    'ViewFilter': (
        'id guid intent name agent_id agent_name team_id team_name type type_name sys_id filters _temp '
        'restriction_type team_guid'
    ),
    'ViewListGroup': 'id name sequence type collapsed type_name',
    'ViewLists': (
        'guid intent id name use restriction_type agent_id agent_name team_id team_guid team_name type '
        'type_name sequence showcounts column_profile_id column_profile_guid filter_profile_id '
        'filter_profile_guid lock_view_type connectedinstance_id connectedinstance_list_id show_in_team_tree '
        'show_in_team_tree_team_id show_in_team_tree_team_name ticket_count connectedinstance_error '
        'column_profile_name filter_profile_name connectedinstance_name filters group group_name group_seq '
        'group_type group_collapsed translations'
    ),
    'VirimaDetails': (
        'id name url tenantid new_integration_key default_devicesite default_devicesite_name '
        'default_devicetype default_devicetypename assetimportidentifier assetimportidentifier_fieldname '
        'fieldmappings sitemappings enableintegrator lastsyncdate lastsyncerror delete_devices '
        'dont_create_new_devices dont_update_device_type dont_move_site _warning mappings_xtype '
        'default_assetgroup default_assetgroupname assettype_choice assettype_field use_user_site '
        'override_site_rules dont_remove_users relation_sync software_import_licence_matching default_status '
        'default_status_name delete_status delete_status_name user_matching_field _clearlastsync'
    ),
    'VirtualAgent': (
        'intent id name connection_type use third_party_id access_control access_control_level '
        '_connection_enabled _instructions _model _update_tools _warning'
    ),
    'Webhook': (
        'id intent name type url content_type authentication_type method basic_username basic_password '
        'certificate_id certificate_name active events last_status systemuse runbook_start_type '
        'inbound_authentication_type authentication_header algorithm digest signature_prefix _iszapier '
        'zapier_type zapier_client_id zapier_site_id zapier_username zapier_tickettype_id zapier_status_id '
        'zapier_sla_id zapier_priority_id zapier_team_id zapier_agent_id mappings custom_payload payload_type '
        'flow_chart_json library_licence_name icon_base64 icon major_version_number minor_version_number '
        'patch_version_number version_number note install_popup steps input_variables standalone_methods '
        'integrations schedule_id disabled lastcreated nextcreationdate log_retention_policy_days '
        'batch_method batch_delay_seconds batch_limit infinite_loop_threshold notify_on_failure _test '
        '_warning'
    ),
    'WebhookEvent': (
        'id webhook_id integration_method_id integation_method_name notification_id timestamp status duration '
        'requestheaders requestbody responsestatus responseheaders responsebody automation_id automation_step '
        'automation_iteration_state entity_id error _warning log_retention_policy_deletion_date'
    ),
    'WordpressDetails': (
        'id connectionname new_integration_method new_access_token _code _exchangecode authorized enabled '
        'blogid blogurl _warning'
    ),
    'WordpressOrgDetails': (
        'id connectionname new_integration_method username new_app_password enabled blogurl import_this_tag '
        'post_status_to_import custom_endpoint use_custom_endpoint import_this_tag_name default_faqlist '
        'default_faqlist_name importcategories nocategoryupdate _warning'
    ),
    'Workdays': (
        'id guid intent name summary timezone start end incmonday inctuesday incwednesday incthursday '
        'incfriday incsaturday incsunday alldayssame endmonday endtuesday endwednesday endthursday endfriday '
        'endsaturday endsunday startmonday starttuesday startwednesday startthursday startfriday '
        'startsaturday startsunday _warning holidays timeslots access_control access_control_level breaks'
    ),
    'WorkflowTarget': (
        'id name flow_id flow_guid target_type start_stage_id start_stage_name end_stage_id end_stage_name '
        'start_steps end_steps target target_units workday workday_name rules rule_id _warning'
    ),
    'XeroDetails': (
        'id name tenant_id tenant_name new_access_token new_refresh_token token_expiry authorized '
        'redirect_uri code _exchangecode _disconnect client_top_level client_top_level_name item_group '
        'item_group_name isdefault enablesync default_item_code show_message _importtype client_id '
        'new_client_secret sync_entities sync_entities_list supplier_top_level supplier_top_level_name '
        'archive_contacts default_order_item_code rounding_adjustment_account_code group_rounding_adjustments '
        'new_method receive_client_created receive_client_updated receive_invoice_created '
        'receive_invoice_updated default_creditnote_item_code _warning sync_currency_for_invoices '
        'no_item_group_sync invoice_description_data dont_sync_cost_tracking_lines organisation_version '
        'no_tax_code category_1_keypair category_2_keypair category_1_name category_1_id category_2_name '
        'category_2_id'
    ),
    'Xtype': (
        'guid intent id name assetgroup_id assetgroup_guid assetgroup_name keyfield_id keyfield_name '
        'keyfield2_id keyfield2_name keyfield3_id keyfield3_name memo manufacturer supplier1 itemno cost '
        'useteamviewer accountscode1 accountscode2 weeklycost monthlycost quarterlycost sixmonthlycost '
        'yearlycost twoyearlycost threeyearlycost fouryearlycost fiveyearlycost kaseyaid icon show_to_users '
        'fields field_list item_code defaultsequence tagprefix column_profile_id column_profile_guid '
        'columnprofileoverride_name enableresourcebooking resourcebooking_workdays_id '
        'resourcebooking_workdays_name resourcebooking_allow_asset_selection '
        'resourcebooking_asset_restriction_type resourcebooking_min_hours_advance '
        'resourcebooking_max_days_advance bookingtypes timeslots timeslot_bookingtype _isimport _warning '
        'linkedcontracttype fiid fiid_guid finame new_icon xtype_roles asset_details_tab_display tab_config '
        'resourcebookingtype allowed_status allowall_status businessowner_visibility '
        'technicalowner_visibility sla_visibility priority_visibility status_visibility services_visibility '
        'dependencies_visibility notes_visibility visibility_level resourcebooking_site_selection_type '
        'booking_sites access_control newticket_priority access_control_level licence_visibility '
        'allow_all_view criticality_visibility is_service is_businessapp service_category_id '
        'service_category_name services field_restrictions'
    ),
}

FAMILIES = {
    'actions': 'Actions lgpd Actions',
    'address': 'Address lgpd AddressStore',
    'addressbook': 'Addressbook lgpd Addressbook',
    'adobeacrobatdetails': 'AdobeAcrobatDetails lgpd AdobeAcrobatDetails',
    'adobecommercedetails': 'AdobeCommerceDetails lgpd AdobeCommerceDetails',
    'adobecommerceintegration': 'AdobeCommerceIntegration l -',
    'agent': 'Agent lgpd Uname',
    'agentcheckin': 'AgentCheckIn lgp AgentCheckIn',
    'agenteventsubscription': 'AgentEventSubscription lgpd UnameEventSubscription',
    'agentimage': 'AgentImage g -',
    'agentpresencerule': 'AgentPresenceRule l -',
    'agentpresencesubscription': 'AgentPresenceSubscription lgpd UnamePresenceSubscription',
    'aisuggestion': 'AISuggestion lgpd AiSuggestion',
    'amazonsellerdetails': 'AmazonSellerDetails lgpd AmazonSellerDetails',
    'application': 'Application lgpd NHD_Identity_Application',
    'appointment': 'Appointment lgpd Appointment',
    'approvalprocess': 'ApprovalProcess lgpd ApprovalProcess',
    'approvalprocessrule': 'ApprovalProcessRule lgpd ApprovalProcessRule',
    'areaazuretenant': 'AreaAzureTenant l -',
    'arearequesttype': 'AreaRequestType lg -',
    'asset': 'Asset lgpd Device',
    'assetchange': 'AssetChange lp DeviceChange',
    'assetgroup': 'AssetGroup lgpd Generic',
    'assetsoftware': 'AssetSoftware l -',
    'assettype': 'AssetType lgpd Xtype',
    'assettypeinfo': 'AssetTypeInfo l -',
    'assettypemappings': 'AssetTypeMappings lg -',
    'attachment': 'Attachment lgpd Attachment',
    'audit': 'Audit lgpd Audit',
    'authinfo': 'AuthInfo l -',
    'automation': 'Automation lgd -',
    'avalaradetails': 'AvalaraDetails lgpd AvalaraDetails',
    'awsdetails': 'AWSDetails lgpd AWSDetails',
    'azureadconnection': 'azureadconnection lgpd AzureADConnection',
    'azureadmapping': 'azureadmapping l -',
    'azuredelta': 'AzureDelta lgpd AzureDelta',
    'azuredevopsdetails': 'AzureDevOpsDetails lgpd AzureDevOpsDetails',
    'backgroundtask': 'BackgroundTask g -',
    'billingtemplate': 'BillingTemplate lgpd ContractTemplateHeader',
    'bookingtype': 'BookingType l -',
    'bookmark': 'Bookmark g -',
    'budgettype': 'BudgetType lgpd BudgetType',
    'bulkemail': 'BulkEmail lg -',
    'businesscentraldetails': 'BusinessCentralDetails lgpd BusinessCentralDetails',
    'cab': 'CAB lgpd CabHeader',
    'cabmember': 'CABMember l -',
    'calllog': 'CallLog lgp CallLog',
    'callscript': 'CallScript lgpd ScriptHeader',
    'cannedtext': 'CannedText lgpd CannedText',
    'category': 'Category lgpd CategoryDetail',
    'certificate': 'Certificate lgpd Certificate',
    'changecalendar': 'ChangeCalendar l -',
    'chargerate': 'ChargeRate lg -',
    'chat': 'Chat lg -',
    'chatmessage': 'ChatMessage lp LiveChatMsg',
    'chatprofile': 'ChatProfile lgpd ChatProfile',
    'client': 'Client lgpd Area',
    'clientcache': 'ClientCache l -',
    'clientcontract': 'ClientContract lgpd ContractHeader',
    'clientprepay': 'ClientPrepay lgpd PrepayHistory',
    'configcommit': 'ConfigCommit lgpd ConfigCommit',
    'confirmclosure': 'ConfirmClosure lgpd ConfirmClosure',
    'confluencedetails': 'ConfluenceDetails lgpd ConfluenceDetails',
    'connectedinstance': 'ConnectedInstance lgpd ConnectedInstance',
    'consignment': 'Consignment lgpd ConsignmentHeader',
    'contactgroup': 'Contactgroup lgpd Contactgroup',
    'contactgroupcontact': 'Contactgroupcontact lgpd Contactgroupcontacts',
    'contractrule': 'ContractRule lgpd ContractRule',
    'contractschedule': 'ContractSchedule lgpd ContractSchedule',
    'contractscheduleplan': 'ContractSchedulePlan lgpd ContractSchedulePlan',
    'control': 'Control lp Control',
    'costcentres': 'CostCentres lgpd Costcentres',
    'crmnote': 'CRMNote lgpd AreaNote',
    'csvtemplate': 'CSVTemplate lgpd CSVTemplate',
    'currency': 'Currency lgpd Currency',
    'custombutton': 'CustomButton lgpd CustomButton',
    'customintegration': 'CustomIntegration lgpd OutboundIntegration',
    'customintegrationmethod': 'CustomIntegrationMethod lgpd OutboundIntegrationMethod',
    'customintegrationmethodvalue': 'CustomIntegrationMethodValue l -',
    'customintegrationrepository': 'CustomIntegrationRepository lg -',
    'customquery': 'CustomQuery lgpd CustomQuery',
    'customtable': 'CustomTable lgpd CustomTable',
    'dashboardlinks': 'DashboardLinks lgpd DashboardLinks',
    'databaselookup': 'DatabaseLookup lgpd PartsLookup',
    'databaselookupconfirmation': 'DatabaseLookupConfirmation gp PartsLookupConfirmation',
    'dattocommercedetails': 'DattoCommerceDetails lgpd DattoCommerceDetails',
    'devicelicence': 'DeviceLicence l -',
    'distributionlists': 'DistributionLists lgpd DistributionLists',
    'distributionlistslog': 'DistributionListsLog lgpd DistributionListsLog',
    'downtime': 'Downtime lgpd Downtime',
    'dynatracedetails': 'DynatraceDetails lgpd DynatraceDetails',
    'ecommerceorder': 'EcommerceOrder lgpd EcommerceOrder',
    'emailaddressbook': 'EmailAddressBook l -',
    'emailrule': 'EmailRule lgpd EmailRule',
    'emailstore': 'EmailStore lgpd EmailStore',
    'emailtemplate': 'EmailTemplate lgpd MessageContent',
    'event': 'Event lgd -',
    'eventrule': 'EventRule lgpd EventRule',
    'exactdetails': 'ExactDetails lgpd ExactDetails',
    'externalchatmessage': 'ExternalChatMessage lgpd TeamsChatMessage_List',
    'externallink': 'ExternalLink lgpd ExternalLink_List',
    'facebookdetails': 'FacebookDetails lgpd FacebookDetails',
    'faqlists': 'FAQLists lgpd FAQListHead',
    'faultsforecasting': 'FaultsForecasting gp FaultsForecasting',
    'faultviewlog': 'FaultViewLog l -',
    'features': 'Features lgp ModuleSetup',
    'feed': 'Feed l -',
    'feedback': 'Feedback lgpd Feedback',
    'field': 'Field lgpd Field',
    'fieldgroup': 'FieldGroup lgpd FieldGroup',
    'fieldinfo': 'FieldInfo lgpd FieldInfo',
    'formattedemail': 'formattedemail lgpd FormattedEmail',
    'fortnoxdetails': 'FortnoxDetails lgpd FortnoxDetails',
    'googlebusinessdetails': 'GoogleBusinessDetails lgpd GoogleBusinessDetails',
    'halodeviceinfo': 'HaloDeviceInfo gpd NHD_DeviceInfo',
    'halofield': 'HaloField l -',
    'halonews': 'HaloNews lgpd HaloNews',
    'health': 'Health l -',
    'holiday': 'Holiday lgpd Holidays',
    'importcsv': 'ImportCSV lgpd ImportCsv',
    'incomingemail': 'incomingemail lgpd IncomingEmail',
    'incomingevent': 'IncomingEvent lgpd IncomingEvent',
    'ingrammicrodetails': 'IngramMicroDetails lgpd IngramMicroDetails',
    'ingrammicroresellerdetails': 'IngramMicroResellerDetails lgpd IngramMicroResellerDetails',
    'instance': 'Instance lgp Instance',
    'instanceinfo': 'InstanceInfo l -',
    'integrationconfiguration': 'IntegrationConfiguration lgp IntegrationConfiguration',
    'integrationerror': 'IntegrationError lgpd IntegrationError',
    'integrationexport': 'IntegrationExport lp IntegrationExport',
    'integrationfielddata': 'IntegrationFieldData lgpd IntegrationFieldData',
    'integrationfieldmapping': 'IntegrationFieldMapping l -',
    'integrationlookup': 'IntegrationLookUp lp IntegrationLookUp',
    'integrationrequest': 'IntegrationRequest lgpd IntegrationRequest',
    'integrationrunbookvariablegroup': 'IntegrationRunbookVariableGroup lg -',
    'integrationsitemapping': 'IntegrationSiteMapping l -',
    'integratorlog': 'IntegratorLog l -',
    'integratorschedule': 'IntegratorSchedule l -',
    'integratortrace': 'IntegratorTrace lg -',
    'invoice': 'Invoice lgpd InvoiceHeader',
    'invoicechange': 'InvoiceChange lp InvoiceChange',
    'invoicedetailprorata': 'InvoiceDetailProRata l -',
    'invoicepayment': 'InvoicePayment lgpd InvoicePayment_List',
    'item': 'Item lgpd Item',
    'itemgroup': 'ItemGroup lgpd ItemGroup',
    'itemstock': 'ItemStock lgpd ItemStock',
    'itemstockhistory': 'ItemStockHistory lg -',
    'itemsupplier': 'itemsupplier lgpd ItemSupplier',
    'jamfdetails': 'JamfDetails lgpd JamfDetails',
    'jiradetails': 'JiraDetails lgpd JiraDetails',
    'journey': 'Journey lgpd Journey',
    'kandjidetails': 'KandjiDetails lgpd KandjiDetails',
    'kashflowdetails': 'KashflowDetails lgpd KashflowDetails',
    'kbarticle': 'KBArticle lgpd KBEntry',
    'kbarticleanon': 'KBArticleAnon l -',
    'languages': 'Languages lgpd LanguagePack',
    'ldapconnection': 'LDAPConnection lgpd LDAPConnection',
    'licencechange': 'LicenceChange l -',
    'licenseinfo': 'LicenseInfo lp LicenceInfo',
    'lookup': 'Lookup lgpd Lookup',
    'mailbox': 'Mailbox lgpd Mailbox',
    'mailcampaign': 'MailCampaign lgpd MailCampaign',
    'mailcampaignemail': 'MailCampaignEmail lgpd MailCampaignEmail',
    'mailcampaignlog': 'MailCampaignLog lg -',
    'manageenginedetails': 'ManageEngineDetails lgpd ManageEngineDetails',
    'marketingunsubscribe': 'MarketingUnsubscribe lgpd MarketingUnsubscribe',
    'mattermostchanneldetails': 'MattermostChannelDetails l -',
    'mattermostdetails': 'MattermostDetails lgpd MattermostDetails',
    'meterreading': 'MeterReading lgp DeviceMeterReading',
    'microsoftsubscriptionmapping': 'MicrosoftSubscriptionMapping lgpd MicrosoftSubscriptionMapping',
    'microsoftteamsmapping': 'MicrosoftTeamsMapping lgpd MicrosoftTeamsMapping',
    'mo': 'MO lgpd MarketingOpen',
    'myobdetails': 'MYOBdetails lgpd MYOBDetails',
    'ncentraldetails': 'NCentralDetails lgpd NCentralDetails',
    'nhserverconfig': 'Nhserverconfig lgpd NHServerConfig',
    'notification': 'Notification lgpd UnameNotification',
    'notificationmessage': 'NotificationMessage lgpd NotificationContent',
    'notifications': 'Notifications lgpd EscMsg',
    'onlinestatus': 'OnlineStatus lp OnlineStatus',
    'opportunities': 'Opportunities lgpd Faults',
    'orderline': 'OrderLine l -',
    'organisation': 'Organisation lgpd Organisation',
    'outcome': 'Outcome lgpd TOutcome',
    'outgoing': 'Outgoing lgd -',
    'outgoingattempt': 'OutgoingAttempt lg -',
    'outgoingemail': 'Outgoingemail lpd Outgoingemail',
    'pagerdutymapping': 'pagerdutymapping l -',
    'passwordfield': 'PasswordField lgp AuditPasswordField',
    'pdftemplate': 'PdfTemplate lgpd PdfTemplate',
    'pdftemplaterepository': 'PdfTemplateRepository lg -',
    'popupnote': 'PopupNote l -',
    'powershellscript': 'PowerShellScript lgpd PowerShellScript',
    'powershellscriptcriteria': 'PowerShellScriptCriteria lgpd PowerShellScriptCriteria',
    'powershellscriptprocessing': 'PowerShellScriptProcessing lgpd PowerShellScriptProcessing',
    'priority': 'Priority lgpd Policy',
    'product': 'Product lgpd ReleaseProduct',
    'productbranch': 'ProductBranch l -',
    'productcomponent': 'ProductComponent lgpd ReleaseComponent',
    'projects': 'Projects lgpd Faults',
    'prtgdetails': 'PRTGDetails lgpd PRTGDetails',
    'publishprofiles': 'PublishProfiles lgpd PublishProfiles',
    'purchaseorder': 'PurchaseOrder lgpd SupplierOrderHeader',
    'qualification': 'Qualification lgpd Qualification',
    'quickbooksdetails': 'QuickBooksDetails lgpd QuickBooksDetails',
    'quotation': 'Quotation lgpd QuotationHeader',
    'recurringinvoice': 'RecurringInvoice lgpd InvoiceHeader',
    'recurringitem': 'RecurringItem l -',
    'release': 'Release lgpd Release',
    'releasenotegroup': 'ReleaseNoteGroup lgpd ReleaseNoteGroup',
    'releasepipeline': 'ReleasePipeline lgpd ReleasePipeline',
    'releasetype': 'ReleaseType lgpd ReleaseType',
    'remotesession': 'RemoteSession lgpd RemoteSessionData',
    'remotesessionteams': 'RemoteSessionTeams l -',
    'report': 'Report lgpd AnalyzerProfile',
    'reportdata': 'ReportData g -',
    'reportrepository': 'ReportRepository lg -',
    'resourcetype': 'ResourceType lg -',
    'roadmap': 'Roadmap l -',
    'roles': 'Roles lgpd NHD_Roles',
    'sagebusinessclouddetails': 'SageBusinessCloudDetails lgpd SageBusinessCloudDetails',
    'salesmailbox': 'SalesMailbox lgpd SalesMailbox',
    'salesorder': 'SalesOrder lgpd OrderHead',
    'schedule': 'Schedule lgp Schedule',
    'scheduleoccurrence': 'ScheduleOccurrence lg -',
    'screenlayout': 'ScreenLayout lgpd ScreenLayout',
    'search': 'Search l -',
    'securitycheck': 'SecurityCheck l -',
    'securityquestion': 'SecurityQuestion lgpd SecurityQuestion',
    'securityquestionvalidate': 'SecurityQuestionValidate lp NPR_Result',
    'service': 'Service lgpd ServSite',
    'serviceavailability': 'ServiceAvailability lgpd ServiceAvailability',
    'servicecategory': 'ServiceCategory lgpd ServiceCategory',
    'servicerequestdetails': 'ServiceRequestDetails lg -',
    'servicerestriction': 'ServiceRestriction l -',
    'servicestatus': 'ServiceStatus lgpd ServStatus',
    'setuptab': 'SetupTab lgp SetupTab',
    'setuptabgroup': 'SetupTabGroup lg -',
    'shopifydetails': 'ShopifyDetails lgpd ShopifyDetails',
    'site': 'Site lgpd Site',
    'sla': 'SLA lgpd SlaHead',
    'slackdetails': 'SlackDetails lgpd SlackDetails',
    'snipeitdetails': 'SnipeITDetails lgpd SnipeITDetails',
    'snowdetails': 'SnowDetails lgpd SnowDetails',
    'softwarelicence': 'SoftwareLicence lgpd Licence_List',
    'softwarelicencerole': 'SoftwareLicenceRole l -',
    'sqlimport': 'SQLImport lgpd SQLImport',
    'status': 'Status lgpd TStatus',
    'streamoneiondetails': 'StreamOneIonDetails lgpd StreamOneIonDetails',
    'supplier': 'Supplier lgpd Company',
    'suppliercontract': 'SupplierContract lgpd Contract',
    'synnexdetails': 'SynnexDetails lgpd SynnexDetails',
    'tabs': 'Tabs lgpd Tabname',
    'tags': 'Tags lgpd Tag',
    'taniumdetails': 'TaniumDetails lgpd TaniumDetails',
    'taskmonitorevent': 'TaskMonitorEvent l -',
    'taskschedule': 'TaskSchedule l -',
    'tasktrace': 'TaskTrace lg -',
    'tax': 'Tax lgpd Tax',
    'taxrule': 'TaxRule lgpd TaxRule',
    'team': 'Team lgpd SectionDetail',
    'teamimage': 'TeamImage g -',
    'techdataresellerdetails': 'TechDataResellerDetails lgpd TechDataResellerDetails',
    'template': 'Template lgpd StdRequest',
    'tenabledetails': 'TenableDetails lgpd TenableDetails',
    'tenant': 'Tenant l -',
    'test1': 'Test1 l -',
    'test3': 'Test3 l -',
    'test4': 'Test4 l -',
    'testerror': 'TestError l -',
    'ticketapproval': 'TicketApproval lgp FaultApproval',
    'ticketarea': 'TicketArea lgpd TicketArea',
    'ticketrules': 'TicketRules lgpd Autoassign',
    'tickets': 'Tickets lgpd Faults',
    'tickettype': 'TicketType lgpd RequestType',
    'tickettypefield': 'TicketTypeField l -',
    'tickettypegroup': 'TicketTypeGroup lgpd RequestTypeGroup',
    'timesheet': 'Timesheet lgp Timesheet',
    'timesheetevent': 'TimesheetEvent lgpd TimesheetEvent',
    'timeslot': 'Timeslot l -',
    'todo': 'ToDo lp FaultToDo',
    'todogroup': 'ToDoGroup lgpd ToDoGroup',
    'toplevel': 'TopLevel lgpd Tree',
    'translation': 'Translation lp LanguagePackTranslationsCustom',
    'twiliowhatsappdetails': 'TwilioWhatsAppDetails lgpd TwilioWhatsAppDetails',
    'twitterdetails': 'TwitterDetails lgpd TwitterDetails',
    'unsubserviceemails': 'UnsubServiceEmails lgpd UnsubEmailServiceUsers',
    'userchange': 'UserChange l -',
    'userroles': 'UserRoles lgpd UserRoles',
    'users': 'Users lgpd Users',
    'versioninfo': 'VersionInfo lg -',
    'viewcolumns': 'ViewColumns lgpd ViewColumns',
    'viewfilter': 'ViewFilter lgpd ViewFilter',
    'viewlistgroup': 'ViewListGroup lgpd ViewListGroup',
    'viewlists': 'ViewLists lgpd ViewLists',
    'virimadetails': 'VirimaDetails lgpd VirimaDetails',
    'virtualagent': 'VirtualAgent lgpd VirtualAgent',
    'vmworkspacedetails': 'VMWorkspaceDetails lgpd VMWorkspaceDetails',
    'webhook': 'Webhook lgpd Webhook',
    'webhookevent': 'WebhookEvent lgp WebhookEvent',
    'webhookrepository': 'WebhookRepository lg -',
    'wordpressdetails': 'WordpressDetails lgpd WordpressDetails',
    'wordpressorgdetails': 'WordpressOrgDetails lgpd WordpressOrgDetails',
    'workday': 'Workday lgpd Workdays',
    'workflow': 'Workflow lgpd FlowHeader',
    'workflowstep': 'workflowstep l -',
    'workflowtarget': 'WorkflowTarget lgpd WorkflowTarget',
    'xerodetails': 'XeroDetails lgpd XeroDetails',
    'xtyperole': 'XtypeRole l -',
}

SPEC_PATHS = {
    '/Actions': 'GET POST',
    '/Actions/reaction': 'POST',
    '/Actions/Review': 'POST',
    '/Actions/{id}': 'GET DELETE',
    '/Address': 'GET POST',
    '/Address/{id}': 'GET DELETE',
    '/Addressbook': 'GET POST',
    '/Addressbook/{id}': 'GET DELETE',
    '/AdobeAcrobatDetails': 'GET POST',
    '/AdobeAcrobatDetails/{id}': 'GET DELETE',
    '/AdobeCommerceDetails': 'GET POST',
    '/AdobeCommerceDetails/{id}': 'GET DELETE',
    '/AdobeCommerceIntegration': 'GET',
    '/AdobeCommerceIntegration/auth': 'POST',
    '/Agent': 'GET POST',
    '/Agent/ClearCache': 'POST',
    '/Agent/me': 'GET',
    '/Agent/{id}': 'GET DELETE',
    '/AgentCheckIn': 'GET POST',
    '/AgentCheckIn/{id}': 'GET',
    '/AgentEventSubscription': 'GET POST',
    '/AgentEventSubscription/{id}': 'GET DELETE',
    '/AgentImage/{id}': 'GET',
    '/AgentPresenceRule': 'GET',
    '/AgentPresenceSubscription': 'GET POST',
    '/AgentPresenceSubscription/{id}': 'GET DELETE',
    '/AISuggestion': 'GET POST',
    '/AISuggestion/{id}': 'GET DELETE',
    '/AmazonSellerDetails': 'GET POST',
    '/AmazonSellerDetails/{id}': 'GET DELETE',
    '/Application': 'GET POST',
    '/Application/{id}': 'GET DELETE',
    '/Appointment': 'GET POST',
    '/Appointment/Booking': 'GET POST',
    '/Appointment/Generate': 'POST',
    '/Appointment/{id}': 'GET DELETE',
    '/ApprovalProcess': 'GET POST',
    '/ApprovalProcess/{id}': 'GET DELETE',
    '/ApprovalProcessRule': 'GET POST',
    '/ApprovalProcessRule/{id}': 'GET DELETE',
    '/ApprovalStore': 'POST',
    '/AreaAzureTenant': 'GET',
    '/AreaRequestType': 'GET',
    '/AreaRequestType/{id}': 'GET',
    '/Asset': 'GET POST',
    '/Asset/GetAllSoftwareVersions': 'GET',
    '/Asset/NextTag': 'GET',
    '/Asset/{id}': 'GET DELETE',
    '/AssetChange': 'GET POST',
    '/AssetGroup': 'GET POST',
    '/AssetGroup/{id}': 'GET DELETE',
    '/AssetSoftware': 'GET',
    '/AssetType': 'GET POST',
    '/AssetType/{id}': 'GET DELETE',
    '/AssetTypeInfo': 'GET',
    '/AssetTypeMappings': 'GET',
    '/AssetTypeMappings/{id}': 'GET',
    '/ATT/PriceAndAvailability': 'GET',
    '/Attachment': 'GET POST',
    '/Attachment/document': 'POST',
    '/Attachment/document/{id}': 'GET DELETE',
    '/Attachment/GetS3PresignedURL': 'POST',
    '/Attachment/image': 'GET POST',
    '/Attachment/image/{id}': 'GET DELETE',
    '/Attachment/nhserver/{id}': 'GET',
    '/Attachment/PresignedURLUploadComplete': 'POST',
    '/Attachment/{id}': 'GET DELETE',
    '/Audit': 'GET POST',
    '/Audit/{id}': 'GET DELETE',
    '/AuthInfo': 'GET',
    '/Automation': 'GET POST',
    '/Automation/{id}': 'GET DELETE',
    '/Automation/{runbookId}': 'POST',
    '/AvalaraDetails': 'GET POST',
    '/AvalaraDetails/{id}': 'GET DELETE',
    '/AWS/Get': 'GET',
    '/AWSDetails': 'GET POST',
    '/AWSDetails/{id}': 'GET DELETE',
    '/azureadconnection': 'GET POST',
    '/azureadconnection/{id}': 'GET DELETE',
    '/azureadmapping': 'GET',
    '/AzureDelta': 'GET POST',
    '/AzureDelta/{id}': 'GET DELETE',
    '/AzureDevOpsDetails': 'GET POST',
    '/AzureDevOpsDetails/{id}': 'GET DELETE',
    '/AzureTranslate/CustomTranslate': 'GET',
    '/BackgroundTask/{id}': 'GET',
    '/BillingTemplate': 'GET POST',
    '/BillingTemplate/{id}': 'GET DELETE',
    '/BookingType': 'GET',
    '/Bookmark': 'POST',
    '/Bookmark/{id}': 'GET',
    '/BudgetType': 'GET POST',
    '/BudgetType/{id}': 'GET DELETE',
    '/BulkEmail': 'GET',
    '/BulkEmail/{id}': 'GET',
    '/BusinessCentralDetails': 'GET POST',
    '/BusinessCentralDetails/{id}': 'GET DELETE',
    '/CAB': 'GET POST',
    '/CAB/{id}': 'GET DELETE',
    '/CABMember': 'GET',
    '/CallLog': 'GET POST',
    '/CallLog/{id}': 'GET',
    '/CallScript': 'GET POST',
    '/CallScript/{id}': 'GET DELETE',
    '/CannedText': 'GET POST',
    '/CannedText/{id}': 'GET DELETE',
    '/Category': 'GET POST',
    '/Category/{id}': 'GET DELETE',
    '/Certificate': 'GET POST',
    '/Certificate/{id}': 'GET DELETE',
    '/ChangeCalendar': 'GET',
    '/ChargeRate': 'GET',
    '/ChargeRate/{id}': 'GET',
    '/Chat': 'GET POST',
    '/Chat/{id}': 'GET',
    '/ChatFlow': 'POST',
    '/ChatMessage': 'GET POST',
    '/ChatMessage/IsTyping': 'POST',
    '/ChatProfile': 'GET POST',
    '/ChatProfile/{id}': 'GET DELETE',
    '/Client': 'GET POST',
    '/Client/me': 'GET',
    '/Client/NewAccountsId': 'POST',
    '/Client/PaymentMethodUpdate': 'POST',
    '/Client/{id}': 'GET DELETE',
    '/ClientCache': 'GET',
    '/ClientContract': 'GET POST',
    '/ClientContract/Approval': 'POST',
    '/ClientContract/NextRef': 'POST',
    '/ClientContract/{id}': 'GET DELETE',
    '/ClientPrepay': 'GET POST',
    '/ClientPrepay/{id}': 'GET DELETE',
    '/ConfigCommit': 'GET POST',
    '/ConfigCommit/{id}': 'GET DELETE',
    '/ConfirmClosure': 'GET POST',
    '/ConfirmClosure/{id}': 'GET DELETE',
    '/ConfluenceDetails': 'GET POST',
    '/ConfluenceDetails/{id}': 'GET DELETE',
    '/ConnectedInstance': 'GET POST',
    '/ConnectedInstance/{id}': 'GET DELETE',
    '/Consignment': 'GET POST',
    '/Consignment/{id}': 'GET DELETE',
    '/Contactgroup': 'GET POST',
    '/Contactgroup/{id}': 'GET DELETE',
    '/Contactgroupcontact': 'GET POST',
    '/Contactgroupcontact/{id}': 'GET DELETE',
    '/ContractRule': 'GET POST',
    '/ContractRule/{id}': 'GET DELETE',
    '/ContractSchedule': 'GET POST',
    '/ContractSchedule/{id}': 'GET DELETE',
    '/ContractSchedulePlan': 'GET POST',
    '/ContractSchedulePlan/{id}': 'GET DELETE',
    '/Control': 'GET POST',
    '/Control/ClearCache': 'POST',
    '/Control/setup': 'POST',
    '/Control/Teams': 'GET',
    '/Control/UpdateEnc': 'POST',
    '/CostCentres': 'GET POST',
    '/CostCentres/{id}': 'GET DELETE',
    '/CRMNote': 'GET POST',
    '/CRMNote/{id}': 'GET DELETE',
    '/CSVTemplate': 'GET POST',
    '/CSVTemplate/{id}': 'GET DELETE',
    '/Currency': 'GET POST',
    '/Currency/{id}': 'GET DELETE',
    '/CustomButton': 'GET POST',
    '/CustomButton/{id}': 'GET DELETE',
    '/CustomIntegration': 'GET POST',
    '/CustomIntegration/{id}': 'GET DELETE',
    '/CustomIntegrationMethod': 'GET POST',
    '/CustomIntegrationMethod/{id}': 'GET DELETE',
    '/CustomIntegrationMethodValue': 'GET',
    '/CustomIntegrationRepository': 'GET',
    '/CustomIntegrationRepository/{id}': 'GET',
    '/CustomQuery': 'GET POST',
    '/CustomQuery/{id}': 'GET DELETE',
    '/CustomTable': 'GET POST',
    '/CustomTable/{id}': 'GET DELETE',
    '/DashboardLinks': 'GET POST',
    '/DashboardLinks/FilterValues': 'GET',
    '/DashboardLinks/{id}': 'GET DELETE',
    '/DatabaseLookup': 'GET POST',
    '/DatabaseLookup/run': 'POST',
    '/DatabaseLookup/{id}': 'GET DELETE',
    '/DatabaseLookupConfirmation': 'POST',
    '/DatabaseLookupConfirmation/{id}': 'GET',
    '/DattoCommerceDetails': 'GET POST',
    '/DattoCommerceDetails/{id}': 'GET DELETE',
    '/DeviceLicence': 'GET',
    '/DistributionLists': 'GET POST',
    '/DistributionLists/{id}': 'GET DELETE',
    '/DistributionListsLog': 'GET POST',
    '/DistributionListsLog/{id}': 'GET DELETE',
    '/DocumentCreation': 'POST',
    '/Downtime': 'GET POST',
    '/Downtime/DowntimeCalendar': 'GET',
    '/Downtime/{id}': 'GET DELETE',
    '/DynatraceDetails': 'GET POST',
    '/DynatraceDetails/{id}': 'GET DELETE',
    '/EcommerceOrder': 'GET POST',
    '/EcommerceOrder/{id}': 'GET DELETE',
    '/EmailAddressBook': 'GET',
    '/EmailRule': 'GET POST',
    '/EmailRule/{id}': 'GET DELETE',
    '/EmailStore': 'GET POST',
    '/EmailStore/{id}': 'GET DELETE',
    '/EmailTemplate': 'GET POST',
    '/EmailTemplate/{id}': 'GET DELETE',
    '/Event': 'GET POST',
    '/Event/{id}': 'GET DELETE',
    '/EventRule': 'GET POST',
    '/EventRule/{id}': 'GET DELETE',
    '/ExactDetails': 'GET POST',
    '/ExactDetails/{id}': 'GET DELETE',
    '/Example/Get': 'GET',
    '/ExternalChatMessage': 'GET POST',
    '/ExternalChatMessage/{id}': 'GET DELETE',
    '/ExternalLink': 'GET POST',
    '/ExternalLink/Generate': 'POST',
    '/ExternalLink/{id}': 'GET DELETE',
    '/FacebookDetails': 'GET POST',
    '/FacebookDetails/{id}': 'GET DELETE',
    '/FAQLists': 'GET POST',
    '/FAQLists/{id}': 'GET DELETE',
    '/FaultsForecasting': 'POST',
    '/FaultsForecasting/{id}': 'GET',
    '/FaultViewLog': 'GET',
    '/Features': 'GET POST',
    '/Features/{id}': 'GET',
    '/Feed': 'GET',
    '/Feedback': 'GET POST',
    '/Feedback/{id}': 'GET DELETE',
    '/Field': 'GET POST',
    '/Field/AddFieldToAll/{id}': 'POST',
    '/Field/{id}': 'GET DELETE',
    '/FieldGroup': 'GET POST',
    '/FieldGroup/{id}': 'GET DELETE',
    '/FieldInfo': 'GET POST',
    '/FieldInfo/{id}': 'GET DELETE',
    '/formattedemail': 'GET POST',
    '/formattedemail/{id}': 'GET DELETE',
    '/FortnoxDetails': 'GET POST',
    '/FortnoxDetails/{id}': 'GET DELETE',
    '/GoogleBusinessDetails': 'GET POST',
    '/GoogleBusinessDetails/{id}': 'GET DELETE',
    '/GoToResolve/Complete': 'GET',
    '/GoToResolve/Download': 'GET',
    '/HaloDeviceInfo': 'POST',
    '/HaloDeviceInfo/{id}': 'GET DELETE',
    '/HaloField': 'GET',
    '/HaloNews': 'GET POST',
    '/HaloNews/read': 'POST',
    '/HaloNews/{id}': 'GET DELETE',
    '/Health': 'GET',
    '/Holiday': 'GET POST',
    '/Holiday/{id}': 'GET DELETE',
    '/Hopewiser/Get': 'GET',
    '/ImpersonationRequest': 'POST',
    '/ImportCSV': 'GET POST',
    '/ImportCSV/{id}': 'GET DELETE',
    '/incomingemail': 'GET POST',
    '/incomingemail/{id}': 'GET DELETE',
    '/IncomingEvent': 'GET POST',
    '/IncomingEvent/Process': 'POST',
    '/IncomingEvent/{id}': 'GET DELETE',
    '/IngramMicroDetails': 'GET POST',
    '/IngramMicroDetails/{id}': 'GET DELETE',
    '/IngramMicroReseller/Get': 'GET',
    '/IngramMicroReseller/GetQuote': 'GET',
    '/IngramMicroResellerDetails': 'GET POST',
    '/IngramMicroResellerDetails/{id}': 'GET DELETE',
    '/Instance': 'GET POST',
    '/Instance/{id}': 'GET',
    '/InstanceInfo': 'GET',
    '/IntegrationConfiguration': 'GET POST',
    '/IntegrationConfiguration/{id}': 'GET',
    '/IntegrationData/AdjustQty/MicrosoftCSP': 'POST',
    '/IntegrationData/BigPanda/GetDeviceList': 'GET',
    '/IntegrationData/CreateIncident/SplunkOnCall': 'POST',
    '/IntegrationData/Export/Lansweeper': 'POST',
    '/IntegrationData/FormatJsonArray': 'POST',
    '/IntegrationData/Get/Addigy': 'GET',
    '/IntegrationData/Get/AmazonSeller': 'GET',
    '/IntegrationData/Get/ArrowSphere': 'GET',
    '/IntegrationData/Get/Atera': 'GET',
    '/IntegrationData/Get/Automate': 'GET',
    '/IntegrationData/Get/Autotask': 'GET',
    '/IntegrationData/Get/Auvik': 'GET',
    '/IntegrationData/Get/Avalara': 'GET',
    '/IntegrationData/Get/AzureAD': 'GET',
    '/IntegrationData/Get/AzureAD/Delta': 'GET',
    '/IntegrationData/Get/AzureSentinel': 'GET',
    '/IntegrationData/Get/Barracuda': 'GET',
    '/IntegrationData/Get/BusinessCentral': 'GET',
    '/IntegrationData/Get/CloudMarketplace': 'GET',
    '/IntegrationData/Get/Confluence': 'GET',
    '/IntegrationData/Get/ConnectWise': 'GET',
    '/IntegrationData/Get/ConnectwiseControl': 'GET',
    '/IntegrationData/Get/ConnectwiseRmm': 'GET',
    '/IntegrationData/Get/Datagate': 'GET',
    '/IntegrationData/Get/Datto': 'GET',
    '/IntegrationData/Get/DattoCommerce': 'GET',
    '/IntegrationData/Get/DeletedMail': 'GET',
    '/IntegrationData/Get/Device42': 'GET',
    '/IntegrationData/Get/DevOps': 'GET',
    '/IntegrationData/Get/DickerData': 'GET',
    '/IntegrationData/Get/Domotz': 'GET',
    '/IntegrationData/Get/DynamicsCRM': 'GET',
    '/IntegrationData/Get/Dynatrace': 'GET',
    '/IntegrationData/Get/Etilize': 'GET',
    '/IntegrationData/Get/ExactOnline': 'GET',
    '/IntegrationData/Get/ExchangeCalendars': 'GET',
    '/IntegrationData/Get/ExchangeCalendars/EWS': 'GET',
    '/IntegrationData/Get/Facebook': 'GET',
    '/IntegrationData/Get/Fortnox': 'GET',
    '/IntegrationData/Get/Freshdesk': 'GET',
    '/IntegrationData/Get/Giacom': 'GET',
    '/IntegrationData/Get/GoCardless': 'GET',
    '/IntegrationData/Get/GoCardless/Payments': 'GET',
    '/IntegrationData/Get/GoogleBusiness': 'GET',
    '/IntegrationData/Get/GoogleCalendars': 'GET',
    '/IntegrationData/Get/GoogleWorkplace': 'GET',
    '/IntegrationData/Get/GoToAssist': 'GET',
    '/IntegrationData/Get/HaloLink': 'GET',
    '/IntegrationData/Get/HolidayAPI': 'GET',
    '/IntegrationData/Get/HubSpot': 'GET',
    '/IntegrationData/Get/Icinga': 'GET',
    '/IntegrationData/Get/IngramMicro': 'GET',
    '/IntegrationData/Get/Intacct': 'GET',
    '/IntegrationData/Get/Interact': 'GET',
    '/IntegrationData/Get/Intune': 'GET',
    '/IntegrationData/Get/intY': 'GET',
    '/IntegrationData/Get/ITGlue': 'GET',
    '/IntegrationData/Get/Jamf': 'GET',
    '/IntegrationData/Get/Jira': 'GET',
    '/IntegrationData/Get/JiraServiceManagement': 'GET',
    '/IntegrationData/Get/KaseyaVSA': 'GET',
    '/IntegrationData/Get/Kashflow': 'GET',
    '/IntegrationData/Get/Lansweeper': 'GET',
    '/IntegrationData/Get/Liongard': 'GET',
    '/IntegrationData/Get/LogicMonitor': 'GET',
    '/IntegrationData/Get/LogMeIn': 'GET',
    '/IntegrationData/Get/Mail': 'GET',
    '/IntegrationData/Get/Mattermost': 'GET',
    '/IntegrationData/Get/Meraki': 'GET',
    '/IntegrationData/Get/MicrosoftCSP': 'GET',
    '/IntegrationData/Get/Myob': 'GET',
    '/IntegrationData/Get/NCentral': 'GET',
    '/IntegrationData/Get/NewRelic': 'GET',
    '/IntegrationData/Get/NinjaRMM': 'GET',
    '/IntegrationData/Get/Okta': 'GET',
    '/IntegrationData/Get/PagerDuty': 'GET',
    '/IntegrationData/Get/Passportal': 'GET',
    '/IntegrationData/Get/Pax8': 'GET',
    '/IntegrationData/Get/Prometheus': 'GET',
    '/IntegrationData/Get/PRTG': 'GET',
    '/IntegrationData/Get/Qualys': 'GET',
    '/IntegrationData/Get/QuickBooksOnline': 'GET',
    '/IntegrationData/Get/Quoter': 'GET',
    '/IntegrationData/Get/Rhipe': 'GET',
    '/IntegrationData/Get/SageBusinessCloud': 'GET',
    '/IntegrationData/Get/Salesforce': 'GET',
    '/IntegrationData/Get/SalesMailbox': 'GET',
    '/IntegrationData/Get/SalesMailbox/{id}': 'GET',
    '/IntegrationData/Get/ServiceNow': 'GET',
    '/IntegrationData/Get/ServiceNowIntegration': 'GET',
    '/IntegrationData/Get/Sherweb': 'GET',
    '/IntegrationData/Get/Shopify': 'GET',
    '/IntegrationData/Get/ShopifyVerify': 'GET',
    '/IntegrationData/Get/Slack': 'GET',
    '/IntegrationData/Get/SnelStart': 'GET',
    '/IntegrationData/Get/SnipeIT': 'GET',
    '/IntegrationData/Get/Snow': 'GET',
    '/IntegrationData/Get/SolarWindsRMM': 'GET',
    '/IntegrationData/Get/Splashtop': 'GET',
    '/IntegrationData/Get/SplunkOnCall': 'GET',
    '/IntegrationData/Get/StreamOneIon': 'GET',
    '/IntegrationData/Get/Stripe': 'GET',
    '/IntegrationData/Get/Syncro': 'GET',
    '/IntegrationData/Get/Synnex': 'GET',
    '/IntegrationData/Get/Tanium': 'GET',
    '/IntegrationData/Get/TechData': 'GET',
    '/IntegrationData/Get/Twitter': 'GET',
    '/IntegrationData/Get/VMWorkspace': 'GET',
    '/IntegrationData/Get/WordpressCom': 'GET',
    '/IntegrationData/Get/WordpressOrg': 'GET',
    '/IntegrationData/Get/Xensam': 'GET',
    '/IntegrationData/Get/Xero': 'GET',
    '/IntegrationData/Get/Zabbix': 'GET',
    '/IntegrationData/Import/BeyondTrust': 'POST',
    '/IntegrationData/Import/BusinessCentral': 'POST',
    '/IntegrationData/Import/DevOps': 'POST',
    '/IntegrationData/Import/ExactOnline': 'POST',
    '/IntegrationData/Import/ExchangeCalendars/EWS': 'POST',
    '/IntegrationData/Import/Fortnox': 'POST',
    '/IntegrationData/Import/IngramMicro/Subscriptions': 'POST',
    '/IntegrationData/Import/Intacct': 'POST',
    '/IntegrationData/Import/Jira': 'POST',
    '/IntegrationData/Import/Kashflow': 'POST',
    '/IntegrationData/Import/Myob': 'POST',
    '/IntegrationData/Import/QuickBooksOnline': 'POST',
    '/IntegrationData/Import/SageBusinessCloud': 'POST',
    '/IntegrationData/Import/SnelStart': 'POST',
    '/IntegrationData/Import/Xero': 'POST',
    '/IntegrationData/Link/DevOps': 'POST',
    '/IntegrationData/Link/Jira': 'POST',
    '/IntegrationData/MicrosoftTeams/Manifest': 'POST',
    '/IntegrationData/Move/Mail': 'POST',
    '/IntegrationData/Post/Confluence/create-webhook': 'POST',
    '/IntegrationData/Post/Liongard/Customer': 'POST',
    '/IntegrationData/Post/Liongard/Metrics': 'POST',
    '/IntegrationData/Post/Mattermost/create-webhook': 'POST',
    '/IntegrationData/Post/Mattermost/delete-webhook': 'POST',
    '/IntegrationData/Post/Mattermost/send-webhook': 'POST',
    '/IntegrationData/Post/OpenAi': 'POST',
    '/IntegrationData/Post/Stripe/create-payment-intent': 'POST',
    '/IntegrationData/Post/Stripe/create-portal-session': 'POST',
    '/IntegrationData/Post/Stripe/create-setup-intent': 'POST',
    '/IntegrationData/Post/Stripe/create-webhook': 'POST',
    '/IntegrationData/Post/Stripe/update-invoice-payment': 'POST',
    '/IntegrationData/SAML/IdP/Metadata': 'POST',
    '/IntegrationData/SAML/SP/Metadata': 'GET',
    '/IntegrationData/Search/DevOps': 'GET',
    '/IntegrationData/Search/Jira': 'GET',
    '/IntegrationData/Send/Xero': 'POST',
    '/IntegrationData/Unlink/DevOps': 'POST',
    '/IntegrationData/Unlink/HaloLink': 'POST',
    '/IntegrationData/Unlink/Jira': 'POST',
    '/IntegrationData/Validate/Jira': 'GET',
    '/IntegrationError': 'GET POST',
    '/IntegrationError/{id}': 'GET DELETE',
    '/IntegrationExport': 'GET POST',
    '/IntegrationFieldData': 'GET POST',
    '/IntegrationFieldData/{id}': 'GET DELETE',
    '/IntegrationFieldMapping': 'GET',
    '/IntegrationLookUp': 'GET POST',
    '/IntegrationRequest': 'GET POST',
    '/IntegrationRequest/{id}': 'GET DELETE',
    '/IntegrationRunbookVariableGroup': 'GET',
    '/IntegrationRunbookVariableGroup/{id}': 'GET',
    '/IntegrationSiteMapping': 'GET',
    '/IntegratorLog': 'GET',
    '/IntegratorSchedule': 'GET',
    '/IntegratorTrace': 'GET',
    '/IntegratorTrace/{id}': 'GET',
    '/Invoice': 'GET POST',
    '/Invoice/PDF/{id}': 'POST',
    '/Invoice/updatelines': 'POST',
    '/Invoice/{id}': 'GET DELETE',
    '/Invoice/{id}/void': 'POST',
    '/InvoiceChange': 'GET POST',
    '/InvoiceDetailProRata': 'GET',
    '/InvoicePayment': 'GET POST',
    '/InvoicePayment/{id}': 'GET DELETE',
    '/Item': 'GET POST',
    '/Item/NewAccountsId': 'POST',
    '/Item/{id}': 'GET DELETE',
    '/ItemGroup': 'GET POST',
    '/ItemGroup/{id}': 'GET DELETE',
    '/ItemStock': 'GET POST',
    '/ItemStock/{id}': 'GET DELETE',
    '/ItemStockHistory': 'GET',
    '/ItemStockHistory/{id}': 'GET',
    '/itemsupplier': 'GET POST',
    '/itemsupplier/{id}': 'GET DELETE',
    '/JamfDetails': 'GET POST',
    '/JamfDetails/{id}': 'GET DELETE',
    '/JiraDetails': 'GET POST',
    '/JiraDetails/{id}': 'GET DELETE',
    '/Journey': 'GET POST',
    '/Journey/{id}': 'GET DELETE',
    '/Kandji/Get': 'GET',
    '/KandjiDetails': 'GET POST',
    '/KandjiDetails/{id}': 'GET DELETE',
    '/KashflowDetails': 'GET POST',
    '/KashflowDetails/{id}': 'GET DELETE',
    '/KBArticle': 'GET POST',
    '/KBArticle/vote': 'POST',
    '/KBArticle/{id}': 'GET DELETE',
    '/KBArticleAnon': 'GET',
    '/Languages': 'GET POST',
    '/Languages/{id}': 'GET DELETE',
    '/LapSafe/Cancel': 'GET',
    '/LapSafe/Complete': 'GET',
    '/LapSafe/Get': 'GET',
    '/LDAPConnection': 'GET POST',
    '/LDAPConnection/{id}': 'GET DELETE',
    '/LicenceChange': 'GET',
    '/LicenseInfo': 'GET POST',
    '/LicenseInfo/password': 'GET',
    '/LoginToken': 'POST',
    '/Lookup': 'GET POST',
    '/Lookup/ClearCache': 'POST',
    '/Lookup/{id}': 'GET DELETE',
    '/Mail/Azure': 'POST',
    '/Mail/Integrator/Azure': 'POST',
    '/Mail/Integrator/Google': 'POST',
    '/Mail/Integrator/IMAP': 'POST',
    '/Mail/Integrator/Pop3': 'POST',
    '/Mail/ProcessMail': 'POST',
    '/Mailbox': 'GET POST',
    '/Mailbox/{id}': 'GET DELETE',
    '/Mailbox/{id}/OutlookContacts': 'GET',
    '/MailCampaign': 'GET POST',
    '/MailCampaign/{id}': 'GET DELETE',
    '/MailCampaignEmail': 'GET POST',
    '/MailCampaignEmail/{id}': 'GET DELETE',
    '/MailCampaignLog': 'GET',
    '/MailCampaignLog/{id}': 'GET',
    '/Mailchimp/Get': 'GET',
    '/ManageEngine/Get': 'GET',
    '/ManageEngineDetails': 'GET POST',
    '/ManageEngineDetails/{id}': 'GET DELETE',
    '/MarketingUnsubscribe': 'GET POST',
    '/MarketingUnsubscribe/{id}': 'GET DELETE',
    '/MattermostChannelDetails': 'GET',
    '/MattermostDetails': 'GET POST',
    '/MattermostDetails/{id}': 'GET DELETE',
    '/MeterReading': 'GET POST',
    '/MeterReading/{id}': 'GET',
    '/MicrosoftSubscriptionMapping': 'GET POST',
    '/MicrosoftSubscriptionMapping/{id}': 'GET DELETE',
    '/MicrosoftTeams/Get': 'GET',
    '/MicrosoftTeamsMapping': 'GET POST',
    '/MicrosoftTeamsMapping/{id}': 'GET DELETE',
    '/MO': 'GET POST',
    '/MO/b': 'GET',
    '/MO/r': 'GET',
    '/MO/{id}': 'GET DELETE',
    '/MYOBdetails': 'GET POST',
    '/MYOBdetails/{id}': 'GET DELETE',
    '/NCentralDetails': 'GET POST',
    '/NCentralDetails/{id}': 'GET DELETE',
    '/Nhserverconfig': 'GET POST',
    '/Nhserverconfig/{id}': 'GET DELETE',
    '/Notification': 'GET POST',
    '/Notification/{id}': 'GET DELETE',
    '/NotificationMessage': 'GET POST',
    '/NotificationMessage/{id}': 'GET DELETE',
    '/Notifications': 'GET POST',
    '/Notifications/process': 'POST',
    '/Notifications/{id}': 'GET DELETE',
    '/Notify': 'POST',
    '/Notify/Addigy': 'POST',
    '/Notify/Addigy/Integrator': 'POST',
    '/Notify/AdobeAcrobat/{tenant}/{secret}': 'GET POST',
    '/Notify/Atera': 'POST',
    '/Notify/Atera/Integrator': 'POST',
    '/Notify/Automate': 'POST',
    '/Notify/Automate/Integrator': 'POST',
    '/Notify/Auvik': 'POST',
    '/Notify/AzureDevOps': 'POST',
    '/Notify/AzureDevOps/Integrator': 'POST',
    '/Notify/AzureMonitor': 'POST',
    '/Notify/Confluence': 'POST',
    '/Notify/ConnectwiseRmm': 'GET',
    '/Notify/Datadog': 'POST',
    '/Notify/DattoRMM/Alerts': 'POST',
    '/Notify/Device42': 'POST',
    '/Notify/Dynatrace': 'POST',
    '/Notify/ExchangeCalendars': 'POST',
    '/Notify/Facebook': 'GET POST',
    '/Notify/github': 'POST',
    '/Notify/gotoresolve': 'POST',
    '/Notify/halo-webhook': 'POST',
    '/Notify/Hubspot': 'POST',
    '/Notify/Hubspot/Verify': 'POST',
    '/Notify/icinga': 'POST',
    '/Notify/ingrammicroreseller': 'POST',
    '/Notify/Jira': 'POST',
    '/Notify/JiraServiceManagement': 'POST',
    '/Notify/LapSafe': 'POST',
    '/Notify/LogicMonitor': 'POST',
    '/Notify/Meraki': 'POST',
    '/Notify/MicrosoftEntra/Integrator': 'POST',
    '/Notify/MicrosoftTeamsShifts/Import': 'POST',
    '/Notify/MicrosoftTeamsShifts/Webhook': 'POST',
    '/Notify/N-Central': 'POST',
    '/Notify/Nagios': 'POST',
    '/Notify/Ninja': 'POST',
    '/Notify/Ninja/Alerts': 'POST',
    '/Notify/PagerDuty': 'POST',
    '/Notify/partner-center': 'POST',
    '/Notify/process': 'POST',
    '/Notify/ProcessStreet': 'POST',
    '/Notify/prometheus': 'POST',
    '/Notify/PRTGAlerts/{tenant}': 'POST',
    '/Notify/QuickBooksOnline': 'POST',
    '/Notify/QuickbooksOnline/Verify': 'POST',
    '/Notify/Quoter': 'POST',
    '/Notify/servicenowaction': 'POST',
    '/Notify/servicenowticket': 'POST',
    '/Notify/SharePoint': 'POST',
    '/Notify/site24x7': 'POST',
    '/Notify/Slack': 'POST',
    '/Notify/Slack/Events': 'POST',
    '/Notify/SnelStart': 'POST',
    '/Notify/SolarWindsOrion': 'POST',
    '/Notify/SplunkOnCall': 'POST',
    '/Notify/Stripe': 'POST',
    '/Notify/Syncro': 'POST',
    '/Notify/Teams/chatMessage': 'POST',
    '/Notify/Teams/lifecycleNotification': 'POST',
    '/Notify/Teams/userPresence': 'POST',
    '/Notify/trustpilot': 'POST',
    '/Notify/Twilio': 'POST',
    '/Notify/Twitter': 'POST',
    '/Notify/uat-restore': 'POST',
    '/Notify/WhatsApp': 'POST',
    '/Notify/Xero': 'POST',
    '/Notify/Xero/Verify': 'POST',
    '/Notify/Zabbix': 'POST',
    '/OnlineStatus': 'GET POST',
    '/Opportunities': 'GET POST',
    '/Opportunities/View': 'POST',
    '/Opportunities/{id}': 'GET DELETE',
    '/OrderLine': 'GET',
    '/Organisation': 'GET POST',
    '/Organisation/{id}': 'GET DELETE',
    '/Outcome': 'GET POST',
    '/Outcome/{id}': 'GET DELETE',
    '/Outgoing': 'GET POST',
    '/Outgoing/{id}': 'GET DELETE',
    '/OutgoingAttempt': 'GET',
    '/OutgoingAttempt/{id}': 'GET',
    '/Outgoingemail': 'GET POST',
    '/Outgoingemail/{id}': 'DELETE',
    '/pagerdutymapping': 'GET',
    '/PasswordField': 'GET POST',
    '/PasswordField/{id}': 'GET',
    '/PdfTemplate': 'GET POST',
    '/PdfTemplate/{id}': 'GET DELETE',
    '/PdfTemplateRepository': 'GET',
    '/PdfTemplateRepository/{id}': 'GET',
    '/PopupNote': 'GET',
    '/PopupNote/read': 'POST',
    '/PowerShellScript': 'GET POST',
    '/PowerShellScript/{id}': 'GET DELETE',
    '/PowerShellScriptCriteria': 'GET POST',
    '/PowerShellScriptCriteria/{id}': 'GET DELETE',
    '/PowerShellScriptProcessing': 'GET POST',
    '/PowerShellScriptProcessing/{id}': 'GET DELETE',
    '/Priority': 'GET POST',
    '/Priority/{id}': 'GET DELETE',
    '/Product': 'GET POST',
    '/Product/{id}': 'GET DELETE',
    '/ProductBranch': 'GET',
    '/ProductComponent': 'GET POST',
    '/ProductComponent/{id}': 'GET DELETE',
    '/Projects': 'GET POST',
    '/Projects/View': 'POST',
    '/Projects/{id}': 'GET DELETE',
    '/PRTGDetails': 'GET POST',
    '/PRTGDetails/{id}': 'GET DELETE',
    '/PublishProfiles': 'GET POST',
    '/PublishProfiles/{id}': 'GET DELETE',
    '/PurchaseOrder': 'GET POST',
    '/PurchaseOrder/confirmreceipt': 'POST',
    '/PurchaseOrder/{id}': 'GET DELETE',
    '/Qualification': 'GET POST',
    '/Qualification/{id}': 'GET DELETE',
    '/QuickBooksDetails': 'GET POST',
    '/QuickBooksDetails/{id}': 'GET DELETE',
    '/Quotation': 'GET POST',
    '/Quotation/Approval': 'POST',
    '/Quotation/{id}': 'GET DELETE',
    '/RecurringInvoice': 'GET POST',
    '/RecurringInvoice/Lines': 'POST',
    '/RecurringInvoice/process': 'POST',
    '/RecurringInvoice/updatelines': 'POST',
    '/RecurringInvoice/{id}': 'GET DELETE',
    '/RecurringItem': 'GET',
    '/Release': 'GET POST',
    '/Release/{id}': 'GET DELETE',
    '/ReleaseNoteGroup': 'GET POST',
    '/ReleaseNoteGroup/{id}': 'GET DELETE',
    '/ReleasePipeline': 'GET POST',
    '/ReleasePipeline/{id}': 'GET DELETE',
    '/ReleaseType': 'GET POST',
    '/ReleaseType/{id}': 'GET DELETE',
    '/RemoteSession': 'GET POST',
    '/RemoteSession/{id}': 'GET DELETE',
    '/RemoteSessionTeams': 'GET',
    '/Report': 'GET POST',
    '/Report/Bookmark': 'POST',
    '/Report/createpdf': 'POST',
    '/Report/print': 'POST',
    '/Report/{id}': 'GET DELETE',
    '/ReportData/{publishedid}': 'GET',
    '/ReportRepository': 'GET',
    '/ReportRepository/ReportCategories': 'GET',
    '/ReportRepository/{id}': 'GET',
    '/ResourceType': 'GET',
    '/ResourceType/{id}': 'GET',
    '/Roadmap': 'GET',
    '/Roles': 'GET POST',
    '/Roles/{id}': 'GET DELETE',
    '/SageBusinessCloudDetails': 'GET POST',
    '/SageBusinessCloudDetails/{id}': 'GET DELETE',
    '/SalesMailbox': 'GET POST',
    '/SalesMailbox/{id}': 'GET DELETE',
    '/SalesMailboxDetail': 'POST',
    '/SalesOrder': 'GET POST',
    '/SalesOrder/{id}': 'GET DELETE',
    '/Schedule': 'GET POST',
    '/Schedule/{id}': 'GET',
    '/ScheduleOccurrence': 'GET POST',
    '/ScheduleOccurrence/{id}': 'GET',
    '/ScreenLayout': 'GET POST',
    '/ScreenLayout/{id}': 'GET DELETE',
    '/Search': 'GET',
    '/SecurityCheck': 'GET',
    '/SecurityQuestion': 'GET POST',
    '/SecurityQuestion/{id}': 'GET DELETE',
    '/SecurityQuestionValidate': 'GET POST',
    '/Service': 'GET POST',
    '/Service/unsubscribe': 'POST',
    '/Service/{id}': 'GET DELETE',
    '/ServiceAvailability': 'GET POST',
    '/ServiceAvailability/{id}': 'GET DELETE',
    '/ServiceCategory': 'GET POST',
    '/ServiceCategory/{id}': 'GET DELETE',
    '/ServiceRequestDetails': 'GET',
    '/ServiceRequestDetails/{id}': 'GET',
    '/ServiceRestriction': 'GET',
    '/ServiceStatus': 'GET POST',
    '/ServiceStatus/Subscribe': 'POST',
    '/ServiceStatus/Subscribe/{id}': 'GET',
    '/ServiceStatus/{id}': 'GET DELETE',
    '/SetupTab': 'GET POST',
    '/SetupTab/{id}': 'GET',
    '/SetupTabGroup': 'GET',
    '/SetupTabGroup/{id}': 'GET',
    '/SharePoint/Get': 'GET',
    '/ShopifyDetails': 'GET POST',
    '/ShopifyDetails/{id}': 'GET DELETE',
    '/Site': 'GET POST',
    '/Site/StockBins': 'GET',
    '/Site/{id}': 'GET DELETE',
    '/SLA': 'GET POST',
    '/SLA/{id}': 'GET DELETE',
    '/SlackDetails': 'GET POST',
    '/SlackDetails/Uninstall': 'POST',
    '/SlackDetails/{id}': 'GET DELETE',
    '/SnipeITDetails': 'GET POST',
    '/SnipeITDetails/{id}': 'GET DELETE',
    '/SnowDetails': 'GET POST',
    '/SnowDetails/{id}': 'GET DELETE',
    '/SoftwareLicence': 'GET POST',
    '/SoftwareLicence/{id}': 'GET DELETE',
    '/SoftwareLicenceRole': 'GET',
    '/SQLImport': 'GET POST',
    '/SQLImport/{id}': 'GET DELETE',
    '/Status': 'GET POST',
    '/Status/{id}': 'GET DELETE',
    '/StreamOneIonDetails': 'GET POST',
    '/StreamOneIonDetails/{id}': 'GET DELETE',
    '/Supplier': 'GET POST',
    '/Supplier/{id}': 'GET DELETE',
    '/SupplierContract': 'GET POST',
    '/SupplierContract/NextRef': 'POST',
    '/SupplierContract/{id}': 'GET DELETE',
    '/SynnexDetails': 'GET POST',
    '/SynnexDetails/{id}': 'GET DELETE',
    '/Tabs': 'GET POST',
    '/Tabs/{id}': 'GET DELETE',
    '/Tags': 'GET POST',
    '/Tags/{id}': 'GET DELETE',
    '/TaniumDetails': 'GET POST',
    '/TaniumDetails/{id}': 'GET DELETE',
    '/TaskMonitorEvent': 'GET',
    '/TaskSchedule': 'GET POST',
    '/TaskTrace': 'GET',
    '/TaskTrace/{id}': 'GET',
    '/Tax': 'GET POST',
    '/Tax/{id}': 'GET DELETE',
    '/TaxRule': 'GET POST',
    '/TaxRule/{id}': 'GET DELETE',
    '/Team': 'GET POST',
    '/Team/Tree': 'GET',
    '/Team/{id}': 'GET DELETE',
    '/TeamImage/{id}': 'GET',
    '/TechDataResellerDetails': 'GET POST',
    '/TechDataResellerDetails/{id}': 'GET DELETE',
    '/Template': 'GET POST',
    '/Template/{id}': 'GET DELETE',
    '/Tenable/Cancel': 'POST',
    '/Tenable/Export': 'POST',
    '/Tenable/Get': 'GET',
    '/Tenable/Status': 'GET',
    '/TenableDetails': 'GET POST',
    '/TenableDetails/{id}': 'GET DELETE',
    '/Tenant': 'GET POST',
    '/Test1': 'GET',
    '/Test3': 'GET',
    '/Test4': 'GET',
    '/TestError': 'GET',
    '/TicketApproval': 'GET POST',
    '/TicketApproval/{id}': 'GET',
    '/TicketApproval/{id}&{seq}': 'DELETE',
    '/TicketArea': 'GET POST',
    '/TicketArea/{id}': 'GET DELETE',
    '/TicketRules': 'GET POST',
    '/TicketRules/{id}': 'GET DELETE',
    '/Tickets': 'GET POST',
    '/Tickets/Object': 'POST',
    '/Tickets/processchildren': 'POST',
    '/Tickets/salesmailbox': 'GET',
    '/Tickets/View': 'POST',
    '/Tickets/vote': 'POST',
    '/Tickets/zapier': 'GET',
    '/Tickets/{id}': 'GET DELETE',
    '/TicketType': 'GET POST',
    '/TicketType/{id}': 'GET DELETE',
    '/TicketTypeField': 'GET',
    '/TicketTypeGroup': 'GET POST',
    '/TicketTypeGroup/{id}': 'GET DELETE',
    '/Timesheet': 'GET POST',
    '/Timesheet/forecasting': 'GET',
    '/Timesheet/mine': 'GET',
    '/Timesheet/{id}': 'GET',
    '/TimesheetEvent': 'GET POST',
    '/TimesheetEvent/mine': 'GET',
    '/TimesheetEvent/{id}': 'GET DELETE',
    '/Timeslot': 'GET',
    '/ToDo': 'GET POST',
    '/ToDoGroup': 'GET POST',
    '/ToDoGroup/{id}': 'GET DELETE',
    '/TopLevel': 'GET POST',
    '/TopLevel/{id}': 'GET DELETE',
    '/Translation': 'GET POST',
    '/TwilioWhatsAppDetails': 'GET POST',
    '/TwilioWhatsAppDetails/{id}': 'GET DELETE',
    '/TwitterDetails': 'GET POST',
    '/TwitterDetails/{id}': 'GET DELETE',
    '/UnsubServiceEmails': 'GET POST',
    '/UnsubServiceEmails/{id}': 'GET DELETE',
    '/UserChange': 'GET',
    '/UserRoles': 'GET POST',
    '/UserRoles/{id}': 'GET DELETE',
    '/Users': 'GET POST',
    '/Users/me': 'GET',
    '/Users/prefs': 'POST',
    '/Users/{id}': 'GET DELETE',
    '/VersionInfo': 'GET',
    '/VersionInfo/GetOneSpotlight/{id}': 'GET',
    '/VersionInfo/SearchVersionInfo': 'GET',
    '/VersionInfo/Spotlight': 'GET',
    '/VersionInfo/{id}': 'GET',
    '/ViewColumns': 'GET POST',
    '/ViewColumns/{id}': 'GET DELETE',
    '/ViewFilter': 'GET POST',
    '/ViewFilter/{id}': 'GET DELETE',
    '/ViewListGroup': 'GET POST',
    '/ViewListGroup/{id}': 'GET DELETE',
    '/ViewLists': 'GET POST',
    '/ViewLists/{id}': 'GET DELETE',
    '/Virima/Get': 'GET',
    '/VirimaDetails': 'GET POST',
    '/VirimaDetails/{id}': 'GET DELETE',
    '/VirtualAgent': 'GET POST',
    '/VirtualAgent/{id}': 'GET DELETE',
    '/VMWorkspaceDetails': 'GET POST',
    '/VMWorkspaceDetails/{id}': 'GET DELETE',
    '/Webhook': 'GET POST',
    '/Webhook/{id}': 'GET DELETE',
    '/WebhookEvent': 'GET POST',
    '/WebhookEvent/{id}': 'GET',
    '/WebhookRepository': 'GET',
    '/WebhookRepository/{id}': 'GET',
    '/WordpressDetails': 'GET POST',
    '/WordpressDetails/{id}': 'GET DELETE',
    '/WordpressOrgDetails': 'GET POST',
    '/WordpressOrgDetails/{id}': 'GET DELETE',
    '/Workday': 'GET POST',
    '/Workday/{id}': 'GET DELETE',
    '/Workflow': 'GET POST',
    '/Workflow/{id}': 'GET DELETE',
    '/workflowstep': 'GET',
    '/WorkflowTarget': 'GET POST',
    '/WorkflowTarget/{id}': 'GET DELETE',
    '/XeroDetails': 'GET POST',
    '/XeroDetails/{id}': 'GET DELETE',
    '/XtypeRole': 'GET',
    '/Zendesk/Get': 'GET',
}
