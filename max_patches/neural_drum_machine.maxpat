{
 "patcher": {
  "fileversion": 1,
  "appversion": {
   "major": 8,
   "minor": 5,
   "revision": 0,
   "architecture": "x64",
   "modernui": 1
  },
  "classnamespace": "box",
  "rect": [
   40.0,
   60.0,
   1130.0,
   520.0
  ],
  "openinpresentation": 1,
  "default_fontsize": 12.0,
  "default_fontface": 0,
  "default_fontname": "Arial",
  "gridonopen": 1,
  "gridsize": [
   15.0,
   15.0
  ],
  "gridsnaponopen": 1,
  "objectsnaponopen": 1,
  "statusbarvisible": 2,
  "toolbarvisible": 1,
  "boxanimatetime": 200,
  "enablehscroll": 1,
  "enablevscroll": 1,
  "description": "ngs neural drum machine: an 8-track step sequencer whose sounds come from ngs serve",
  "digest": "",
  "tags": "",
  "style": "",
  "boxes": [
   {
    "box": {
     "maxclass": "comment",
     "text": "ngs neural drum machine",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      8,
      400,
      20.0
     ],
     "fontface": 1,
     "id": "obj-1",
     "presentation": 1,
     "presentation_rect": [
      10,
      8,
      400,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "1. Start the server in a terminal:  ngs serve   (it listens on 127.0.0.1:7400 and answers on port 7401), 'connect' asks it for its classes",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      32,
      1000,
      20.0
     ],
     "id": "obj-2",
     "presentation": 1,
     "presentation_rect": [
      10,
      32,
      1000,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "2. Turn audio on (the speaker), press play. Step toggles play the track's buffer, which only the server writes.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      50,
      1000,
      20.0
     ],
     "id": "obj-3",
     "presentation": 1,
     "presentation_rect": [
      10,
      50,
      1000,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "3. 'note' asks for a new hit of the track's class, 'path' for a random grain path, 'fresh' asks for a new hit",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      68,
      1000,
      20.0
     ],
     "id": "obj-4",
     "presentation": 1,
     "presentation_rect": [
      10,
      68,
      1000,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "   on every step. Drop an audio file on a track's drop zone to resynthesise it (ngs serve --allow-dir <its folder>).",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      86,
      1000,
      20.0
     ],
     "id": "obj-5",
     "presentation": 1,
     "presentation_rect": [
      10,
      86,
      1000,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "play",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      114.0,
      35,
      20.0
     ],
     "id": "obj-6",
     "presentation": 1,
     "presentation_rect": [
      10,
      114.0,
      35,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      45,
      112.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-7",
     "presentation": 1,
     "presentation_rect": [
      45,
      112.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "BPM",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      75,
      114.0,
      35,
      20.0
     ],
     "id": "obj-8",
     "presentation": 1,
     "presentation_rect": [
      75,
      114.0,
      35,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      110,
      112.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 20,
     "maximum": 400,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-9",
     "presentation": 1,
     "presentation_rect": [
      110,
      112.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "audio on/off",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      175,
      114.0,
      90,
      20.0
     ],
     "id": "obj-10",
     "presentation": 1,
     "presentation_rect": [
      175,
      114.0,
      90,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "ezdac~",
     "numinlets": 2,
     "numoutlets": 0,
     "patching_rect": [
      265,
      108.0,
      30,
      30
     ],
     "id": "obj-11",
     "presentation": 1,
     "presentation_rect": [
      265,
      108.0,
      30,
      30
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "server",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      310,
      114.0,
      50,
      20.0
     ],
     "id": "obj-12",
     "presentation": 1,
     "presentation_rect": [
      310,
      114.0,
      50,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "waiting for the server... (ngs serve)",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      360,
      112.0,
      250,
      22.0
     ],
     "id": "obj-13",
     "presentation": 1,
     "presentation_rect": [
      360,
      112.0,
      250,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "connect",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      615,
      112.0,
      60,
      22.0
     ],
     "id": "obj-14",
     "presentation": 1,
     "presentation_rect": [
      615,
      112.0,
      60,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "last error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      685,
      114.0,
      70,
      20.0
     ],
     "id": "obj-15",
     "presentation": 1,
     "presentation_rect": [
      685,
      114.0,
      70,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      755,
      112.0,
      350,
      22.0
     ],
     "id": "obj-16",
     "presentation": 1,
     "presentation_rect": [
      755,
      112.0,
      350,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "step",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      147.0,
      30,
      20.0
     ],
     "id": "obj-17",
     "presentation": 1,
     "presentation_rect": [
      10,
      147.0,
      30,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-18",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-19",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-20",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-21",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-22",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-23",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-24",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-25",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-26",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-27",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-28",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-29",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-30",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-31",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-32",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "button",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      145.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "bang"
     ],
     "id": "obj-33",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      145.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "class",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      440.0,
      145.0,
      95.0,
      20.0
     ],
     "id": "obj-34",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      145.0,
      95.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "#",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      535.0,
      145.0,
      45.0,
      20.0
     ],
     "id": "obj-35",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      145.0,
      45.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "new hit",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      580.0,
      145.0,
      48.0,
      20.0
     ],
     "id": "obj-36",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      145.0,
      48.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "fresh",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      678.0,
      145.0,
      30.0,
      20.0
     ],
     "id": "obj-37",
     "presentation": 1,
     "presentation_rect": [
      678.0,
      145.0,
      30.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "temp",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      708.0,
      145.0,
      55.0,
      20.0
     ],
     "id": "obj-38",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      145.0,
      55.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "seed",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      763.0,
      145.0,
      55.0,
      20.0
     ],
     "id": "obj-39",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      145.0,
      55.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "level",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      818.0,
      145.0,
      90.0,
      20.0
     ],
     "id": "obj-40",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      145.0,
      90.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "samples",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      908.0,
      145.0,
      60.0,
      20.0
     ],
     "id": "obj-41",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      145.0,
      60.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "drop a file",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      968.0,
      145.0,
      140.0,
      20.0
     ],
     "id": "obj-42",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      145.0,
      140.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "-- logic (patching mode only) --",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      530.0,
      300,
      20.0
     ],
     "id": "obj-43"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "!/ 15000.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      70.0,
      560.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-44"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "metro 125",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      590.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-45"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "counter 0 15",
     "numinlets": 5,
     "numoutlets": 4,
     "patching_rect": [
      10.0,
      620.0,
      98.0,
      22.0
     ],
     "outlettype": [
      "int",
      "",
      "",
      "int"
     ],
     "id": "obj-46"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_step",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      650.0,
      84.0,
      22.0
     ],
     "id": "obj-47"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15",
     "numinlets": 17,
     "numoutlets": 17,
     "patching_rect": [
      110.0,
      650.0,
      301.0,
      22.0
     ],
     "outlettype": [
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      "bang",
      ""
     ],
     "id": "obj-48"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 120",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      170.0,
      560.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-49"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "new server port",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10,
      422.0,
      105,
      20.0
     ],
     "id": "obj-50",
     "presentation": 1,
     "presentation_rect": [
      10,
      422.0,
      105,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      115,
      420.0,
      60,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "maximum": 65535,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-51",
     "presentation": 1,
     "presentation_rect": [
      115,
      420.0,
      60,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "new reply port",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      190,
      422.0,
      95,
      20.0
     ],
     "id": "obj-52",
     "presentation": 1,
     "presentation_rect": [
      190,
      422.0,
      95,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      285,
      420.0,
      60,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "maximum": 65535,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-53",
     "presentation": 1,
     "presentation_rect": [
      285,
      420.0,
      60,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "The patch sends to 127.0.0.1:7400 and listens on 7401, ngs serve's defaults (the [udpsend]/[udpreceive] objects). If the server runs elsewhere, type its --port / --reply-port here.",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      360,
      414.0,
      750,
      34.0
     ],
     "linecount": 2,
     "id": "obj-54",
     "presentation": 1,
     "presentation_rect": [
      360,
      414.0,
      750,
      34.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_osc",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      450.0,
      560.0,
      77.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-55"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "udpsend 127.0.0.1 7400",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      450.0,
      650.0,
      168.0,
      22.0
     ],
     "id": "obj-56"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "udpreceive 7401",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      700.0,
      560.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-57"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "port $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      530.0,
      590.0,
      63.0,
      22.0
     ],
     "id": "obj-58"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t i i",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      700.0,
      500.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-59"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "port $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      700.0,
      530.0,
      63.0,
      22.0
     ],
     "id": "obj-60"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/reply_to $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      600.0,
      590.0,
      98.0,
      22.0
     ],
     "id": "obj-61"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route /buffer /error /classes /pong",
     "numinlets": 5,
     "numoutlets": 5,
     "patching_rect": [
      700.0,
      590.0,
      259.0,
      22.0
     ],
     "outlettype": [
      "",
      "",
      "",
      "",
      ""
     ],
     "id": "obj-62"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route 1 2 3 4 5 6 7 8",
     "numinlets": 9,
     "numoutlets": 9,
     "patching_rect": [
      700.0,
      620.0,
      161.0,
      22.0
     ],
     "outlettype": [
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      ""
     ],
     "id": "obj-63"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend set",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      870.0,
      620.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-64"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "print ngs_error",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      970.0,
      620.0,
      119.0,
      22.0
     ],
     "id": "obj-65"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t a b",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1100.0,
      620.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-66"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "clear",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1190.0,
      650.0,
      49.0,
      22.0
     ],
     "id": "obj-67"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl iter 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1100.0,
      650.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-68"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend append",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1100.0,
      680.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-69"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_reselect",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1250.0,
      650.0,
      112.0,
      22.0
     ],
     "id": "obj-70"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b a",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1100.0,
      590.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-71"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set connected: ngs serve answered",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      850.0,
      680.0,
      245.0,
      22.0
     ],
     "id": "obj-72"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1350.0,
      560.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-73"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "delay 500",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1350.0,
      590.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-74"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/ping, /classes",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1350.0,
      620.0,
      119.0,
      22.0
     ],
     "id": "obj-75"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "1",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      176.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-76",
     "presentation": 1,
     "presentation_rect": [
      12,
      176.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-77",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-78",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-79",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-80",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-81",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-82",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-83",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-84",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-85",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-86",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-87",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-88",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-89",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-90",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-91",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-92",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      175.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-93",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      175.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      175.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-94",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      175.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      175.0,
      44,
      22.0
     ],
     "id": "obj-95",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      175.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      175.0,
      44,
      22.0
     ],
     "id": "obj-96",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      175.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      175.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-97",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      175.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      175.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-98",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      175.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      175.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-99",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      175.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      177.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-100",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      177.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      175.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-101",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      175.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      175.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-102",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      175.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 1",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      90.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-103"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "1 0 0 0 0 0 0 0 1 0 1 0 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      10.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-104"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      10.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-105"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-106"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-107"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-108"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-109"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-110"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      220.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-111"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      220.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-112"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-113"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-114"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-115"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-116"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-117"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      90.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-118"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-119"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-120"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-121"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-122"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-123"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 1 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      10.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-124"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 1 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      10.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-125"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      10.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-126"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-127"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-128"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 1 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      320.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-129"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      320.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-130"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-131"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-132"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-133"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track1",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-134"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      160.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-135"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      160.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-136"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track1",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      10.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-137"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      10.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-138"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      320.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-139"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "2",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      206.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-140",
     "presentation": 1,
     "presentation_rect": [
      12,
      206.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-141",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-142",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-143",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-144",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-145",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-146",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-147",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-148",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-149",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-150",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-151",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-152",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-153",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-154",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-155",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-156",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      205.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-157",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      205.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      205.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-158",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      205.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      205.0,
      44,
      22.0
     ],
     "id": "obj-159",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      205.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      205.0,
      44,
      22.0
     ],
     "id": "obj-160",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      205.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      205.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-161",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      205.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      205.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-162",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      205.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      205.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-163",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      205.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      207.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-164",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      207.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      205.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-165",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      205.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      205.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-166",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      205.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 2",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      590.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-167"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 1 0 0 0 0 0 0 0 1 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      510.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-168"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      510.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-169"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-170"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      660.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-171"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-172"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-173"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-174"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      720.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-175"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      720.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-176"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-177"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-178"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-179"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-180"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-181"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      590.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-182"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-183"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-184"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-185"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      660.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-186"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-187"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 2 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      510.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-188"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 2 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      510.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-189"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      510.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-190"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-191"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-192"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 2 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      820.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-193"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      820.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-194"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 2",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-195"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-196"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-197"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track2",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-198"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      660.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-199"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      660.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-200"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track2",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      510.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-201"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      510.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-202"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      820.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-203"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "3",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      236.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-204",
     "presentation": 1,
     "presentation_rect": [
      12,
      236.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-205",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-206",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-207",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-208",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-209",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-210",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-211",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-212",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-213",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-214",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-215",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-216",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-217",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-218",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-219",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-220",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      235.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-221",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      235.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      235.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-222",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      235.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      235.0,
      44,
      22.0
     ],
     "id": "obj-223",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      235.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      235.0,
      44,
      22.0
     ],
     "id": "obj-224",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      235.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      235.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-225",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      235.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      235.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-226",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      235.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      235.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-227",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      235.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      237.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-228",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      237.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      235.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-229",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      235.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      235.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-230",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      235.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 3",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1090.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-231"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "1 0 1 0 1 0 1 0 1 0 1 0 1 0 1 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1010.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-232"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      1010.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-233"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-234"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1160.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-235"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-236"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-237"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-238"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1220.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-239"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1220.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-240"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-241"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 2",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-242"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-243"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-244"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-245"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1090.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-246"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-247"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-248"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-249"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1160.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-250"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-251"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 3 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1010.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-252"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 3 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1010.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-253"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1010.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-254"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-255"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-256"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1320.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-257"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1320.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-258"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 3",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-259"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-260"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-261"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track3",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-262"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1160.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-263"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1160.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-264"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track3",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1010.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-265"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1010.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-266"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1320.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-267"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "4",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      266.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-268",
     "presentation": 1,
     "presentation_rect": [
      12,
      266.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-269",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-270",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-271",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-272",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-273",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-274",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-275",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-276",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-277",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-278",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-279",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-280",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-281",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-282",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-283",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-284",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      265.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-285",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      265.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      265.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-286",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      265.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      265.0,
      44,
      22.0
     ],
     "id": "obj-287",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      265.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      265.0,
      44,
      22.0
     ],
     "id": "obj-288",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      265.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      265.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-289",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      265.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      265.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-290",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      265.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      265.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-291",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      265.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      267.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-292",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      267.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      265.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-293",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      265.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      265.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-294",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      265.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 4",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1590.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-295"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 0 0 0 0 0 0 0 0 0 0 1 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1510.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-296"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      1510.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-297"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-298"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1660.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-299"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-300"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-301"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-302"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1720.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-303"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1720.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-304"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-305"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 3",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-306"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-307"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-308"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-309"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1590.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-310"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-311"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-312"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-313"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1660.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-314"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-315"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 4 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1510.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-316"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 4 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1510.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-317"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      1510.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-318"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-319"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-320"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 4 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1820.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-321"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1820.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-322"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 4",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-323"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-324"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-325"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track4",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-326"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1660.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-327"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      1660.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-328"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track4",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      1510.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-329"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1510.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-330"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      1820.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-331"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "5",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      296.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-332",
     "presentation": 1,
     "presentation_rect": [
      12,
      296.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-333",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-334",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-335",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-336",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-337",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-338",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-339",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-340",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-341",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-342",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-343",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-344",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-345",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-346",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-347",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-348",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      295.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-349",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      295.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      295.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-350",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      295.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      295.0,
      44,
      22.0
     ],
     "id": "obj-351",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      295.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      295.0,
      44,
      22.0
     ],
     "id": "obj-352",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      295.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      295.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-353",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      295.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      295.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-354",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      295.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      295.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-355",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      295.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      297.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-356",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      297.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      295.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-357",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      295.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      295.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-358",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      295.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 5",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2090.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-359"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 1 0 0 0 0 0 0 0 1 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2010.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-360"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      2010.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-361"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-362"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2160.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-363"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-364"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-365"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-366"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2220.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-367"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2220.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-368"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-369"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 4",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-370"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-371"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-372"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-373"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2090.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-374"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-375"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-376"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-377"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2160.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-378"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-379"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 5 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2010.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-380"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 5 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2010.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-381"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2010.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-382"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-383"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-384"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 5 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2320.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-385"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2320.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-386"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 5",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-387"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-388"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-389"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track5",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-390"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2160.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-391"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2160.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-392"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track5",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2010.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-393"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2010.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-394"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2320.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-395"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "6",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      326.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-396",
     "presentation": 1,
     "presentation_rect": [
      12,
      326.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-397",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-398",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-399",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-400",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-401",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-402",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-403",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-404",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-405",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-406",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-407",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-408",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-409",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-410",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-411",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-412",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      325.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-413",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      325.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      325.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-414",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      325.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      325.0,
      44,
      22.0
     ],
     "id": "obj-415",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      325.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      325.0,
      44,
      22.0
     ],
     "id": "obj-416",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      325.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      325.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-417",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      325.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      325.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-418",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      325.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      325.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-419",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      325.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      327.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-420",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      327.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      325.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-421",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      325.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      325.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-422",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      325.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 6",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2590.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-423"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 0 0 1 0 0 0 0 0 0 1 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2510.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-424"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      2510.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-425"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-426"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2660.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-427"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-428"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-429"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-430"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2720.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-431"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2720.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-432"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-433"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 5",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-434"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-435"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-436"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-437"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2590.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-438"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-439"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-440"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-441"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2660.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-442"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-443"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 6 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2510.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-444"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 6 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2510.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-445"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      2510.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-446"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-447"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-448"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 6 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2820.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-449"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2820.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-450"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 6",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-451"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-452"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-453"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track6",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-454"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2660.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-455"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      2660.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-456"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track6",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      2510.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-457"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2510.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-458"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      2820.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-459"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "7",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      356.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-460",
     "presentation": 1,
     "presentation_rect": [
      12,
      356.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-461",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-462",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-463",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-464",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-465",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-466",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-467",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-468",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-469",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-470",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-471",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-472",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-473",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-474",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-475",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-476",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      355.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-477",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      355.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      355.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-478",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      355.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      355.0,
      44,
      22.0
     ],
     "id": "obj-479",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      355.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      355.0,
      44,
      22.0
     ],
     "id": "obj-480",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      355.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      355.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-481",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      355.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      355.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-482",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      355.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      355.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-483",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      355.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      357.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-484",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      357.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      355.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-485",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      355.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      355.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-486",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      355.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 7",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3090.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-487"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 0 0 0 0 0 0 1 0 0 0 0 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3010.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-488"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      3010.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-489"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-490"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3160.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-491"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-492"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-493"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-494"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3220.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-495"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3220.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-496"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-497"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 6",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-498"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-499"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-500"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-501"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3090.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-502"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-503"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-504"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-505"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3160.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-506"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-507"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 7 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3010.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-508"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 7 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3010.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-509"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3010.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-510"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-511"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-512"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 7 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3320.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-513"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3320.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-514"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 7",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-515"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-516"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-517"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track7",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-518"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3160.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-519"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3160.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-520"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track7",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3010.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-521"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3010.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-522"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3320.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-523"
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "8",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      12,
      386.0,
      25,
      20.0
     ],
     "fontface": 1,
     "id": "obj-524",
     "presentation": 1,
     "presentation_rect": [
      12,
      386.0,
      25,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      40.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-525",
     "presentation": 1,
     "presentation_rect": [
      40.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      64.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-526",
     "presentation": 1,
     "presentation_rect": [
      64.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      88.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-527",
     "presentation": 1,
     "presentation_rect": [
      88.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      112.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-528",
     "presentation": 1,
     "presentation_rect": [
      112.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      136.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-529",
     "presentation": 1,
     "presentation_rect": [
      136.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      160.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-530",
     "presentation": 1,
     "presentation_rect": [
      160.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      184.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-531",
     "presentation": 1,
     "presentation_rect": [
      184.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      208.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-532",
     "presentation": 1,
     "presentation_rect": [
      208.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      232.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-533",
     "presentation": 1,
     "presentation_rect": [
      232.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      256.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-534",
     "presentation": 1,
     "presentation_rect": [
      256.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      280.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-535",
     "presentation": 1,
     "presentation_rect": [
      280.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      304.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-536",
     "presentation": 1,
     "presentation_rect": [
      304.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      328.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-537",
     "presentation": 1,
     "presentation_rect": [
      328.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      352.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-538",
     "presentation": 1,
     "presentation_rect": [
      352.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      376.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-539",
     "presentation": 1,
     "presentation_rect": [
      376.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      400.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-540",
     "presentation": 1,
     "presentation_rect": [
      400.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "umenu",
     "numinlets": 1,
     "numoutlets": 3,
     "patching_rect": [
      440.0,
      385.0,
      90,
      22
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int",
      "",
      ""
     ],
     "id": "obj-541",
     "presentation": 1,
     "presentation_rect": [
      440.0,
      385.0,
      90,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      535.0,
      385.0,
      40,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-542",
     "presentation": 1,
     "presentation_rect": [
      535.0,
      385.0,
      40,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "note",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      580.0,
      385.0,
      44,
      22.0
     ],
     "id": "obj-543",
     "presentation": 1,
     "presentation_rect": [
      580.0,
      385.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "path",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      628.0,
      385.0,
      44,
      22.0
     ],
     "id": "obj-544",
     "presentation": 1,
     "presentation_rect": [
      628.0,
      385.0,
      44,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "toggle",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      680.0,
      385.0,
      20.0,
      20.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "int"
     ],
     "id": "obj-545",
     "presentation": 1,
     "presentation_rect": [
      680.0,
      385.0,
      20.0,
      20.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "flonum",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      708.0,
      385.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "format": 6,
     "minimum": 0.0,
     "maximum": 10.0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-546",
     "presentation": 1,
     "presentation_rect": [
      708.0,
      385.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      763.0,
      385.0,
      50,
      22.0
     ],
     "parameter_enable": 0,
     "minimum": -1,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-547",
     "presentation": 1,
     "presentation_rect": [
      763.0,
      385.0,
      50,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "slider",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      818.0,
      387.0,
      85,
      18
     ],
     "parameter_enable": 0,
     "outlettype": [
      ""
     ],
     "id": "obj-548",
     "presentation": 1,
     "presentation_rect": [
      818.0,
      387.0,
      85,
      18
     ]
    }
   },
   {
    "box": {
     "maxclass": "number",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      908.0,
      385.0,
      55,
      22.0
     ],
     "parameter_enable": 0,
     "outlettype": [
      "",
      "bang"
     ],
     "id": "obj-549",
     "presentation": 1,
     "presentation_rect": [
      908.0,
      385.0,
      55,
      22.0
     ]
    }
   },
   {
    "box": {
     "maxclass": "dropfile",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      968.0,
      385.0,
      140,
      22
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-550",
     "presentation": 1,
     "presentation_rect": [
      968.0,
      385.0,
      140,
      22
     ]
    }
   },
   {
    "box": {
     "maxclass": "comment",
     "text": "track 8",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3590.0,
      750.0,
      100,
      20.0
     ],
     "id": "obj-551"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "0 1 0 0 0 0 0 0 0 1 0 0 0 0 0 0",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3510.0,
      780.0,
      231.0,
      22.0
     ],
     "id": "obj-552"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 1,
     "numoutlets": 16,
     "patching_rect": [
      3510.0,
      810.0,
      280.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int",
      "int"
     ],
     "id": "obj-553"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
     "numinlets": 16,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      840.0,
      259.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-554"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_step",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3660.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-555"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl lookup",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      900.0,
      77.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-556"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "sel 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      930.0,
      49.0,
      22.0
     ],
     "outlettype": [
      "bang",
      ""
     ],
     "id": "obj-557"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadbang",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      750.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-558"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 0",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3720.0,
      960.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-559"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "+ 1",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3720.0,
      990.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-560"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "gate 2",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      1020.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-561"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 7",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      870.0,
      84.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-562"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 1.",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      900.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-563"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess -1",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      930.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-564"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "loadmess 100",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      870.0,
      98.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-565"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "set $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3590.0,
      990.0,
      56.0,
      22.0
     ],
     "id": "obj-566"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "r ngs_reselect",
     "numinlets": 0,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      960.0,
      112.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-567"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "pak -1 0 1.",
     "numinlets": 3,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      1020.0,
      91.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-568"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl reg",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1050.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-569"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3660.0,
      1050.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-570"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "route -1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1080.0,
      70.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-571"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 8 $1 $2",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3510.0,
      1110.0,
      154.0,
      22.0
     ],
     "id": "obj-572"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_note 8 $2 $3 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3510.0,
      1140.0,
      175.0,
      22.0
     ],
     "id": "obj-573"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "s ngs_osc",
     "numinlets": 1,
     "numoutlets": 0,
     "patching_rect": [
      3510.0,
      1180.0,
      77.0,
      22.0
     ],
     "id": "obj-574"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "t b",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      960.0,
      35.0,
      22.0
     ],
     "outlettype": [
      "bang"
     ],
     "id": "obj-575"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "i",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      990.0,
      21.0,
      22.0
     ],
     "outlettype": [
      "int"
     ],
     "id": "obj-576"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "/sample_path 8 $1",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3820.0,
      1020.0,
      133.0,
      22.0
     ],
     "id": "obj-577"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "conformpath slash boot",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3820.0,
      1080.0,
      168.0,
      22.0
     ],
     "outlettype": [
      "",
      "int"
     ],
     "id": "obj-578"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend /resynthesis 8",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      1110.0,
      168.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-579"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "zl slice 1",
     "numinlets": 2,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1230.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "",
      ""
     ],
     "id": "obj-580"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "prepend replace",
     "numinlets": 1,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      1260.0,
      119.0,
      22.0
     ],
     "outlettype": [
      ""
     ],
     "id": "obj-581"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "buffer~ ngs_track8",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1290.0,
      140.0,
      22.0
     ],
     "outlettype": [
      "float",
      "bang"
     ],
     "id": "obj-582"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "unpack 0 0",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3660.0,
      1260.0,
      84.0,
      22.0
     ],
     "outlettype": [
      "int",
      "int"
     ],
     "id": "obj-583"
    }
   },
   {
    "box": {
     "maxclass": "message",
     "text": "start",
     "numinlets": 2,
     "numoutlets": 1,
     "outlettype": [
      ""
     ],
     "patching_rect": [
      3660.0,
      1320.0,
      49.0,
      22.0
     ],
     "id": "obj-584"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "play~ ngs_track8",
     "numinlets": 1,
     "numoutlets": 2,
     "patching_rect": [
      3510.0,
      1350.0,
      126.0,
      22.0
     ],
     "outlettype": [
      "signal",
      "bang"
     ],
     "id": "obj-585"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "*~ 0.8",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3510.0,
      1380.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "signal"
     ],
     "id": "obj-586"
    }
   },
   {
    "box": {
     "maxclass": "newobj",
     "text": "/ 127.",
     "numinlets": 2,
     "numoutlets": 1,
     "patching_rect": [
      3820.0,
      900.0,
      56.0,
      22.0
     ],
     "outlettype": [
      "float"
     ],
     "id": "obj-587"
    }
   }
  ],
  "lines": [
   {
    "patchline": {
     "source": [
      "obj-49",
      0
     ],
     "destination": [
      "obj-9",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-9",
      0
     ],
     "destination": [
      "obj-44",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-44",
      0
     ],
     "destination": [
      "obj-45",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-7",
      0
     ],
     "destination": [
      "obj-45",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-45",
      0
     ],
     "destination": [
      "obj-46",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-46",
      0
     ],
     "destination": [
      "obj-47",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-46",
      0
     ],
     "destination": [
      "obj-48",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      0
     ],
     "destination": [
      "obj-18",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      1
     ],
     "destination": [
      "obj-19",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      2
     ],
     "destination": [
      "obj-20",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      3
     ],
     "destination": [
      "obj-21",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      4
     ],
     "destination": [
      "obj-22",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      5
     ],
     "destination": [
      "obj-23",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      6
     ],
     "destination": [
      "obj-24",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      7
     ],
     "destination": [
      "obj-25",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      8
     ],
     "destination": [
      "obj-26",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      9
     ],
     "destination": [
      "obj-27",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      10
     ],
     "destination": [
      "obj-28",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      11
     ],
     "destination": [
      "obj-29",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      12
     ],
     "destination": [
      "obj-30",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      13
     ],
     "destination": [
      "obj-31",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      14
     ],
     "destination": [
      "obj-32",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-48",
      15
     ],
     "destination": [
      "obj-33",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-55",
      0
     ],
     "destination": [
      "obj-56",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-51",
      0
     ],
     "destination": [
      "obj-58",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-58",
      0
     ],
     "destination": [
      "obj-56",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-53",
      0
     ],
     "destination": [
      "obj-59",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-59",
      1
     ],
     "destination": [
      "obj-60",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-60",
      0
     ],
     "destination": [
      "obj-57",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-59",
      0
     ],
     "destination": [
      "obj-61",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-61",
      0
     ],
     "destination": [
      "obj-56",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-57",
      0
     ],
     "destination": [
      "obj-62",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      0
     ],
     "destination": [
      "obj-63",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      1
     ],
     "destination": [
      "obj-64",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      1
     ],
     "destination": [
      "obj-65",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-64",
      0
     ],
     "destination": [
      "obj-16",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      2
     ],
     "destination": [
      "obj-71",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      1
     ],
     "destination": [
      "obj-66",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-71",
      0
     ],
     "destination": [
      "obj-70",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-66",
      1
     ],
     "destination": [
      "obj-67",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-66",
      0
     ],
     "destination": [
      "obj-68",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-68",
      0
     ],
     "destination": [
      "obj-69",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-62",
      3
     ],
     "destination": [
      "obj-72",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-72",
      0
     ],
     "destination": [
      "obj-13",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-73",
      0
     ],
     "destination": [
      "obj-74",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-74",
      0
     ],
     "destination": [
      "obj-75",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-75",
      0
     ],
     "destination": [
      "obj-56",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-14",
      0
     ],
     "destination": [
      "obj-75",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-110",
      0
     ],
     "destination": [
      "obj-104",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-104",
      0
     ],
     "destination": [
      "obj-105",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      0
     ],
     "destination": [
      "obj-77",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-77",
      0
     ],
     "destination": [
      "obj-106",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      1
     ],
     "destination": [
      "obj-78",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-78",
      0
     ],
     "destination": [
      "obj-106",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      2
     ],
     "destination": [
      "obj-79",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-79",
      0
     ],
     "destination": [
      "obj-106",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      3
     ],
     "destination": [
      "obj-80",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-80",
      0
     ],
     "destination": [
      "obj-106",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      4
     ],
     "destination": [
      "obj-81",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-81",
      0
     ],
     "destination": [
      "obj-106",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      5
     ],
     "destination": [
      "obj-82",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-82",
      0
     ],
     "destination": [
      "obj-106",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      6
     ],
     "destination": [
      "obj-83",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-83",
      0
     ],
     "destination": [
      "obj-106",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      7
     ],
     "destination": [
      "obj-84",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-84",
      0
     ],
     "destination": [
      "obj-106",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      8
     ],
     "destination": [
      "obj-85",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-85",
      0
     ],
     "destination": [
      "obj-106",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      9
     ],
     "destination": [
      "obj-86",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-86",
      0
     ],
     "destination": [
      "obj-106",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      10
     ],
     "destination": [
      "obj-87",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-87",
      0
     ],
     "destination": [
      "obj-106",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      11
     ],
     "destination": [
      "obj-88",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-88",
      0
     ],
     "destination": [
      "obj-106",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      12
     ],
     "destination": [
      "obj-89",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-89",
      0
     ],
     "destination": [
      "obj-106",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      13
     ],
     "destination": [
      "obj-90",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-90",
      0
     ],
     "destination": [
      "obj-106",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      14
     ],
     "destination": [
      "obj-91",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-91",
      0
     ],
     "destination": [
      "obj-106",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-105",
      15
     ],
     "destination": [
      "obj-92",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-92",
      0
     ],
     "destination": [
      "obj-106",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-106",
      0
     ],
     "destination": [
      "obj-108",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-107",
      0
     ],
     "destination": [
      "obj-108",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-108",
      0
     ],
     "destination": [
      "obj-109",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-111",
      0
     ],
     "destination": [
      "obj-97",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-97",
      0
     ],
     "destination": [
      "obj-112",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-112",
      0
     ],
     "destination": [
      "obj-113",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-109",
      0
     ],
     "destination": [
      "obj-113",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-114",
      0
     ],
     "destination": [
      "obj-94",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-115",
      0
     ],
     "destination": [
      "obj-98",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-116",
      0
     ],
     "destination": [
      "obj-99",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-117",
      0
     ],
     "destination": [
      "obj-100",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-93",
      0
     ],
     "destination": [
      "obj-94",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-119",
      0
     ],
     "destination": [
      "obj-94",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-94",
      0
     ],
     "destination": [
      "obj-118",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-118",
      0
     ],
     "destination": [
      "obj-93",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-99",
      0
     ],
     "destination": [
      "obj-120",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-94",
      0
     ],
     "destination": [
      "obj-120",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-98",
      0
     ],
     "destination": [
      "obj-120",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-120",
      0
     ],
     "destination": [
      "obj-121",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-95",
      0
     ],
     "destination": [
      "obj-122",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-113",
      1
     ],
     "destination": [
      "obj-122",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-122",
      0
     ],
     "destination": [
      "obj-121",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-121",
      0
     ],
     "destination": [
      "obj-123",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-123",
      0
     ],
     "destination": [
      "obj-124",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-123",
      1
     ],
     "destination": [
      "obj-125",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-124",
      0
     ],
     "destination": [
      "obj-126",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-125",
      0
     ],
     "destination": [
      "obj-126",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-96",
      0
     ],
     "destination": [
      "obj-127",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-127",
      0
     ],
     "destination": [
      "obj-128",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-128",
      0
     ],
     "destination": [
      "obj-129",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-129",
      0
     ],
     "destination": [
      "obj-126",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-94",
      0
     ],
     "destination": [
      "obj-128",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-102",
      0
     ],
     "destination": [
      "obj-130",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-130",
      0
     ],
     "destination": [
      "obj-131",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-131",
      0
     ],
     "destination": [
      "obj-126",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      0
     ],
     "destination": [
      "obj-132",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-132",
      0
     ],
     "destination": [
      "obj-133",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-133",
      0
     ],
     "destination": [
      "obj-134",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-132",
      1
     ],
     "destination": [
      "obj-135",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-135",
      0
     ],
     "destination": [
      "obj-101",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-134",
      1
     ],
     "destination": [
      "obj-136",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-113",
      0
     ],
     "destination": [
      "obj-136",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-136",
      0
     ],
     "destination": [
      "obj-137",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-100",
      0
     ],
     "destination": [
      "obj-139",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-139",
      0
     ],
     "destination": [
      "obj-138",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-137",
      0
     ],
     "destination": [
      "obj-138",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-138",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-138",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-174",
      0
     ],
     "destination": [
      "obj-168",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-168",
      0
     ],
     "destination": [
      "obj-169",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      0
     ],
     "destination": [
      "obj-141",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-141",
      0
     ],
     "destination": [
      "obj-170",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      1
     ],
     "destination": [
      "obj-142",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-142",
      0
     ],
     "destination": [
      "obj-170",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      2
     ],
     "destination": [
      "obj-143",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-143",
      0
     ],
     "destination": [
      "obj-170",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      3
     ],
     "destination": [
      "obj-144",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-144",
      0
     ],
     "destination": [
      "obj-170",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      4
     ],
     "destination": [
      "obj-145",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-145",
      0
     ],
     "destination": [
      "obj-170",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      5
     ],
     "destination": [
      "obj-146",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-146",
      0
     ],
     "destination": [
      "obj-170",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      6
     ],
     "destination": [
      "obj-147",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-147",
      0
     ],
     "destination": [
      "obj-170",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      7
     ],
     "destination": [
      "obj-148",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-148",
      0
     ],
     "destination": [
      "obj-170",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      8
     ],
     "destination": [
      "obj-149",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-149",
      0
     ],
     "destination": [
      "obj-170",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      9
     ],
     "destination": [
      "obj-150",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-150",
      0
     ],
     "destination": [
      "obj-170",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      10
     ],
     "destination": [
      "obj-151",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-151",
      0
     ],
     "destination": [
      "obj-170",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      11
     ],
     "destination": [
      "obj-152",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-152",
      0
     ],
     "destination": [
      "obj-170",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      12
     ],
     "destination": [
      "obj-153",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-153",
      0
     ],
     "destination": [
      "obj-170",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      13
     ],
     "destination": [
      "obj-154",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-154",
      0
     ],
     "destination": [
      "obj-170",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      14
     ],
     "destination": [
      "obj-155",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-155",
      0
     ],
     "destination": [
      "obj-170",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-169",
      15
     ],
     "destination": [
      "obj-156",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-156",
      0
     ],
     "destination": [
      "obj-170",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-170",
      0
     ],
     "destination": [
      "obj-172",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-171",
      0
     ],
     "destination": [
      "obj-172",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-172",
      0
     ],
     "destination": [
      "obj-173",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-175",
      0
     ],
     "destination": [
      "obj-161",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-161",
      0
     ],
     "destination": [
      "obj-176",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-176",
      0
     ],
     "destination": [
      "obj-177",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-173",
      0
     ],
     "destination": [
      "obj-177",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-178",
      0
     ],
     "destination": [
      "obj-158",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-179",
      0
     ],
     "destination": [
      "obj-162",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-180",
      0
     ],
     "destination": [
      "obj-163",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-181",
      0
     ],
     "destination": [
      "obj-164",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-157",
      0
     ],
     "destination": [
      "obj-158",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-183",
      0
     ],
     "destination": [
      "obj-158",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-158",
      0
     ],
     "destination": [
      "obj-182",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-182",
      0
     ],
     "destination": [
      "obj-157",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-163",
      0
     ],
     "destination": [
      "obj-184",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-158",
      0
     ],
     "destination": [
      "obj-184",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-162",
      0
     ],
     "destination": [
      "obj-184",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-184",
      0
     ],
     "destination": [
      "obj-185",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-159",
      0
     ],
     "destination": [
      "obj-186",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-177",
      1
     ],
     "destination": [
      "obj-186",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-186",
      0
     ],
     "destination": [
      "obj-185",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-185",
      0
     ],
     "destination": [
      "obj-187",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-187",
      0
     ],
     "destination": [
      "obj-188",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-187",
      1
     ],
     "destination": [
      "obj-189",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-188",
      0
     ],
     "destination": [
      "obj-190",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-189",
      0
     ],
     "destination": [
      "obj-190",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-160",
      0
     ],
     "destination": [
      "obj-191",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-191",
      0
     ],
     "destination": [
      "obj-192",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-192",
      0
     ],
     "destination": [
      "obj-193",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-193",
      0
     ],
     "destination": [
      "obj-190",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-158",
      0
     ],
     "destination": [
      "obj-192",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-166",
      0
     ],
     "destination": [
      "obj-194",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-194",
      0
     ],
     "destination": [
      "obj-195",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-195",
      0
     ],
     "destination": [
      "obj-190",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      1
     ],
     "destination": [
      "obj-196",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-196",
      0
     ],
     "destination": [
      "obj-197",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-197",
      0
     ],
     "destination": [
      "obj-198",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-196",
      1
     ],
     "destination": [
      "obj-199",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-199",
      0
     ],
     "destination": [
      "obj-165",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-198",
      1
     ],
     "destination": [
      "obj-200",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-177",
      0
     ],
     "destination": [
      "obj-200",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-200",
      0
     ],
     "destination": [
      "obj-201",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-164",
      0
     ],
     "destination": [
      "obj-203",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-203",
      0
     ],
     "destination": [
      "obj-202",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-201",
      0
     ],
     "destination": [
      "obj-202",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-202",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-202",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-238",
      0
     ],
     "destination": [
      "obj-232",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-232",
      0
     ],
     "destination": [
      "obj-233",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      0
     ],
     "destination": [
      "obj-205",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-205",
      0
     ],
     "destination": [
      "obj-234",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      1
     ],
     "destination": [
      "obj-206",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-206",
      0
     ],
     "destination": [
      "obj-234",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      2
     ],
     "destination": [
      "obj-207",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-207",
      0
     ],
     "destination": [
      "obj-234",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      3
     ],
     "destination": [
      "obj-208",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-208",
      0
     ],
     "destination": [
      "obj-234",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      4
     ],
     "destination": [
      "obj-209",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-209",
      0
     ],
     "destination": [
      "obj-234",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      5
     ],
     "destination": [
      "obj-210",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-210",
      0
     ],
     "destination": [
      "obj-234",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      6
     ],
     "destination": [
      "obj-211",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-211",
      0
     ],
     "destination": [
      "obj-234",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      7
     ],
     "destination": [
      "obj-212",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-212",
      0
     ],
     "destination": [
      "obj-234",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      8
     ],
     "destination": [
      "obj-213",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-213",
      0
     ],
     "destination": [
      "obj-234",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      9
     ],
     "destination": [
      "obj-214",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-214",
      0
     ],
     "destination": [
      "obj-234",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      10
     ],
     "destination": [
      "obj-215",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-215",
      0
     ],
     "destination": [
      "obj-234",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      11
     ],
     "destination": [
      "obj-216",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-216",
      0
     ],
     "destination": [
      "obj-234",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      12
     ],
     "destination": [
      "obj-217",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-217",
      0
     ],
     "destination": [
      "obj-234",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      13
     ],
     "destination": [
      "obj-218",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-218",
      0
     ],
     "destination": [
      "obj-234",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      14
     ],
     "destination": [
      "obj-219",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-219",
      0
     ],
     "destination": [
      "obj-234",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-233",
      15
     ],
     "destination": [
      "obj-220",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-220",
      0
     ],
     "destination": [
      "obj-234",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-234",
      0
     ],
     "destination": [
      "obj-236",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-235",
      0
     ],
     "destination": [
      "obj-236",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-236",
      0
     ],
     "destination": [
      "obj-237",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-239",
      0
     ],
     "destination": [
      "obj-225",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-225",
      0
     ],
     "destination": [
      "obj-240",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-240",
      0
     ],
     "destination": [
      "obj-241",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-237",
      0
     ],
     "destination": [
      "obj-241",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-242",
      0
     ],
     "destination": [
      "obj-222",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-243",
      0
     ],
     "destination": [
      "obj-226",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-244",
      0
     ],
     "destination": [
      "obj-227",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-245",
      0
     ],
     "destination": [
      "obj-228",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-221",
      0
     ],
     "destination": [
      "obj-222",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-247",
      0
     ],
     "destination": [
      "obj-222",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-222",
      0
     ],
     "destination": [
      "obj-246",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-246",
      0
     ],
     "destination": [
      "obj-221",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-227",
      0
     ],
     "destination": [
      "obj-248",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-222",
      0
     ],
     "destination": [
      "obj-248",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-226",
      0
     ],
     "destination": [
      "obj-248",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-248",
      0
     ],
     "destination": [
      "obj-249",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-223",
      0
     ],
     "destination": [
      "obj-250",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-241",
      1
     ],
     "destination": [
      "obj-250",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-250",
      0
     ],
     "destination": [
      "obj-249",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-249",
      0
     ],
     "destination": [
      "obj-251",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-251",
      0
     ],
     "destination": [
      "obj-252",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-251",
      1
     ],
     "destination": [
      "obj-253",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-252",
      0
     ],
     "destination": [
      "obj-254",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-253",
      0
     ],
     "destination": [
      "obj-254",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-224",
      0
     ],
     "destination": [
      "obj-255",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-255",
      0
     ],
     "destination": [
      "obj-256",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-256",
      0
     ],
     "destination": [
      "obj-257",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-257",
      0
     ],
     "destination": [
      "obj-254",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-222",
      0
     ],
     "destination": [
      "obj-256",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-230",
      0
     ],
     "destination": [
      "obj-258",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-258",
      0
     ],
     "destination": [
      "obj-259",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-259",
      0
     ],
     "destination": [
      "obj-254",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      2
     ],
     "destination": [
      "obj-260",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-260",
      0
     ],
     "destination": [
      "obj-261",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-261",
      0
     ],
     "destination": [
      "obj-262",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-260",
      1
     ],
     "destination": [
      "obj-263",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-263",
      0
     ],
     "destination": [
      "obj-229",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-262",
      1
     ],
     "destination": [
      "obj-264",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-241",
      0
     ],
     "destination": [
      "obj-264",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-264",
      0
     ],
     "destination": [
      "obj-265",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-228",
      0
     ],
     "destination": [
      "obj-267",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-267",
      0
     ],
     "destination": [
      "obj-266",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-265",
      0
     ],
     "destination": [
      "obj-266",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-266",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-266",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-302",
      0
     ],
     "destination": [
      "obj-296",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-296",
      0
     ],
     "destination": [
      "obj-297",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      0
     ],
     "destination": [
      "obj-269",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-269",
      0
     ],
     "destination": [
      "obj-298",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      1
     ],
     "destination": [
      "obj-270",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-270",
      0
     ],
     "destination": [
      "obj-298",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      2
     ],
     "destination": [
      "obj-271",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-271",
      0
     ],
     "destination": [
      "obj-298",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      3
     ],
     "destination": [
      "obj-272",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-272",
      0
     ],
     "destination": [
      "obj-298",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      4
     ],
     "destination": [
      "obj-273",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-273",
      0
     ],
     "destination": [
      "obj-298",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      5
     ],
     "destination": [
      "obj-274",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-274",
      0
     ],
     "destination": [
      "obj-298",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      6
     ],
     "destination": [
      "obj-275",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-275",
      0
     ],
     "destination": [
      "obj-298",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      7
     ],
     "destination": [
      "obj-276",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-276",
      0
     ],
     "destination": [
      "obj-298",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      8
     ],
     "destination": [
      "obj-277",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-277",
      0
     ],
     "destination": [
      "obj-298",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      9
     ],
     "destination": [
      "obj-278",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-278",
      0
     ],
     "destination": [
      "obj-298",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      10
     ],
     "destination": [
      "obj-279",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-279",
      0
     ],
     "destination": [
      "obj-298",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      11
     ],
     "destination": [
      "obj-280",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-280",
      0
     ],
     "destination": [
      "obj-298",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      12
     ],
     "destination": [
      "obj-281",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-281",
      0
     ],
     "destination": [
      "obj-298",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      13
     ],
     "destination": [
      "obj-282",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-282",
      0
     ],
     "destination": [
      "obj-298",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      14
     ],
     "destination": [
      "obj-283",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-283",
      0
     ],
     "destination": [
      "obj-298",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-297",
      15
     ],
     "destination": [
      "obj-284",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-284",
      0
     ],
     "destination": [
      "obj-298",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-298",
      0
     ],
     "destination": [
      "obj-300",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-299",
      0
     ],
     "destination": [
      "obj-300",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-300",
      0
     ],
     "destination": [
      "obj-301",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-303",
      0
     ],
     "destination": [
      "obj-289",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-289",
      0
     ],
     "destination": [
      "obj-304",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-304",
      0
     ],
     "destination": [
      "obj-305",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-301",
      0
     ],
     "destination": [
      "obj-305",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-306",
      0
     ],
     "destination": [
      "obj-286",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-307",
      0
     ],
     "destination": [
      "obj-290",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-308",
      0
     ],
     "destination": [
      "obj-291",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-309",
      0
     ],
     "destination": [
      "obj-292",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-285",
      0
     ],
     "destination": [
      "obj-286",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-311",
      0
     ],
     "destination": [
      "obj-286",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-286",
      0
     ],
     "destination": [
      "obj-310",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-310",
      0
     ],
     "destination": [
      "obj-285",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-291",
      0
     ],
     "destination": [
      "obj-312",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-286",
      0
     ],
     "destination": [
      "obj-312",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-290",
      0
     ],
     "destination": [
      "obj-312",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-312",
      0
     ],
     "destination": [
      "obj-313",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-287",
      0
     ],
     "destination": [
      "obj-314",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-305",
      1
     ],
     "destination": [
      "obj-314",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-314",
      0
     ],
     "destination": [
      "obj-313",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-313",
      0
     ],
     "destination": [
      "obj-315",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-315",
      0
     ],
     "destination": [
      "obj-316",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-315",
      1
     ],
     "destination": [
      "obj-317",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-316",
      0
     ],
     "destination": [
      "obj-318",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-317",
      0
     ],
     "destination": [
      "obj-318",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-288",
      0
     ],
     "destination": [
      "obj-319",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-319",
      0
     ],
     "destination": [
      "obj-320",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-320",
      0
     ],
     "destination": [
      "obj-321",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-321",
      0
     ],
     "destination": [
      "obj-318",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-286",
      0
     ],
     "destination": [
      "obj-320",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-294",
      0
     ],
     "destination": [
      "obj-322",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-322",
      0
     ],
     "destination": [
      "obj-323",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-323",
      0
     ],
     "destination": [
      "obj-318",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      3
     ],
     "destination": [
      "obj-324",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-324",
      0
     ],
     "destination": [
      "obj-325",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-325",
      0
     ],
     "destination": [
      "obj-326",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-324",
      1
     ],
     "destination": [
      "obj-327",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-327",
      0
     ],
     "destination": [
      "obj-293",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-326",
      1
     ],
     "destination": [
      "obj-328",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-305",
      0
     ],
     "destination": [
      "obj-328",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-328",
      0
     ],
     "destination": [
      "obj-329",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-292",
      0
     ],
     "destination": [
      "obj-331",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-331",
      0
     ],
     "destination": [
      "obj-330",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-329",
      0
     ],
     "destination": [
      "obj-330",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-330",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-330",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-366",
      0
     ],
     "destination": [
      "obj-360",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-360",
      0
     ],
     "destination": [
      "obj-361",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      0
     ],
     "destination": [
      "obj-333",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-333",
      0
     ],
     "destination": [
      "obj-362",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      1
     ],
     "destination": [
      "obj-334",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-334",
      0
     ],
     "destination": [
      "obj-362",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      2
     ],
     "destination": [
      "obj-335",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-335",
      0
     ],
     "destination": [
      "obj-362",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      3
     ],
     "destination": [
      "obj-336",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-336",
      0
     ],
     "destination": [
      "obj-362",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      4
     ],
     "destination": [
      "obj-337",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-337",
      0
     ],
     "destination": [
      "obj-362",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      5
     ],
     "destination": [
      "obj-338",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-338",
      0
     ],
     "destination": [
      "obj-362",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      6
     ],
     "destination": [
      "obj-339",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-339",
      0
     ],
     "destination": [
      "obj-362",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      7
     ],
     "destination": [
      "obj-340",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-340",
      0
     ],
     "destination": [
      "obj-362",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      8
     ],
     "destination": [
      "obj-341",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-341",
      0
     ],
     "destination": [
      "obj-362",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      9
     ],
     "destination": [
      "obj-342",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-342",
      0
     ],
     "destination": [
      "obj-362",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      10
     ],
     "destination": [
      "obj-343",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-343",
      0
     ],
     "destination": [
      "obj-362",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      11
     ],
     "destination": [
      "obj-344",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-344",
      0
     ],
     "destination": [
      "obj-362",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      12
     ],
     "destination": [
      "obj-345",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-345",
      0
     ],
     "destination": [
      "obj-362",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      13
     ],
     "destination": [
      "obj-346",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-346",
      0
     ],
     "destination": [
      "obj-362",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      14
     ],
     "destination": [
      "obj-347",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-347",
      0
     ],
     "destination": [
      "obj-362",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-361",
      15
     ],
     "destination": [
      "obj-348",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-348",
      0
     ],
     "destination": [
      "obj-362",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-362",
      0
     ],
     "destination": [
      "obj-364",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-363",
      0
     ],
     "destination": [
      "obj-364",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-364",
      0
     ],
     "destination": [
      "obj-365",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-367",
      0
     ],
     "destination": [
      "obj-353",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-353",
      0
     ],
     "destination": [
      "obj-368",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-368",
      0
     ],
     "destination": [
      "obj-369",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-365",
      0
     ],
     "destination": [
      "obj-369",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-370",
      0
     ],
     "destination": [
      "obj-350",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-371",
      0
     ],
     "destination": [
      "obj-354",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-372",
      0
     ],
     "destination": [
      "obj-355",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-373",
      0
     ],
     "destination": [
      "obj-356",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-349",
      0
     ],
     "destination": [
      "obj-350",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-375",
      0
     ],
     "destination": [
      "obj-350",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-350",
      0
     ],
     "destination": [
      "obj-374",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-374",
      0
     ],
     "destination": [
      "obj-349",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-355",
      0
     ],
     "destination": [
      "obj-376",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-350",
      0
     ],
     "destination": [
      "obj-376",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-354",
      0
     ],
     "destination": [
      "obj-376",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-376",
      0
     ],
     "destination": [
      "obj-377",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-351",
      0
     ],
     "destination": [
      "obj-378",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-369",
      1
     ],
     "destination": [
      "obj-378",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-378",
      0
     ],
     "destination": [
      "obj-377",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-377",
      0
     ],
     "destination": [
      "obj-379",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-379",
      0
     ],
     "destination": [
      "obj-380",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-379",
      1
     ],
     "destination": [
      "obj-381",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-380",
      0
     ],
     "destination": [
      "obj-382",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-381",
      0
     ],
     "destination": [
      "obj-382",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-352",
      0
     ],
     "destination": [
      "obj-383",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-383",
      0
     ],
     "destination": [
      "obj-384",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-384",
      0
     ],
     "destination": [
      "obj-385",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-385",
      0
     ],
     "destination": [
      "obj-382",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-350",
      0
     ],
     "destination": [
      "obj-384",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-358",
      0
     ],
     "destination": [
      "obj-386",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-386",
      0
     ],
     "destination": [
      "obj-387",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-387",
      0
     ],
     "destination": [
      "obj-382",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      4
     ],
     "destination": [
      "obj-388",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-388",
      0
     ],
     "destination": [
      "obj-389",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-389",
      0
     ],
     "destination": [
      "obj-390",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-388",
      1
     ],
     "destination": [
      "obj-391",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-391",
      0
     ],
     "destination": [
      "obj-357",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-390",
      1
     ],
     "destination": [
      "obj-392",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-369",
      0
     ],
     "destination": [
      "obj-392",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-392",
      0
     ],
     "destination": [
      "obj-393",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-356",
      0
     ],
     "destination": [
      "obj-395",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-395",
      0
     ],
     "destination": [
      "obj-394",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-393",
      0
     ],
     "destination": [
      "obj-394",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-394",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-394",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-430",
      0
     ],
     "destination": [
      "obj-424",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-424",
      0
     ],
     "destination": [
      "obj-425",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      0
     ],
     "destination": [
      "obj-397",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-397",
      0
     ],
     "destination": [
      "obj-426",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      1
     ],
     "destination": [
      "obj-398",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-398",
      0
     ],
     "destination": [
      "obj-426",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      2
     ],
     "destination": [
      "obj-399",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-399",
      0
     ],
     "destination": [
      "obj-426",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      3
     ],
     "destination": [
      "obj-400",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-400",
      0
     ],
     "destination": [
      "obj-426",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      4
     ],
     "destination": [
      "obj-401",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-401",
      0
     ],
     "destination": [
      "obj-426",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      5
     ],
     "destination": [
      "obj-402",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-402",
      0
     ],
     "destination": [
      "obj-426",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      6
     ],
     "destination": [
      "obj-403",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-403",
      0
     ],
     "destination": [
      "obj-426",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      7
     ],
     "destination": [
      "obj-404",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-404",
      0
     ],
     "destination": [
      "obj-426",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      8
     ],
     "destination": [
      "obj-405",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-405",
      0
     ],
     "destination": [
      "obj-426",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      9
     ],
     "destination": [
      "obj-406",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-406",
      0
     ],
     "destination": [
      "obj-426",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      10
     ],
     "destination": [
      "obj-407",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-407",
      0
     ],
     "destination": [
      "obj-426",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      11
     ],
     "destination": [
      "obj-408",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-408",
      0
     ],
     "destination": [
      "obj-426",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      12
     ],
     "destination": [
      "obj-409",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-409",
      0
     ],
     "destination": [
      "obj-426",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      13
     ],
     "destination": [
      "obj-410",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-410",
      0
     ],
     "destination": [
      "obj-426",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      14
     ],
     "destination": [
      "obj-411",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-411",
      0
     ],
     "destination": [
      "obj-426",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-425",
      15
     ],
     "destination": [
      "obj-412",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-412",
      0
     ],
     "destination": [
      "obj-426",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-426",
      0
     ],
     "destination": [
      "obj-428",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-427",
      0
     ],
     "destination": [
      "obj-428",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-428",
      0
     ],
     "destination": [
      "obj-429",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-431",
      0
     ],
     "destination": [
      "obj-417",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-417",
      0
     ],
     "destination": [
      "obj-432",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-432",
      0
     ],
     "destination": [
      "obj-433",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-429",
      0
     ],
     "destination": [
      "obj-433",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-434",
      0
     ],
     "destination": [
      "obj-414",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-435",
      0
     ],
     "destination": [
      "obj-418",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-436",
      0
     ],
     "destination": [
      "obj-419",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-437",
      0
     ],
     "destination": [
      "obj-420",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-413",
      0
     ],
     "destination": [
      "obj-414",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-439",
      0
     ],
     "destination": [
      "obj-414",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-414",
      0
     ],
     "destination": [
      "obj-438",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-438",
      0
     ],
     "destination": [
      "obj-413",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-419",
      0
     ],
     "destination": [
      "obj-440",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-414",
      0
     ],
     "destination": [
      "obj-440",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-418",
      0
     ],
     "destination": [
      "obj-440",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-440",
      0
     ],
     "destination": [
      "obj-441",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-415",
      0
     ],
     "destination": [
      "obj-442",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-433",
      1
     ],
     "destination": [
      "obj-442",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-442",
      0
     ],
     "destination": [
      "obj-441",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-441",
      0
     ],
     "destination": [
      "obj-443",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-443",
      0
     ],
     "destination": [
      "obj-444",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-443",
      1
     ],
     "destination": [
      "obj-445",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-444",
      0
     ],
     "destination": [
      "obj-446",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-445",
      0
     ],
     "destination": [
      "obj-446",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-416",
      0
     ],
     "destination": [
      "obj-447",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-447",
      0
     ],
     "destination": [
      "obj-448",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-448",
      0
     ],
     "destination": [
      "obj-449",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-449",
      0
     ],
     "destination": [
      "obj-446",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-414",
      0
     ],
     "destination": [
      "obj-448",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-422",
      0
     ],
     "destination": [
      "obj-450",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-450",
      0
     ],
     "destination": [
      "obj-451",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-451",
      0
     ],
     "destination": [
      "obj-446",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      5
     ],
     "destination": [
      "obj-452",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-452",
      0
     ],
     "destination": [
      "obj-453",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-453",
      0
     ],
     "destination": [
      "obj-454",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-452",
      1
     ],
     "destination": [
      "obj-455",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-455",
      0
     ],
     "destination": [
      "obj-421",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-454",
      1
     ],
     "destination": [
      "obj-456",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-433",
      0
     ],
     "destination": [
      "obj-456",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-456",
      0
     ],
     "destination": [
      "obj-457",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-420",
      0
     ],
     "destination": [
      "obj-459",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-459",
      0
     ],
     "destination": [
      "obj-458",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-457",
      0
     ],
     "destination": [
      "obj-458",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-458",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-458",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-494",
      0
     ],
     "destination": [
      "obj-488",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-488",
      0
     ],
     "destination": [
      "obj-489",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      0
     ],
     "destination": [
      "obj-461",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-461",
      0
     ],
     "destination": [
      "obj-490",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      1
     ],
     "destination": [
      "obj-462",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-462",
      0
     ],
     "destination": [
      "obj-490",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      2
     ],
     "destination": [
      "obj-463",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-463",
      0
     ],
     "destination": [
      "obj-490",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      3
     ],
     "destination": [
      "obj-464",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-464",
      0
     ],
     "destination": [
      "obj-490",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      4
     ],
     "destination": [
      "obj-465",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-465",
      0
     ],
     "destination": [
      "obj-490",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      5
     ],
     "destination": [
      "obj-466",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-466",
      0
     ],
     "destination": [
      "obj-490",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      6
     ],
     "destination": [
      "obj-467",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-467",
      0
     ],
     "destination": [
      "obj-490",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      7
     ],
     "destination": [
      "obj-468",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-468",
      0
     ],
     "destination": [
      "obj-490",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      8
     ],
     "destination": [
      "obj-469",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-469",
      0
     ],
     "destination": [
      "obj-490",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      9
     ],
     "destination": [
      "obj-470",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-470",
      0
     ],
     "destination": [
      "obj-490",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      10
     ],
     "destination": [
      "obj-471",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-471",
      0
     ],
     "destination": [
      "obj-490",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      11
     ],
     "destination": [
      "obj-472",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-472",
      0
     ],
     "destination": [
      "obj-490",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      12
     ],
     "destination": [
      "obj-473",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-473",
      0
     ],
     "destination": [
      "obj-490",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      13
     ],
     "destination": [
      "obj-474",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-474",
      0
     ],
     "destination": [
      "obj-490",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      14
     ],
     "destination": [
      "obj-475",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-475",
      0
     ],
     "destination": [
      "obj-490",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-489",
      15
     ],
     "destination": [
      "obj-476",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-476",
      0
     ],
     "destination": [
      "obj-490",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-490",
      0
     ],
     "destination": [
      "obj-492",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-491",
      0
     ],
     "destination": [
      "obj-492",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-492",
      0
     ],
     "destination": [
      "obj-493",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-495",
      0
     ],
     "destination": [
      "obj-481",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-481",
      0
     ],
     "destination": [
      "obj-496",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-496",
      0
     ],
     "destination": [
      "obj-497",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-493",
      0
     ],
     "destination": [
      "obj-497",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-498",
      0
     ],
     "destination": [
      "obj-478",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-499",
      0
     ],
     "destination": [
      "obj-482",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-500",
      0
     ],
     "destination": [
      "obj-483",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-501",
      0
     ],
     "destination": [
      "obj-484",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-477",
      0
     ],
     "destination": [
      "obj-478",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-503",
      0
     ],
     "destination": [
      "obj-478",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-478",
      0
     ],
     "destination": [
      "obj-502",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-502",
      0
     ],
     "destination": [
      "obj-477",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-483",
      0
     ],
     "destination": [
      "obj-504",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-478",
      0
     ],
     "destination": [
      "obj-504",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-482",
      0
     ],
     "destination": [
      "obj-504",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-504",
      0
     ],
     "destination": [
      "obj-505",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-479",
      0
     ],
     "destination": [
      "obj-506",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-497",
      1
     ],
     "destination": [
      "obj-506",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-506",
      0
     ],
     "destination": [
      "obj-505",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-505",
      0
     ],
     "destination": [
      "obj-507",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-507",
      0
     ],
     "destination": [
      "obj-508",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-507",
      1
     ],
     "destination": [
      "obj-509",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-508",
      0
     ],
     "destination": [
      "obj-510",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-509",
      0
     ],
     "destination": [
      "obj-510",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-480",
      0
     ],
     "destination": [
      "obj-511",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-511",
      0
     ],
     "destination": [
      "obj-512",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-512",
      0
     ],
     "destination": [
      "obj-513",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-513",
      0
     ],
     "destination": [
      "obj-510",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-478",
      0
     ],
     "destination": [
      "obj-512",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-486",
      0
     ],
     "destination": [
      "obj-514",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-514",
      0
     ],
     "destination": [
      "obj-515",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-515",
      0
     ],
     "destination": [
      "obj-510",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      6
     ],
     "destination": [
      "obj-516",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-516",
      0
     ],
     "destination": [
      "obj-517",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-517",
      0
     ],
     "destination": [
      "obj-518",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-516",
      1
     ],
     "destination": [
      "obj-519",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-519",
      0
     ],
     "destination": [
      "obj-485",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-518",
      1
     ],
     "destination": [
      "obj-520",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-497",
      0
     ],
     "destination": [
      "obj-520",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-520",
      0
     ],
     "destination": [
      "obj-521",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-484",
      0
     ],
     "destination": [
      "obj-523",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-523",
      0
     ],
     "destination": [
      "obj-522",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-521",
      0
     ],
     "destination": [
      "obj-522",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-522",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-522",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-558",
      0
     ],
     "destination": [
      "obj-552",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-552",
      0
     ],
     "destination": [
      "obj-553",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      0
     ],
     "destination": [
      "obj-525",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-525",
      0
     ],
     "destination": [
      "obj-554",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      1
     ],
     "destination": [
      "obj-526",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-526",
      0
     ],
     "destination": [
      "obj-554",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      2
     ],
     "destination": [
      "obj-527",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-527",
      0
     ],
     "destination": [
      "obj-554",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      3
     ],
     "destination": [
      "obj-528",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-528",
      0
     ],
     "destination": [
      "obj-554",
      3
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      4
     ],
     "destination": [
      "obj-529",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-529",
      0
     ],
     "destination": [
      "obj-554",
      4
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      5
     ],
     "destination": [
      "obj-530",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-530",
      0
     ],
     "destination": [
      "obj-554",
      5
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      6
     ],
     "destination": [
      "obj-531",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-531",
      0
     ],
     "destination": [
      "obj-554",
      6
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      7
     ],
     "destination": [
      "obj-532",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-532",
      0
     ],
     "destination": [
      "obj-554",
      7
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      8
     ],
     "destination": [
      "obj-533",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-533",
      0
     ],
     "destination": [
      "obj-554",
      8
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      9
     ],
     "destination": [
      "obj-534",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-534",
      0
     ],
     "destination": [
      "obj-554",
      9
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      10
     ],
     "destination": [
      "obj-535",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-535",
      0
     ],
     "destination": [
      "obj-554",
      10
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      11
     ],
     "destination": [
      "obj-536",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-536",
      0
     ],
     "destination": [
      "obj-554",
      11
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      12
     ],
     "destination": [
      "obj-537",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-537",
      0
     ],
     "destination": [
      "obj-554",
      12
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      13
     ],
     "destination": [
      "obj-538",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-538",
      0
     ],
     "destination": [
      "obj-554",
      13
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      14
     ],
     "destination": [
      "obj-539",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-539",
      0
     ],
     "destination": [
      "obj-554",
      14
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-553",
      15
     ],
     "destination": [
      "obj-540",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-540",
      0
     ],
     "destination": [
      "obj-554",
      15
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-554",
      0
     ],
     "destination": [
      "obj-556",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-555",
      0
     ],
     "destination": [
      "obj-556",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-556",
      0
     ],
     "destination": [
      "obj-557",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-559",
      0
     ],
     "destination": [
      "obj-545",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-545",
      0
     ],
     "destination": [
      "obj-560",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-560",
      0
     ],
     "destination": [
      "obj-561",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-557",
      0
     ],
     "destination": [
      "obj-561",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-562",
      0
     ],
     "destination": [
      "obj-542",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-563",
      0
     ],
     "destination": [
      "obj-546",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-564",
      0
     ],
     "destination": [
      "obj-547",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-565",
      0
     ],
     "destination": [
      "obj-548",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-541",
      0
     ],
     "destination": [
      "obj-542",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-567",
      0
     ],
     "destination": [
      "obj-542",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-542",
      0
     ],
     "destination": [
      "obj-566",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-566",
      0
     ],
     "destination": [
      "obj-541",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-547",
      0
     ],
     "destination": [
      "obj-568",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-542",
      0
     ],
     "destination": [
      "obj-568",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-546",
      0
     ],
     "destination": [
      "obj-568",
      2
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-568",
      0
     ],
     "destination": [
      "obj-569",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-543",
      0
     ],
     "destination": [
      "obj-570",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-561",
      1
     ],
     "destination": [
      "obj-570",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-570",
      0
     ],
     "destination": [
      "obj-569",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-569",
      0
     ],
     "destination": [
      "obj-571",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-571",
      0
     ],
     "destination": [
      "obj-572",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-571",
      1
     ],
     "destination": [
      "obj-573",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-572",
      0
     ],
     "destination": [
      "obj-574",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-573",
      0
     ],
     "destination": [
      "obj-574",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-544",
      0
     ],
     "destination": [
      "obj-575",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-575",
      0
     ],
     "destination": [
      "obj-576",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-576",
      0
     ],
     "destination": [
      "obj-577",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-577",
      0
     ],
     "destination": [
      "obj-574",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-542",
      0
     ],
     "destination": [
      "obj-576",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-550",
      0
     ],
     "destination": [
      "obj-578",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-578",
      0
     ],
     "destination": [
      "obj-579",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-579",
      0
     ],
     "destination": [
      "obj-574",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-63",
      7
     ],
     "destination": [
      "obj-580",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-580",
      0
     ],
     "destination": [
      "obj-581",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-581",
      0
     ],
     "destination": [
      "obj-582",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-580",
      1
     ],
     "destination": [
      "obj-583",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-583",
      0
     ],
     "destination": [
      "obj-549",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-582",
      1
     ],
     "destination": [
      "obj-584",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-561",
      0
     ],
     "destination": [
      "obj-584",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-584",
      0
     ],
     "destination": [
      "obj-585",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-548",
      0
     ],
     "destination": [
      "obj-587",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-587",
      0
     ],
     "destination": [
      "obj-586",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-585",
      0
     ],
     "destination": [
      "obj-586",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-586",
      0
     ],
     "destination": [
      "obj-11",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-586",
      0
     ],
     "destination": [
      "obj-11",
      1
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-93",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-93",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-157",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-157",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-221",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-221",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-285",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-285",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-349",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-349",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-413",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-413",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-477",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-477",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-67",
      0
     ],
     "destination": [
      "obj-541",
      0
     ]
    }
   },
   {
    "patchline": {
     "source": [
      "obj-69",
      0
     ],
     "destination": [
      "obj-541",
      0
     ]
    }
   }
  ],
  "dependency_cache": [],
  "autosave": 0
 }
}
