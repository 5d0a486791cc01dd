; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@tp_ro = constant [40 x i8] zeroinitializer, section ".rodata", align 8, !dbg !26

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #0 section "raw_tp" !dbg !47 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !52, metadata !DIExpression()), !dbg !53
  %zero = alloca i32, align 4, !dbg !54
  store i32 0, i32* %zero, align 4, !dbg !54
  %0 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !55
  %1 = icmp ult i64 %0, 4294967296, !dbg !55
  br i1 %1, label %if.then, label %if.done, !dbg !55

return:                                           ; preds = %rec.lost2, %stat.inc4, %rec.fill1, %rec.lost, %stat.inc, %rec.fill
  ret i32 0, !dbg !54

if.then:                                          ; preds = %entry
  %2 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !56
  %.not7 = icmp eq i8* %2, null, !dbg !56
  br i1 %.not7, label %rec.lost, label %rec.fill, !dbg !56

if.done:                                          ; preds = %entry
  %3 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !57
  %.not = icmp eq i8* %3, null, !dbg !57
  br i1 %.not, label %rec.lost2, label %rec.fill1, !dbg !57

rec.fill:                                         ; preds = %if.then
  %4 = bitcast i8* %2 to i64*, !dbg !56
  store i64 3, i64* %4, align 8, !dbg !56
  %5 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !56
  %6 = icmp ugt i64 %5, 65536, !dbg !56
  %7 = select i1 %6, i64 2, i64 1, !dbg !56
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %2, i64 %7) #0, !dbg !56
  br label %return, !dbg !56

rec.lost:                                         ; preds = %if.then
  %8 = bitcast i32* %zero to i8*, !dbg !56
  %9 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %8) #0, !dbg !56
  %.not8 = icmp eq i8* %9, null, !dbg !56
  br i1 %.not8, label %return, label %stat.inc, !dbg !56

stat.inc:                                         ; preds = %rec.lost
  %10 = bitcast i8* %9 to i64*, !dbg !56
  %11 = load i64, i64* %10, align 8, !dbg !56
  %12 = add i64 %11, 1, !dbg !56
  store i64 %12, i64* %10, align 8, !dbg !56
  br label %return, !dbg !56

rec.fill1:                                        ; preds = %if.done
  %13 = bitcast i8* %3 to i64*, !dbg !57
  store i64 4294967297, i64* %13, align 8, !dbg !57
  %14 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !57
  %15 = icmp ugt i64 %14, 65536, !dbg !57
  %16 = select i1 %15, i64 2, i64 1, !dbg !57
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %3, i64 %16) #0, !dbg !57
  br label %return, !dbg !57

rec.lost2:                                        ; preds = %if.done
  %17 = bitcast i32* %zero to i8*, !dbg !57
  %18 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %17) #0, !dbg !57
  %.not6 = icmp eq i8* %18, null, !dbg !57
  br i1 %.not6, label %return, label %stat.inc4, !dbg !57

stat.inc4:                                        ; preds = %rec.lost2
  %19 = bitcast i8* %18 to i64*, !dbg !57
  %20 = load i64, i64* %19, align 8, !dbg !57
  %21 = add i64 %20, 1, !dbg !57
  store i64 %21, i64* %19, align 8, !dbg !57
  br label %return, !dbg !57
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

; Function Attrs: nounwind
define i32 @tp1_sys_enter_getpid(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_getpid" !dbg !58 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !60, metadata !DIExpression()), !dbg !61
  %zero = alloca i32, align 4, !dbg !62
  store i32 0, i32* %zero, align 4, !dbg !62
  %0 = load volatile i64, i64* bitcast (i8* getelementptr inbounds ([40 x i8], [40 x i8]* @tp_ro, i64 0, i64 24) to i64*), align 8, !dbg !62
  %1 = icmp eq i64 %0, 0, !dbg !62
  br i1 %1, label %pid.match, label %pid.filter, !dbg !62

return:                                           ; preds = %rec.lost, %stat.inc, %rec.fill, %pid.filter
  ret i32 0, !dbg !62

pid.filter:                                       ; preds = %entry
  %2 = call i64 inttoptr (i64 14 to i64 ()*)() #0, !dbg !62
  %3 = lshr i64 %2, 32, !dbg !62
  %4 = icmp eq i64 %3, %0, !dbg !62
  br i1 %4, label %pid.match, label %return, !dbg !62

pid.match:                                        ; preds = %pid.filter, %entry
  %5 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !63
  %.not = icmp eq i8* %5, null, !dbg !63
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !63

rec.fill:                                         ; preds = %pid.match
  %6 = bitcast i8* %5 to i64*, !dbg !63
  store i64 8589934595, i64* %6, align 8, !dbg !63
  %7 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !63
  %8 = icmp ugt i64 %7, 65536, !dbg !63
  %9 = select i1 %8, i64 2, i64 1, !dbg !63
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %5, i64 %9) #0, !dbg !63
  br label %return, !dbg !63

rec.lost:                                         ; preds = %pid.match
  %10 = bitcast i32* %zero to i8*, !dbg !63
  %11 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %10) #0, !dbg !63
  %.not1 = icmp eq i8* %11, null, !dbg !63
  br i1 %.not1, label %return, label %stat.inc, !dbg !63

stat.inc:                                         ; preds = %rec.lost
  %12 = bitcast i8* %11 to i64*, !dbg !63
  %13 = load i64, i64* %12, align 8, !dbg !63
  %14 = add i64 %13, 1, !dbg !63
  store i64 %14, i64* %12, align 8, !dbg !63
  br label %return, !dbg !63
}

; Function Attrs: nounwind
define i32 @end2(i8* %ctx) #0 section "raw_tp" !dbg !64 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !66, metadata !DIExpression()), !dbg !67
  %zero = alloca i32, align 4, !dbg !68
  store i32 0, i32* %zero, align 4, !dbg !68
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !69
  %.not = icmp eq i8* %0, null, !dbg !69
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !69

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !69
  store i64 12884901889, i64* %1, align 8, !dbg !69
  %2 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !69
  %3 = icmp ugt i64 %2, 65536, !dbg !69
  %4 = select i1 %3, i64 2, i64 1, !dbg !69
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %4) #0, !dbg !69
  br label %rec.done, !dbg !69

rec.lost:                                         ; preds = %entry
  %5 = bitcast i32* %zero to i8*, !dbg !69
  %6 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %5) #0, !dbg !69
  %.not6 = icmp eq i8* %6, null, !dbg !69
  br i1 %.not6, label %rec.done, label %stat.inc, !dbg !69

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %7 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 8, i64 0) #0, !dbg !70
  %.not7 = icmp eq i8* %7, null, !dbg !70
  br i1 %.not7, label %rec.lost2, label %rec.fill1, !dbg !70

stat.inc:                                         ; preds = %rec.lost
  %8 = bitcast i8* %6 to i64*, !dbg !69
  %9 = load i64, i64* %8, align 8, !dbg !69
  %10 = add i64 %9, 1, !dbg !69
  store i64 %10, i64* %8, align 8, !dbg !69
  br label %rec.done, !dbg !69

rec.fill1:                                        ; preds = %rec.done
  %11 = bitcast i8* %7 to i64*, !dbg !70
  store i64 17179869187, i64* %11, align 8, !dbg !70
  %12 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !70
  %13 = icmp ugt i64 %12, 65536, !dbg !70
  %14 = select i1 %13, i64 2, i64 1, !dbg !70
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %7, i64 %14) #0, !dbg !70
  br label %rec.done3, !dbg !70

rec.lost2:                                        ; preds = %rec.done
  %15 = bitcast i32* %zero to i8*, !dbg !70
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #0, !dbg !70
  %.not8 = icmp eq i8* %16, null, !dbg !70
  br i1 %.not8, label %rec.done3, label %stat.inc4, !dbg !70

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  ret i32 0, !dbg !68

stat.inc4:                                        ; preds = %rec.lost2
  %17 = bitcast i8* %16 to i64*, !dbg !70
  %18 = load i64, i64* %17, align 8, !dbg !70
  %19 = add i64 %18, 1, !dbg !70
  store i64 %19, i64* %17, align 8, !dbg !70
  br label %rec.done3, !dbg !70
}

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!45, !46}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !33, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "exit_fn.tp", directory: ".")
!4 = !{!0, !5, !26}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DIGlobalVariableExpression(var: !27, expr: !DIExpression())
!27 = distinct !DIGlobalVariable(name: "tp_ro", linkageName: "tp_ro", scope: !2, file: !3, type: !28, isLocal: false, isDefinition: true, align: 64)
!28 = !DIDerivedType(tag: DW_TAG_const_type, baseType: !29)
!29 = !DICompositeType(tag: DW_TAG_array_type, baseType: !30, size: 320, align: 8, elements: !31)
!30 = !DIBasicType(name: "char", size: 8, encoding: DW_ATE_signed_char)
!31 = !{!32}
!32 = !DISubrange(count: 40, lowerBound: 0)
!33 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !34)
!34 = !{!35, !40}
!35 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !36, size: 64, align: 64)
!36 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !37, size: 64, align: 64, dwarfAddressSpace: 0)
!37 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !38)
!38 = !{!39}
!39 = !DISubrange(count: 27, lowerBound: 0)
!40 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !41, size: 64, align: 64, offset: 64)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !42, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !43)
!43 = !{!44}
!44 = !DISubrange(count: 262144, lowerBound: 0)
!45 = !{i32 2, !"Debug Info Version", i32 3}
!46 = !{i32 2, !"Dwarf Version", i32 4}
!47 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 2, type: !48, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !51)
!48 = !DISubroutineType(types: !49)
!49 = !{!12, !50}
!50 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!51 = !{!52}
!52 = !DILocalVariable(name: "ctx", arg: 1, scope: !47, file: !3, line: 2, type: !50)
!53 = !DILocation(line: 2, scope: !47)
!54 = !DILocation(line: 2, column: 1, scope: !47)
!55 = !DILocation(line: 2, column: 9, scope: !47)
!56 = !DILocation(line: 2, column: 25, scope: !47)
!57 = !DILocation(line: 2, column: 35, scope: !47)
!58 = distinct !DISubprogram(name: "tp1_sys_enter_getpid", linkageName: "tp1_sys_enter_getpid", scope: !3, file: !3, line: 3, type: !48, scopeLine: 3, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !59)
!59 = !{!60}
!60 = !DILocalVariable(name: "ctx", arg: 1, scope: !58, file: !3, line: 3, type: !50)
!61 = !DILocation(line: 3, scope: !58)
!62 = !DILocation(line: 3, column: 1, scope: !58)
!63 = !DILocation(line: 3, column: 40, scope: !58)
!64 = distinct !DISubprogram(name: "end2", linkageName: "end2", scope: !3, file: !3, line: 4, type: !48, scopeLine: 4, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !65)
!65 = !{!66}
!66 = !DILocalVariable(name: "ctx", arg: 1, scope: !64, file: !3, line: 4, type: !50)
!67 = !DILocation(line: 4, scope: !64)
!68 = !DILocation(line: 4, column: 1, scope: !64)
!69 = !DILocation(line: 4, column: 7, scope: !64)
!70 = !DILocation(line: 4, column: 24, scope: !64)
